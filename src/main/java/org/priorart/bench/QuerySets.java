package org.priorart.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.priorart.eval.EvalInputException;
import org.priorart.eval.Topic;
import org.priorart.eval.TopicReader;
import org.priorart.ingest.IngestListener;
import org.priorart.ingest.InputFiles;
import org.priorart.ingest.InputFormat;
import org.priorart.ingest.InputSource;
import org.priorart.ingest.SourcePosition;
import org.priorart.patent.Claim;
import org.priorart.patent.PatentDocument;

/**
 * Reads the query sets of the latency benchmark from the files evaluation and indexing read, so any
 * topic file or patent file can be measured:
 *
 * <ul>
 *   <li><b>topics</b> (JSONL, TSV or TREC, read by {@link TopicReader} as {@code eval} reads them):
 *       each topic's text; a topic given only by {@code publication_number} is that indexed
 *       document's query text, as {@code eval} searches it;</li>
 *   <li><b>titles</b>: the {@code title} of each line of a JSONL topic file (paper titles: short
 *       queries);</li>
 *   <li><b>claims</b>: the first independent claim of each patent of a patent input file (JSONL,
 *       USPTO XML, as {@code index} reads them): pasted claims.</li>
 * </ul>
 */
public final class QuerySets {

    private static final ObjectMapper JSON = new ObjectMapper();

    private QuerySets() {
    }

    /**
     * The texts of a topic file, as eval reads them.
     *
     * @param indexedText the query text of an indexed patent by publication number (null when absent)
     */
    public static QuerySet topics(String name, Path file, Function<String, String> indexedText) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Topic t : TopicReader.read(file)) {
            String text = t.text();
            if (t.isPatent()) {
                String indexed = indexedText.apply(t.publicationNumber());
                text = indexed != null ? indexed : text;
            }
            if (text == null) {
                throw new EvalInputException(file, 0, "topic " + t.id() + ": " + t.publicationNumber()
                        + " is not in the index and the topic has no text");
            }
            texts.add(text);
        }
        return new QuerySet(name, file.toString(), texts);
    }

    /** The titles of a JSONL topic file (lines without a title are skipped). */
    public static QuerySet titles(String name, Path file) throws IOException {
        List<String> texts = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("{")) {
                throw new EvalInputException(file, i + 1, "titles are read from JSONL topics (a JSON object with "
                        + "\"title\" per line); this line is not one");
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                throw new EvalInputException(file, i + 1, "invalid JSON: " + e.getMessage());
            }
            String title = node.path("title").asText("").strip();
            if (!title.isEmpty()) {
                texts.add(title);
            }
        }
        return new QuerySet(name, file + " (titles)", texts);
    }

    /** The first independent claim of each patent of a patent input file, in file order. */
    public static QuerySet claims(String name, Path file) throws IOException {
        List<String> texts = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (InputSource source : InputFiles.expand(List.of(file))) {
            InputFormat format = detect(source);
            try (InputStream in = source.open()) {
                format.newReader().read(in, source.name(), new IngestListener() {
                    @Override
                    public void document(PatentDocument document, SourcePosition where) {
                        document.independentClaims().stream().map(Claim::text).filter(t -> !t.isBlank())
                                .findFirst().ifPresent(texts::add);
                    }

                    @Override
                    public void skipped(SourcePosition where, String reason) {
                        skipped.add(where + ": " + reason);
                    }
                });
            }
        }
        if (texts.isEmpty() && !skipped.isEmpty()) {
            throw new IOException("no patent with claims in " + file + "; first problem: " + skipped.get(0));
        }
        return new QuerySet(name, file + " (first independent claims)", texts);
    }

    private static InputFormat detect(InputSource source) throws IOException {
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(4096);
        }
        try {
            return InputFormat.detect(source.name(), head, head.length);
        } catch (InputFormat.UnknownFormatException e) {
            throw new IOException(source.name() + ": " + e.getMessage());
        }
    }
}
