package org.priorart.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes a run as a TREC run file, {@code qid Q0 docid rank score tag}, in
 * {@link RankedDoc#TREC_EVAL_ORDER} with ranks 1, 2, ... Scores are written so that they read back
 * as exactly the same double (no rounding, no exponent): trec_eval run on the written file breaks
 * ties exactly as the evaluator did in memory.
 */
public final class RunWriter {

    private RunWriter() {
    }

    public static void write(Run run, Path file, String tag) throws IOException {
        if (tag.isBlank() || tag.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a run tag must be one word: '" + tag + "'");
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, List<RankedDoc>> topic : run.topics().entrySet()) {
                int rank = 0;
                for (RankedDoc doc : topic.getValue()) {
                    rank++;
                    out.write(topic.getKey() + " Q0 " + doc.docId() + " " + rank + " " + score(doc.score()) + " " + tag);
                    out.newLine();
                }
            }
        }
    }

    /** The shortest decimal that reads back as the same double, without exponent. */
    static String score(double score) {
        return BigDecimal.valueOf(score).stripTrailingZeros().toPlainString();
    }
}
