package org.priorart.bench.growth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.priorart.search.Json;

/**
 * Realistic generated patents, in PriorArt's own JSONL format: each takes a real patent of the pool
 * as its model (its CPC codes, its publication date moved by up to a year, its number of sentences)
 * and recombines sentences of that patent's CPC subclass into an abstract and a first claim; the title
 * is the head noun phrase of its first sentence. Patent {@code i} depends only on the seed and
 * {@code i}, so any range can be generated on its own and the same range is the same on every run.
 */
public final class PatentGenerator {

    /** Generated numbers start here: above every real US grant number, so none is mistaken for a real one. */
    static final long FIRST_NUMBER = 20_000_000L;

    /** The earliest publication date generated (the USPTO full-text era). */
    static final LocalDate EARLIEST = LocalDate.of(1976, 1, 1);

    private static final Pattern TITLE_END = Pattern.compile(
            "\\s(?:that|which|for|having|comprising|comprises|including|includes|is|are|has|with|in|to|wherein|whereby|by|of a|of an)\\s|[,;:(]");
    private static final int TITLE_WORDS = 10;

    private final SentencePool pool;
    private final long seed;

    public PatentGenerator(SentencePool pool, long seed) {
        this.pool = pool;
        this.seed = seed;
    }

    /** Patent {@code i}: a JSON object in PriorArt's JSONL format. */
    public ObjectNode patent(long i) {
        SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        List<SentencePool.Source> sources = pool.sources();
        SentencePool.Source model = sources.get(rnd.nextInt(sources.size()));
        List<String> sentences = pool.sentences(model.pool());
        int count = Math.max(2, Math.min(12, model.sentences() + rnd.nextInt(-1, 2)));
        List<String> picked = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            picked.add(sentences.get(rnd.nextInt(sentences.size())));
        }
        LocalDate published = published(model, rnd);
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("publication_number", "US" + (FIRST_NUMBER + i) + "B2");
        node.put("application_number", "US" + (10_000_000L + i * 7 % 9_000_000L));
        node.put("title", title(picked.get(0)));
        node.put("abstract", String.join(" ", picked));
        ArrayNode claims = node.putArray("claims");
        claims.add(claim(picked, rnd));
        ArrayNode cpc = node.putArray("cpc");
        model.cpc().forEach(cpc::add);
        node.put("filing_date", published.minusDays(rnd.nextInt(365, 4 * 365)).toString());
        node.put("publication_date", published.toString());
        node.put("family_id", Long.toString(900_000_000L + i));
        node.put("language", "en");
        return node;
    }

    /** Writes patents {@code from} (inclusive) to {@code to} (exclusive) to a JSONL file; its size in bytes. */
    public long write(Path file, long from, long to) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = from; i < to; i++) {
                w.write(Json.mapper().writeValueAsString(patent(i)));
                w.write('\n');
            }
        }
        return Files.size(file);
    }

    private static LocalDate published(SentencePool.Source model, SplittableRandom rnd) {
        LocalDate base = model.published() != null ? model.published() : LocalDate.of(2010, 1, 5);
        LocalDate d = base.plusDays(rnd.nextInt(-365, 366));
        LocalDate latest = LocalDate.of(2025, 12, 30);
        return d.isBefore(EARLIEST) ? EARLIEST : d.isAfter(latest) ? latest : d;
    }

    /** The head noun phrase of a sentence: "A modular hook assembly that ..." gives "Modular hook assembly". */
    static String title(String sentence) {
        String s = sentence.replaceFirst("^(?i)(a|an|the|one|disclosed is|provided is)\\s+", "");
        var m = TITLE_END.matcher(s);
        String head = m.find() ? s.substring(0, m.start()) : s;
        String[] words = head.strip().split("\\s+");
        StringBuilder t = new StringBuilder();
        for (int w = 0; w < Math.min(TITLE_WORDS, words.length); w++) {
            t.append(w == 0 ? "" : " ").append(words[w]);
        }
        String title = t.toString().replaceAll("[.;]+$", "").strip();
        if (title.isEmpty()) {
            return "Apparatus";
        }
        return title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
    }

    /** A first claim in the usual form: "1. A (title in lower case), comprising: (a sentence)". */
    private static String claim(List<String> picked, SplittableRandom rnd) {
        String subject = title(picked.get(0));
        String body = picked.get(rnd.nextInt(picked.size()));
        return "1. A " + subject.substring(0, 1).toLowerCase(Locale.ROOT) + subject.substring(1) + ", comprising: "
                + body.substring(0, 1).toLowerCase(Locale.ROOT) + body.substring(1);
    }
}
