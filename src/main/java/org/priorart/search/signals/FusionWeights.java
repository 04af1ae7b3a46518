package org.priorart.search.signals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import org.priorart.error.UserInputException;

/**
 * The weights of a fusion over named signals, as a versioned weights file says (the default is the
 * repository's {@code fusion-weights-v2.json} beside this class, made by {@code priorart fit-weights};
 * the file names the command). They apply when the query patent is known (similar-documents search,
 * patent topics); a text search keeps the two-signal {@link org.priorart.search.Fusion}. A signal the
 * file does not weigh gets 0.
 *
 * @param version the file's version
 * @param weights the weight of each signal
 */
public record FusionWeights(String version, Map<Signal, Double> weights) {

    /** The resource of the default weights. */
    public static final String DEFAULT_RESOURCE = "fusion-weights-v2.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The feedback signals' weights, set by hand and not fitted (the dev topics have too few with
     * feedback to fit them: issue 14 research, exp14 RESULTS.md section 7); {@code fit-weights} writes
     * them into each weights file it makes.
     */
    public static final Map<Signal, Double> FEEDBACK_WEIGHTS = Map.of(Signal.FEEDBACK, 1.0, Signal.FEEDBACK_NEGATIVE, -0.25,
            Signal.FEEDBACK_VECTOR, 0.5);

    /** The repository's weights file. */
    public static final FusionWeights DEFAULT = resource(DEFAULT_RESOURCE);

    public FusionWeights {
        weights = Map.copyOf(weights);
    }

    public double weight(Signal s) {
        return weights.getOrDefault(s, 0.0);
    }

    /** Reads a weights file (what {@code fit-weights} writes). */
    public static FusionWeights read(Path file) {
        try {
            return parse(JSON.readTree(Files.readAllBytes(file)), file.toString());
        } catch (IOException e) {
            throw new UserInputException("cannot read the weights file " + file + ": " + e.getMessage());
        }
    }

    private static FusionWeights resource(String name) {
        try (InputStream in = FusionWeights.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the weights resource " + name + " is missing from the build");
            }
            return parse(JSON.readTree(in), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FusionWeights parse(JsonNode root, String where) {
        JsonNode w = root.get("weights");
        if (w == null || !w.isObject()) {
            throw new UserInputException(where + ": a weights file needs a \"weights\" object of signal names and numbers");
        }
        Map<Signal, Double> out = new EnumMap<>(Signal.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = w.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Signal s = Signal.byName(e.getKey());
            if (s == null) {
                throw new UserInputException(where + ": unknown signal \"" + e.getKey() + "\" in \"weights\"");
            }
            if (!e.getValue().isNumber() || !Double.isFinite(e.getValue().asDouble())) {
                throw new UserInputException(where + ": the weight of \"" + e.getKey() + "\" is not a number");
            }
            out.put(s, e.getValue().asDouble());
        }
        return new FusionWeights(root.path("version").asText("unversioned"), out);
    }
}
