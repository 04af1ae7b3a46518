package org.priorart.bench.growth;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.priorart.error.UserInputException;
import org.priorart.search.Json;

/**
 * The sentences of real abstracts grouped by CPC subclass, and the real patents they came from:
 * what the generator recombines. A subclass with too few sentences of its own borrows those of its
 * class ({@code H04L} from {@code H04}), so that no generated abstract is a copy of one real one.
 */
public final class SentencePool {

    /** Below this many sentences a subclass shares its class's pool. */
    static final int MIN_SENTENCES = 40;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;])\\s+(?=[A-Z(])");

    /**
     * One real patent with CPC codes: its codes, date and length are copied onto generated ones.
     *
     * @param pool the key of the sentence pool it draws from (its first code's subclass, or class)
     */
    public record Source(String pool, List<String> cpc, LocalDate published, int sentences) {
    }

    private final List<Source> sources;
    private final Map<String, List<String>> sentences;

    private SentencePool(List<Source> sources, Map<String, List<String>> sentences) {
        this.sources = sources;
        this.sentences = sentences;
    }

    /**
     * Reads a JSONL(.gz) file of patents with {@code cpc}, {@code abstract} and
     * {@code publication_date} (the 10k abstracts' format or PriorArt's own); patents without CPC
     * codes or abstract are passed over.
     */
    public static SentencePool read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("no source abstracts at " + file + " (a JSONL(.gz) file of patents with cpc and abstract)");
        }
        record Raw(List<String> cpc, LocalDate published, List<String> sentences) {
        }
        List<Raw> raws = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(file.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file), StandardCharsets.UTF_8))) {
            String line;
            for (int n = 1; (line = r.readLine()) != null; n++) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = Json.mapper().readTree(line);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new UserInputException(file + ", line " + n + ": not JSON (" + e.getOriginalMessage() + ")");
                }
                List<String> cpc = new ArrayList<>();
                node.path("cpc").forEach(c -> {
                    if (c.asText("").length() >= 4) {
                        cpc.add(c.asText());
                    }
                });
                List<String> parts = split(node.path("abstract").asText(""));
                if (cpc.isEmpty() || parts.isEmpty()) {
                    continue;
                }
                raws.add(new Raw(cpc, date(node.path("publication_date").asText(null)), parts));
            }
        }
        if (raws.isEmpty()) {
            throw new UserInputException("no patent with CPC codes and an abstract in " + file);
        }
        Map<String, Integer> perSubclass = new HashMap<>();
        for (Raw raw : raws) {
            perSubclass.merge(raw.cpc().get(0).substring(0, 4), raw.sentences().size(), Integer::sum);
        }
        List<Source> sources = new ArrayList<>();
        Map<String, List<String>> pools = new HashMap<>();
        for (Raw raw : raws) {
            String subclass = raw.cpc().get(0).substring(0, 4);
            String pool = perSubclass.get(subclass) >= MIN_SENTENCES ? subclass : subclass.substring(0, 3);
            sources.add(new Source(pool, List.copyOf(raw.cpc()), raw.published(), raw.sentences().size()));
            pools.computeIfAbsent(pool, k -> new ArrayList<>()).addAll(raw.sentences());
        }
        return new SentencePool(List.copyOf(sources), pools);
    }

    /** The sentences of an abstract (a sentence ends with '.' or ';' before a capital). */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text.strip())) {
            if (s.length() >= 20) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static LocalDate date(String s) {
        try {
            return s == null ? null : LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The real patents, in file order. */
    public List<Source> sources() {
        return sources;
    }

    /** The sentences of a pool. */
    public List<String> sentences(String pool) {
        return sentences.getOrDefault(pool, List.of());
    }

    /** The number of pools (subclasses, and classes standing for small subclasses). */
    public int pools() {
        return sentences.size();
    }

    /** The first {@code max} abstracts of a JSONL(.gz) file of patents: real passages to embed. */
    public static List<String> abstracts(Path file, int max) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(file.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file), StandardCharsets.UTF_8))) {
            String line;
            while (out.size() < max && (line = r.readLine()) != null) {
                String text = line.isBlank() ? "" : Json.mapper().readTree(line).path("abstract").asText("");
                if (!text.isBlank()) {
                    out.add(text);
                }
            }
        }
        return out;
    }
}
