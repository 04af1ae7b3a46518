package org.priorart.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads TREC run files, {@code qid Q0 docid rank score tag} per line, the way trec_eval's
 * get_trec_results.c does: at least six white-space separated fields (more are ignored), the rank
 * and the tag ignored (ranks come from the scores), lines starting with {@code #} and blank lines
 * skipped. A score that is not a number is an error here, where trec_eval's {@code atof} would
 * quietly read it as 0.
 *
 * <p>Document ids are normalized ({@link DocIds}); a document listed twice for a topic is an error,
 * as in trec_eval ("duplicate docs").
 */
public final class RunReader {

    private RunReader() {
    }

    /** Reads a run and names it after the file (without a .trec, .txt, .run or .tsv extension). */
    public static Run read(Path file) throws IOException {
        return read(file, nameOf(file));
    }

    public static Run read(Path file, String name) throws IOException {
        Map<String, List<RankedDoc>> topics = new LinkedHashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        // a run names the same documents over and over; parsing each spelling once saves most of the reading time
        Map<String, String> normalized = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                String[] f = TrecFields.split(line);
                if (f.length == 0 || f[0].startsWith("#")) {
                    continue;
                }
                if (f.length < 6) {
                    throw new EvalInputException(file, lineNo, "expected 6 fields (qid Q0 docid rank score tag), found " + f.length);
                }
                double score;
                try {
                    score = Double.parseDouble(f[4]);
                } catch (NumberFormatException e) {
                    throw new EvalInputException(file, lineNo, "score '" + f[4] + "' is not a number");
                }
                if (!Double.isFinite(score)) {
                    throw new EvalInputException(file, lineNo, "score '" + f[4] + "' is not a finite number");
                }
                String topic = f[0];
                String doc = normalized.computeIfAbsent(f[2], DocIds::normalize);
                Long earlier = firstLine.putIfAbsent(topic + '\u0000' + doc, lineNo);
                if (earlier != null) {
                    throw new EvalInputException(file, lineNo, "document " + f[2] + " is listed twice for topic " + topic
                            + " (first on line " + earlier + ")");
                }
                topics.computeIfAbsent(topic, t -> new ArrayList<>()).add(new RankedDoc(doc, score));
            }
        }
        return new Run(name, topics);
    }

    /** The run name a file gives: its name without a usual run extension. */
    public static String nameOf(Path file) {
        String name = file.getFileName().toString();
        return name.replaceFirst("\\.(trec|txt|run|tsv|res)$", "");
    }
}
