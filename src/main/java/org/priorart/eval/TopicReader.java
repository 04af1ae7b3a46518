package org.priorart.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorart.patent.PublicationNumber;

/**
 * Reads topic files in the three shapes evaluation sets come in, told apart by their first line:
 *
 * <ul>
 *   <li><b>JSON Lines</b> (first line starts with <code>{</code>): {@code id} plus any of
 *       {@code title}, {@code abstract}, {@code claims} (a string, or an array of strings or of
 *       objects with {@code text}) and {@code text}, joined in that order; or a
 *       {@code publication_number} whose indexed document is the query (then {@code id} may be
 *       left out and is the number's index key, {@code US6993175} for {@code US 6,993,175 B2}).</li>
 *   <li><b>TREC topics</b> (first line starts with {@code <}): {@code <top>} blocks with
 *       {@code <num>}, {@code <title>}, {@code <desc>} and {@code <narr>}; the query is the title and
 *       the description. The narrative is left out: it tells assessors what is <em>not</em>
 *       relevant, and its words would be searched as if they were wanted.</li>
 *   <li><b>TSV</b> (anything else): {@code id<TAB>text}, one topic a line.</li>
 * </ul>
 *
 * Blank lines are skipped. Anything else that is not a topic is an error naming the file and line.
 */
public final class TopicReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TEXT_FIELDS = List.of("title", "abstract", "claims", "text");
    private static final Pattern TOP = Pattern.compile("<top>(.*?)</top>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern TREC_TAG = Pattern.compile("<(num|title|desc|narr)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TREC_LABEL = Pattern.compile("^(Number|Topic|Description|Narrative)\\s*:\\s*", Pattern.CASE_INSENSITIVE);

    private TopicReader() {
    }

    /** The topics of a file, in file order. */
    public static List<Topic> read(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        String first = content.strip();
        if (first.isEmpty()) {
            throw new EvalInputException(file, 0, "no topics: the file is empty");
        }
        List<Topic> topics;
        if (first.startsWith("{")) {
            topics = readJsonLines(file, content);
        } else if (first.startsWith("<")) {
            topics = readTrec(file, content);
        } else {
            topics = readTsv(file, content);
        }
        return topics;
    }

    private static List<Topic> readJsonLines(Path file, String content) throws EvalInputException {
        Unique unique = new Unique(file);
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            long lineNo = i + 1;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                throw new EvalInputException(file, lineNo, "invalid JSON: " + e.getOriginalMessage());
            }
            if (node == null || !node.isObject()) {
                throw new EvalInputException(file, lineNo, "expected a JSON object per line");
            }
            String number = textOf(node.get("publication_number"));
            if (number != null && PublicationNumber.tryParse(number) == null) {
                throw new EvalInputException(file, lineNo, "publication_number is not a publication number: '" + number + "'");
            }
            String id = textOf(node.get("id"));
            if (id == null) {
                if (number == null) {
                    throw new EvalInputException(file, lineNo, "the topic has no \"id\"");
                }
                // the index key (US6993175 for "US 6,993,175 B2"), as kind-less qrels name such topics
                id = PublicationNumber.parse(number).key();
            }
            List<String> parts = new ArrayList<>();
            for (String field : TEXT_FIELDS) {
                collectText(node.get(field), parts);
            }
            String text = String.join("\n", parts);
            if (text.isBlank() && number == null) {
                throw new EvalInputException(file, lineNo, "topic " + id
                        + " has no text (title, abstract, claims or text) and no publication_number");
            }
            unique.add(id, text, number, lineNo);
        }
        return unique.topics();
    }

    /** A JSON scalar as text; null for null, missing or blank. */
    private static String textOf(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String s = node.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static void collectText(JsonNode node, List<String> parts) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> collectText(element.isObject() ? element.get("text") : element, parts));
            return;
        }
        String s = textOf(node);
        if (s != null) {
            parts.add(s);
        }
    }

    private static List<Topic> readTrec(Path file, String content) throws EvalInputException {
        Unique unique = new Unique(file);
        Matcher top = TOP.matcher(content);
        int consumed = 0;
        while (top.find()) {
            long lineNo = lineOf(content, top.start());
            int stray = firstNonSpace(content, consumed, top.start());
            if (stray >= 0) {
                throw new EvalInputException(file, lineOf(content, stray), "text outside a <top> ... </top> block");
            }
            consumed = top.end();
            Map<String, String> fields = trecFields(top.group(1));
            String num = fields.get("num");
            if (num == null || num.isEmpty()) {
                throw new EvalInputException(file, lineNo, "topic without <num>");
            }
            String text = join(fields.get("title"), fields.get("desc"));
            if (text.isBlank()) {
                throw new EvalInputException(file, lineNo, "topic " + num + " has neither <title> nor <desc> text");
            }
            unique.add(num, text, null, lineNo);
        }
        int stray = firstNonSpace(content, consumed, content.length());
        if (stray >= 0) {
            boolean unclosed = content.substring(stray).toLowerCase(java.util.Locale.ROOT).contains("<top>");
            throw new EvalInputException(file, lineOf(content, stray),
                    unclosed ? "a <top> block without </top>" : "text outside a <top> ... </top> block");
        }
        if (unique.topics().isEmpty()) {
            throw new EvalInputException(file, 0, "no <top> blocks");
        }
        return unique.topics();
    }

    /** The text after each of num, title, desc and narr up to the next tag, label ("Number:") removed. */
    private static Map<String, String> trecFields(String block) {
        Map<String, String> fields = new HashMap<>();
        Matcher tag = TREC_TAG.matcher(block);
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (tag.find()) {
            starts.add(new int[] {tag.start(), tag.end()});
            names.add(tag.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i)[1];
            int to = i + 1 < starts.size() ? starts.get(i + 1)[0] : block.length();
            String value = block.substring(from, to).replaceAll("</\\w+>", " ").strip();
            value = TREC_LABEL.matcher(value).replaceFirst("").replaceAll("\\s+", " ").strip();
            fields.putIfAbsent(names.get(i), value);
        }
        return fields;
    }

    private static String join(String a, String b) {
        StringBuilder s = new StringBuilder();
        if (a != null && !a.isBlank()) {
            s.append(a);
        }
        if (b != null && !b.isBlank()) {
            s.append(s.isEmpty() ? "" : "\n").append(b);
        }
        return s.toString();
    }

    /** The offset of the first non-whitespace character in [from, to), or -1. */
    private static int firstNonSpace(String content, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(content.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static long lineOf(String content, int offset) {
        long line = 1;
        for (int i = 0; i < offset && i < content.length(); i++) {
            if (content.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static List<Topic> readTsv(Path file, String content) throws EvalInputException {
        Unique unique = new Unique(file);
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            long lineNo = i + 1;
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new EvalInputException(file, lineNo, "expected 'id<TAB>text' (no tab found)");
            }
            String id = line.substring(0, tab).strip();
            String text = line.substring(tab + 1).strip();
            if (id.isEmpty()) {
                throw new EvalInputException(file, lineNo, "empty topic id before the tab");
            }
            if (text.isEmpty()) {
                throw new EvalInputException(file, lineNo, "topic " + id + " has no text after the tab");
            }
            unique.add(id, text, null, lineNo);
        }
        return unique.topics();
    }

    /** Collects topics and refuses a second topic with the same id, naming both lines. */
    private static final class Unique {
        private final Path file;
        private final Map<String, Long> lineOfId = new HashMap<>();
        private final List<Topic> topics = new ArrayList<>();

        Unique(Path file) {
            this.file = file;
        }

        void add(String id, String text, String publicationNumber, long line) throws EvalInputException {
            Topic topic;
            try {
                topic = new Topic(id, text, publicationNumber);
            } catch (IllegalArgumentException e) {
                throw new EvalInputException(file, line, e.getMessage());
            }
            Long earlier = lineOfId.putIfAbsent(topic.id(), line);
            if (earlier != null) {
                throw new EvalInputException(file, line, "topic " + topic.id() + " is already defined on line " + earlier);
            }
            topics.add(topic);
        }

        List<Topic> topics() {
            return topics;
        }
    }
}
