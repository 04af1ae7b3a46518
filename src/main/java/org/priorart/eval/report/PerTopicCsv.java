package org.priorart.eval.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.priorart.eval.metrics.Measure;
import org.priorart.eval.metrics.RunEvaluation;
import org.priorart.eval.metrics.TopicScores;

/**
 * per-topic.csv: one row per run and averaged topic, with num_ret, num_rel, num_rel_ret and every
 * measure to six decimals (RFC 4180 quoting), for a spreadsheet or pandas.
 */
public final class PerTopicCsv {

    private PerTopicCsv() {
    }

    public static void write(List<RunEvaluation> evaluations, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder("run,topic,num_ret,num_rel,num_rel_ret");
            for (Measure m : Measure.values()) {
                header.append(',').append(m.label());
            }
            out.write(header.toString());
            out.newLine();
            for (RunEvaluation e : evaluations) {
                for (TopicScores t : e.topics()) {
                    StringBuilder row = new StringBuilder();
                    row.append(field(e.run())).append(',').append(field(t.topic())).append(',')
                            .append(t.retrieved()).append(',').append(t.relevant()).append(',').append(t.relevantRetrieved());
                    for (Measure m : Measure.values()) {
                        row.append(',').append(String.format(Locale.ROOT, "%.6f", t.value(m)));
                    }
                    out.write(row.toString());
                    out.newLine();
                }
            }
        }
    }

    /** A CSV field, quoted when it holds a comma, quote or line break. */
    static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
