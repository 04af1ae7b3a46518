package org.priorart.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.priorart.search.signals.Signal;

/**
 * The candidates {@code fit-weights} learns from, as a tab-separated table ({@code fit-weights
 * --features FILE}): one row per topic and candidate, whether the qrels judge it relevant, and each
 * fitted signal's normalized value, in the weights file's order. For research on the fusion outside
 * the product (another learner, another feature), on exactly the values the product fuses.
 */
final class FeatureTable {

    private FeatureTable() {
    }

    static void write(Path file, List<WeightFitting.TopicData> topics) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder("topic\tdoc\trelevant");
            for (Signal s : WeightFitting.FITTED) {
                header.append('\t').append(s.lowerName());
            }
            w.write(header.append('\n').toString());
            for (WeightFitting.TopicData t : topics) {
                for (int i = 0; i < t.docs().size(); i++) {
                    StringBuilder row = new StringBuilder(t.id()).append('\t').append(t.docs().get(i)).append('\t')
                            .append(t.y().get(i) ? 1 : 0);
                    for (double v : t.x().get(i)) {
                        row.append('\t').append(String.format(Locale.ROOT, "%.6g", v));
                    }
                    w.write(row.append('\n').toString());
                }
            }
        }
    }
}
