package org.priorart.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads TREC qrels: {@code qid iter docid rel} per line, separated by white space, as trec_eval's
 * get_qrels.c does: exactly four fields, the iteration ignored, the relevance an integer (graded
 * values allowed, negative for "in the pool but unjudged"), lines starting with {@code #} ignored.
 * Unlike trec_eval, blank lines are skipped rather than refused.
 *
 * <p>Document ids are normalized ({@link DocIds}), so {@code US6993175B2} and {@code US6993175} are
 * one document; judging one document twice for a topic (in either spelling) is an error, as
 * trec_eval's form_res_rels.c makes it ("duplicate docs").
 */
public final class QrelsReader {

    private QrelsReader() {
    }

    public static Qrels read(Path file) throws IOException {
        Map<String, Map<String, Integer>> byTopic = new LinkedHashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        // a run names the same documents over and over; parsing each spelling once saves most of the reading time
        Map<String, String> normalized = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.startsWith("#") || TrecFields.isBlank(line)) {
                    continue;
                }
                String[] f = TrecFields.split(line);
                if (f.length != 4) {
                    throw new EvalInputException(file, lineNo, "expected 4 fields (qid iter docid rel), found " + f.length);
                }
                int rel;
                try {
                    rel = Integer.parseInt(f[3]);
                } catch (NumberFormatException e) {
                    throw new EvalInputException(file, lineNo, "relevance '" + f[3] + "' is not an integer");
                }
                String topic = f[0];
                String doc = normalized.computeIfAbsent(f[2], DocIds::normalize);
                Long earlier = firstLine.putIfAbsent(topic + '\u0000' + doc, lineNo);
                if (earlier != null) {
                    throw new EvalInputException(file, lineNo, "document " + f[2] + " of topic " + topic
                            + " is already judged on line " + earlier);
                }
                byTopic.computeIfAbsent(topic, t -> new LinkedHashMap<>()).put(doc, rel);
            }
        }
        if (byTopic.isEmpty()) {
            throw new EvalInputException(file, 0, "no judgments: the file has no qrels lines");
        }
        return new Qrels(byTopic);
    }
}
