package org.priorart.query;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.priorart.engine.EngineView;
import org.priorart.engine.SearchFilters;

/**
 * A long seeded property test: thousands of generated and mutated query strings (deep nesting,
 * huge clause counts, pathological wildcards, unbalanced quotes and parentheses, unicode and
 * control characters) go through parsing, Lucene query building, search on the fixture index and
 * explanation. The property: each either succeeds or fails with a {@link QuerySyntaxException}
 * whose position lies within the query, and none takes longer than {@value #BOUND_MILLIS} ms.
 * Set {@code -Dquery.fuzz.seed=N} to explore other seeds; failures print the seed and the query.
 */
class TestQueryFuzz {

    private static final long SEED = Long.getLong("query.fuzz.seed", 20_250_611L);
    private static final int GENERATED = 5000;
    private static final int MUTATED = 5000;
    private static final long BOUND_MILLIS = 3000;

    private static final String[] WORDS = {
        "battery", "cell", "anode", "cathode", "silicon", "lithium", "layer", "substrate", "signal", "circuit",
        "first", "second", "the", "of", "a", "method", "device", "electrode", "polymer", "light", "widget",
        "電池", "石墨", "리튬", "リチウムイオン電池", "naïve", "Größe", "x", "5,123,456", "U.S.", "lithium-ion",
        "H2O", "100W", "2N", "near", "with", "comprising:", "-", ",", "'s", "in", "ti", "W", "&", "%"};
    private static final String[] TRUNCATIONS = {
        "batter*", "*charg*", "colo$1r", "adapt?r", "*a*b*c*", "**ing", "*tion", "elec*", "$ab$", "a?b?c?d?",
        "*ab*", "a*", "***", "*e*e*e*e*e*e*e*e*", "?????abc", "z*", "*s", "co*", "th*", "*ing", "$9$9$9abc",
        "s?????????", "*ed", "pre*", "un*", "in*", "re*", "de*", "*er*", "??e", "el?c*r?n*"};
    private static final String[] FIELDS = {
        "TI=", "AB=", "CL=", "DE=", "DESC=", "ALL=", "TXT=", "ti:", "PA=", "IN=", "CPC=", "IPC=", "PD<", "PD>=",
        "AD=", "FD>", "PRD<=", "ED=", "XX=", "foo:", "cpc:", "pd=", "TI<", "Title="};
    private static final String[] CODES = {
        "H01M", "H01M10", "H01M10/0525", "h01m 10/05", "A61K", "G06F3", "Z99", "H", "H01M/", "B", "H01L21/02*", "1234"};
    private static final String[] DATES = {
        "2015", "2015-01-01", "20150101", "2010..2015", "2015-13-01", "2015-02", "1999-12-31..2000-01-01", "abc",
        "0000", "9999-12-31", "2016..2015", ".."};
    private static final String[] BINARY = {
        "AND", "OR", "NOT", "ANDNOT", "and", "or", "not", "W/1", "W/3", "w/99", "W/0", "W/100", "3W", "5N", "NEAR/2",
        "NEAR", "ADJ", "ADJ4", "WITH", "SAME", "with", "same", "WITH3", "near/7", "", ""};
    private static final String NOISE = "()\"“”*?$/=:<>.-, \t\n\r\\'#!&|{}[]~^é電😀\u0000\u200B\uFFFF\uD800\uDC00";

    private static EngineView view;
    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();
    private long slowest;
    private String slowestQuery = "";
    private int succeeded;
    private int refused;

    @BeforeAll
    static void open() throws java.io.IOException {
        view = QueryFixture.index().view();
    }

    @AfterAll
    static void close() throws java.io.IOException {
        view.close();
    }

    @Test
    void everyQueryParsesBuildsAndRunsOrIsRefusedWithAPosition() throws Exception {
        List<String> queries = new ArrayList<>(pathological());
        for (int i = 0; i < GENERATED; i++) {
            queries.add(generate(random.nextInt(45) + 1));
        }
        List<String> seeds = new ArrayList<>(queries.subList(0, Math.min(queries.size(), 500)));
        for (String line : Files.readAllLines(Path.of("src/test/resources/query/parse-trees.tsv"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                seeds.add(line.split("\t")[0]);
            }
        }
        for (int i = 0; i < MUTATED; i++) {
            queries.add(mutate(seeds.get(random.nextInt(seeds.size()))));
        }
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            for (String q : queries) {
                run(worker, q);
                if (failures.size() >= 10) {
                    break;
                }
            }
        } finally {
            worker.shutdownNow();
        }
        if (!failures.isEmpty()) {
            fail("seed " + SEED + ": " + failures.size() + " failures, first ones:\n" + String.join("\n", failures));
        }
        assertTrue(succeeded > 1000 && refused > 1000, "both outcomes exercised: " + succeeded + " searched, "
                + refused + " refused");
        System.out.printf("query fuzz: %d queries, %d searched, %d refused, slowest %d ms: %s%n", queries.size(),
                succeeded, refused, slowest, abbreviate(slowestQuery));
    }

    private void run(ExecutorService worker, String query) throws InterruptedException {
        long start = System.nanoTime();
        Future<?> task = worker.submit(() -> {
            try {
                ExaminerQuery parsed = QueryParser.parse(query);
                parsed.toString();
                parsed.freeText();
                parsed.explain();
                view.rankKeyword(view.compile(parsed, null), SearchFilters.NONE, 10);
                succeeded++;
            } catch (QuerySyntaxException e) {
                refused++;
                if (e.position() < 0 || e.position() > query.length() || e.getMessage().isBlank()) {
                    failures.add("bad position " + e.position() + " (" + e.getMessage() + ") for " + show(query));
                }
                e.render();
            }
            return null;
        });
        try {
            task.get(BOUND_MILLIS * 3, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            failures.add("no answer within " + BOUND_MILLIS * 3 + " ms: " + show(query));
            return;
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            java.io.StringWriter trace = new java.io.StringWriter();
            cause.printStackTrace(new java.io.PrintWriter(trace));
            failures.add(cause + " for " + show(query) + "\n" + trace.toString().lines().limit(12)
                    .reduce("", (a, b) -> a + "\n    " + b));
            return;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > slowest) {
            slowest = millis;
            slowestQuery = query;
        }
        if (millis > BOUND_MILLIS) {
            failures.add("took " + millis + " ms: " + show(query));
        }
    }

    /** Queries made to hit each limit and each expensive path. */
    private static List<String> pathological() {
        List<String> q = new ArrayList<>();
        q.add("(".repeat(10_000) + "a" + ")".repeat(10_000));
        q.add("(".repeat(5_000));
        q.add(")".repeat(5_000));
        q.add("NOT ".repeat(4_000) + "battery");
        q.add("a" + " W/1 a".repeat(500));
        q.add(String.join(" OR ", repeatWords(1024)));
        q.add(String.join(" OR ", repeatWords(1025)));
        q.add(String.join(" ", repeatWords(1024)));
        q.add("(" + String.join(" OR ", repeatWords(600)) + ") W/3 battery");
        q.add("(" + String.join(" OR ", repeatWords(200)) + ") NEAR/5 (" + String.join(" OR ", repeatWords(200)) + ")");
        q.add("\"" + "battery cell ".repeat(600) + "\"");
        q.add("battery ".repeat(2_500));
        q.add("x".repeat(19_999));
        q.add("x".repeat(20_001));
        q.add("*a*b*c*");
        q.add("*e*e*e*e*e*e*e*e*");
        q.add("*ing OR *tion OR *ed OR *er* OR *s");
        q.add("co* AND th* AND in* AND re* AND de*");
        q.add("*ing W/2 *tion");
        q.add("TI=(*ab* OR *cd*) W/3 (*ef* OR *gh*)");
        // OR-ed operands of different lengths multiply when Lucene pulls the disjunctions up
        StringBuilder blowup = new StringBuilder("(battery OR \"lithium ion\")");
        for (int i = 0; i < 12; i++) {
            blowup.insert(0, "(").append(" W/2 (cell OR \"anode layer\"))");
        }
        q.add(blowup.toString());
        q.add("((a OR \"b c\") W/2 (d OR \"e f\")) W/2 ((g OR \"h i\") W/2 (j OR \"k l\")) W/2 ((m OR \"n o\") W/2 (p OR \"q r\"))");
        q.add("CPC=(" + String.join(" OR ", java.util.Collections.nCopies(1100, "H01M")) + ")");
        q.add("PD=" + "2015".repeat(10));
        q.add("\"unterminated " + "x ".repeat(1000));
        q.add("\uD800\uDC00\uD800 battery \uDFFF");
        q.add("\u0000 AND \u0000");
        q.add("電池 W/3 リチウム NEAR/2 리튬 WITH naïve SAME \"Größe\"");
        q.add("NOT NOT NOT (NOT battery)");
        q.add("NOT the");
        q.add("the AND of");
        q.add("the W/2 of");
        q.add("\"the\"");
        q.add("TI=(AB=(CL=(DE=(PA=(IN=(battery))))))");
        q.add("PA=(a* W/2 b*)");
        return q;
    }

    private static List<String> repeatWords(int n) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            words.add(WORDS[i % 20] + (i >= 20 ? String.valueOf(i) : ""));
        }
        return words;
    }

    /** A query from a loose grammar: valid much of the time, wrong in all the usual ways otherwise. */
    private String generate(int depth) {
        if (depth <= 0 || random.nextInt(10) < 3) {
            return leaf();
        }
        return switch (random.nextInt(9)) {
            case 0, 1, 2 -> generate(depth - 1) + " " + pick(BINARY) + " " + generate(depth - 1);
            case 3 -> "(" + generate(depth - 1) + ")";
            case 4 -> pick(FIELDS) + (random.nextBoolean() ? "(" + generate(depth - 1) + ")" : leaf());
            case 5 -> "NOT " + generate(depth - 1);
            case 6 -> {
                List<String> wide = new ArrayList<>();
                int n = random.nextInt(random.nextInt(10) == 0 ? 400 : 8) + 2;
                String op = pick(BINARY);
                for (int i = 0; i < n; i++) {
                    wide.add(random.nextInt(4) == 0 ? generate(Math.min(depth - 1, 2)) : leaf());
                }
                yield String.join(" " + op + " ", wide);
            }
            case 7 -> "(" + generate(depth - 1) + " " + pick(BINARY) + " " + generate(depth - 1) + ")";
            default -> generate(depth - 1) + " " + generate(depth - 1);
        };
    }

    private String leaf() {
        return switch (random.nextInt(12)) {
            case 0, 1, 2, 3 -> pick(WORDS);
            case 4, 5 -> pick(TRUNCATIONS);
            case 6 -> {
                StringBuilder p = new StringBuilder("\"");
                int n = random.nextInt(6) + 1;
                for (int i = 0; i < n; i++) {
                    p.append(i > 0 ? " " : "").append(pick(WORDS));
                }
                yield p.append(random.nextInt(20) == 0 ? "" : "\"").toString();
            }
            case 7 -> pick(new String[] {"CPC=", "IPC=", "cpc:"}) + pick(CODES);
            case 8 -> pick(new String[] {"PD", "AD", "FD", "PRD", "ED"})
                    + pick(new String[] {"<", "<=", ">", ">=", "=", ":"}) + pick(DATES);
            case 9 -> pick(FIELDS) + pick(WORDS);
            case 10 -> String.valueOf(NOISE.charAt(random.nextInt(NOISE.length())));
            default -> pick(WORDS) + pick(new String[] {"*", "?", "$", "$3", ""});
        };
    }

    private String mutate(String query) {
        StringBuilder s = new StringBuilder(query);
        int edits = random.nextInt(4) + 1;
        for (int e = 0; e < edits; e++) {
            int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
            switch (random.nextInt(7)) {
                case 0 -> {
                    if (!s.isEmpty()) {
                        int end = Math.min(s.length(), at + random.nextInt(8) + 1);
                        s.delete(Math.min(at, end), end);
                    }
                }
                case 1 -> s.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                case 2 -> s.insert(at, " " + (random.nextBoolean() ? pick(BINARY) : leaf()) + " ");
                case 3 -> {
                    if (!s.isEmpty()) {
                        int from = random.nextInt(s.length());
                        int to = Math.min(s.length(), from + random.nextInt(30) + 1);
                        s.insert(at, s.substring(from, to));
                    }
                }
                case 4 -> s.setLength(Math.min(s.length(), at));
                case 5 -> {
                    if (at < s.length()) {
                        s.setCharAt(at, (char) random.nextInt(0x3000));
                    }
                }
                default -> s.insert(at, random.nextBoolean() ? "(" : ")");
            }
        }
        return s.toString();
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    private static String show(String query) {
        return "[" + query.length() + " chars] " + abbreviate(query).replace("\n", "\\n");
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
