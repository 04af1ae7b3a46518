package org.priorart.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.priorart.patent.PatentFields;

/**
 * How much a match in each text field counts in keyword (BM25) ranking: the boosts of the per-field
 * BM25 scores that are summed. The defaults were chosen on the two dev sets (see README,
 * "Ranking"): claims and abstract carry the invention, the title is short and precise, the
 * description is long and diffuse.
 */
public record FieldWeights(float title, float abstractText, float claims, float description) {

    public static final FieldWeights DEFAULT = new FieldWeights(0.5f, 1.0f, 1.0f, 0.6f);

    public FieldWeights {
        for (float w : new float[] {title, abstractText, claims, description}) {
            if (!(w >= 0) || Float.isInfinite(w)) {
                throw new IllegalArgumentException("field weights must be finite and >= 0");
            }
        }
    }

    /** Field name to weight, in display order, leaving out fields of weight 0. */
    public Map<String, Float> asMap() {
        Map<String, Float> m = new LinkedHashMap<>();
        put(m, PatentFields.TITLE, title);
        put(m, PatentFields.ABSTRACT, abstractText);
        put(m, PatentFields.CLAIMS, claims);
        put(m, PatentFields.DESCRIPTION, description);
        return m;
    }

    private static void put(Map<String, Float> m, String field, float w) {
        if (w > 0) {
            m.put(field, w);
        }
    }

    /** Parses "title=0.5,abstract=1,claims=1,description=0.6"; fields left out keep their default. */
    public static FieldWeights parse(String spec) {
        float[] w = {DEFAULT.title, DEFAULT.abstractText, DEFAULT.claims, DEFAULT.description};
        for (String part : spec.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("field weight '" + part + "': expected FIELD=WEIGHT");
            }
            int i = switch (kv[0].strip().toLowerCase()) {
                case "title", "ti" -> 0;
                case "abstract", "ab" -> 1;
                case "claims", "cl" -> 2;
                case "description", "de", "desc" -> 3;
                default -> throw new IllegalArgumentException("field weight '" + part
                        + "': unknown field (title, abstract, claims, description)");
            };
            try {
                w[i] = Float.parseFloat(kv[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("field weight '" + part + "': not a number");
            }
        }
        return new FieldWeights(w[0], w[1], w[2], w[3]);
    }
}
