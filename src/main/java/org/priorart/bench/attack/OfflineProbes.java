package org.priorart.bench.attack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.priorart.bench.attack.ProbeResult.Outcome;
import org.priorart.config.FieldWeights;
import org.priorart.engine.SearchEngine;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.search.SearchService;

/**
 * Probes of the command line, in JVMs of their own: embedding again with another model (item 5), an
 * entity-expansion XML file before a good one (item 8), a rerun of indexing on a full disk (item 10).
 */
final class OfflineProbes {

    private static final Pattern COVERAGE = Pattern.compile(
            "Semantic coverage: ([0-9.]+)% \\(([0-9,]+) of ([0-9,]+) passages; ([0-9,]+) of ([0-9,]+) patents\\)");

    private final Workspace w;

    OfflineProbes(Workspace workspace) {
        this.w = workspace;
    }

    /** Item 5: English and Chinese patents embedded, then embed --reset with another English model, then once more. */
    ProbeResult embedReset() throws IOException, InterruptedException {
        List<String> docs = new ArrayList<>(w.demoDocuments(0, 20));
        docs.addAll(Workspace.chineseDocuments());
        Path input = w.jsonl("embed/docs.jsonl", docs);
        String index = w.dir().resolve("embed/index").toString();
        Duration limit = Duration.ofMinutes(10);
        ServerProcess.Run indexed = w.cli("embed-index", null, limit, "index", "--index", index, "--input", input.toString());
        ServerProcess.Run first = w.cli("embed-1", null, limit, "embed", "--index", index);
        ServerProcess.Run reset = w.cli("embed-reset", null, limit, "embed", "--index", index, "--model", "all-minilm-l6-v2-q", "--reset");
        ServerProcess.Run again = w.cli("embed-again", null, limit, "embed", "--index", index, "--model", "all-minilm-l6-v2-q");
        Matcher before = COVERAGE.matcher(first.output());
        Matcher afterReset = COVERAGE.matcher(reset.output());
        Matcher afterAgain = COVERAGE.matcher(again.output());
        if (indexed.exitCode() != 0 || !before.find() || !afterReset.find() || !afterAgain.find()) {
            return new ProbeResult("5", "embed --reset with another model", 4, 0, null, Double.NaN, -1, Outcome.FAIL,
                    "a run failed: index " + indexed.exitCode() + ", embed " + first.exitCode() + ", reset " + reset.exitCode()
                    + ", again " + again.exitCode() + ": " + RequestProbes.shorten(ServerProcess.tail(again.output(), 3), 200), null, 0);
        }
        long patents = number(afterAgain.group(5));
        long embedded = number(afterAgain.group(4));
        boolean complete = afterAgain.group(2).equals(afterAgain.group(3)) && patents == embedded;
        return new ProbeResult("5", "embed --reset with another model (" + docs.size() + " en+zh patents)", 3, 0, null, reset.peakMb(),
                (int) (patents - embedded), complete ? Outcome.PASS : Outcome.FAIL, "coverage " + before.group(1) + "% first, "
                + afterReset.group(1) + "% after --reset, " + afterAgain.group(1) + "% after a rerun (" + afterAgain.group(2) + " of "
                + afterAgain.group(3) + " passages, " + embedded + " of " + patents + " patents; goal 100%)", null, 0);
    }

    private static long number(String s) {
        return Long.parseLong(s.replace(",", ""));
    }

    /** Item 8: a "billion laughs" XML file, then a good one, indexed at -Xmx512m. */
    ProbeResult entityExpansion(String posted) throws IOException, InterruptedException {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE us-patent-grant [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            x.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        x.append("]>\n<us-patent-grant lang=\"EN\" dtd-version=\"v40 2004-12-02\" file=\"US09955555-20150106.XML\" status=\"PRODUCTION\" ")
                .append("id=\"us-patent-grant\" country=\"US\" date-produced=\"20141222\" date-publ=\"20150106\">\n<us-bibliographic-data-grant>\n")
                .append("<publication-reference>\n<document-id>\n<country>US</country>\n<doc-number>09955555</doc-number>\n<kind>B2</kind>\n")
                .append("<date>20150106</date>\n</document-id>\n</publication-reference>\n<invention-title id=\"d0e1\">Laughing valve</invention-title>\n")
                .append("</us-bibliographic-data-grant>\n<abstract id=\"abstract\">\n<p id=\"p-0001\" num=\"0000\">")
                .append("&lol9;".repeat(45_000)).append("</p>\n</abstract>\n</us-patent-grant>\n");
        Path laughs = w.write("laughs/input/a-laughs.xml", x.toString());
        w.write("laughs/input/b-good.jsonl", "{\"publication_number\": \"US9950001B2\", \"title\": \"Good valve\", "
                + "\"abstract\": \"a valve indexed after the laughs\"}\n");
        Path index = w.dir().resolve("laughs/index");
        ServerProcess.Run run = w.cli("laughs-index", "512m", Duration.ofMinutes(5), "index", "--index", index.toString(),
                "--input", laughs.getParent().toString());
        boolean good = false;
        if (Files.isDirectory(index)) {
            try (SearchEngine engine = LuceneEngine.openReadOnly(index)) {
                good = new SearchService(engine, FieldWeights.DEFAULT, null).get("US9950001B2") != null;
            } catch (IOException | RuntimeException e) {
                good = false;
            }
        }
        boolean oom = run.output().contains("OutOfMemoryError");
        boolean named = run.output().contains("a-laughs.xml");
        boolean pass = good && !oom && !run.timedOut() && named;
        return new ProbeResult("8", "billion-laughs XML (" + Files.size(laughs) / 1000 + " KB) then a good file, -Xmx512m", 2, 0, null,
                run.peakMb(), good ? 0 : 1, pass ? Outcome.PASS : Outcome.FAIL, "index exit " + run.exitCode() + " after %.0f s".formatted(run.seconds())
                + (run.timedOut() ? " (killed)" : "") + (oom ? ", OutOfMemoryError" : "") + ", the good file " + (good ? "indexed" : "NOT indexed")
                + ", the bad file " + (named ? "named" : "not named") + " in the output; " + posted
                + " (goal: bad file skipped with a message, good one indexed)", null, 0);
    }

    /** Item 10: indexing again into an index on a full file system must say so, and keep the index as it was. */
    ProbeResult diskFull(Path smallFs) throws IOException, InterruptedException {
        if (smallFs == null) {
            return ProbeResult.skipped("10", "a rerun of index on a full disk", "needs --small-fs DIR, a folder on a small file system "
                    + "(e.g. a 64 MB tmpfs) that the probe may fill");
        }
        Path index = smallFs.resolve("priorart-attack-index");
        Path filler = smallFs.resolve("priorart-attack-filler");
        deleteTree(index);
        Path first = w.jsonl("diskfull/first.jsonl", w.demoDocuments(0, 200));
        Path second = w.jsonl("diskfull/second.jsonl", w.demoDocuments(200, 3000));
        Duration limit = Duration.ofMinutes(5);
        try {
            ServerProcess.Run made = w.cli("diskfull-1", null, limit, "index", "--index", index.toString(), "--input", first.toString());
            if (made.exitCode() != 0) {
                return ProbeResult.skipped("10", "a rerun of index on a full disk", "the first index run failed: "
                        + RequestProbes.shorten(ServerProcess.tail(made.output(), 2), 200));
            }
            fill(filler);
            ServerProcess.Run rerun = w.cli("diskfull-2", null, limit, "index", "--index", index.toString(), "--input", second.toString());
            Files.deleteIfExists(filler);
            long kept;
            try (SearchEngine engine = LuceneEngine.openReadOnly(index); var view = engine.view()) {
                kept = view.patentCount();
            } catch (IOException | RuntimeException e) {
                kept = -1;
            }
            String out = rerun.output().toLowerCase(Locale.ROOT);
            boolean says = (out.contains("disk") || out.contains("no space")) && rerun.output().contains(index.toString());
            boolean onlyClosed = out.contains("indexwriter is closed") && !says;
            int lost = kept < 0 ? 200 : (int) Math.max(0, 200 - kept);
            String last = RequestProbes.shorten(rerun.output().lines().filter(l -> l.startsWith("error") || l.contains("rror:"))
                    .reduce((a, b) -> b).orElse(ServerProcess.tail(rerun.output(), 1)), 220);
            return new ProbeResult("10", "a rerun of index on a full disk", 1, 0, null, Double.NaN, lost,
                    says && !onlyClosed && lost == 0 ? Outcome.PASS : Outcome.FAIL, "exit " + rerun.exitCode() + ", said: \"" + last
                    + "\"; the index holds " + kept + " of 200 afterwards (goal: says the disk is full, which path, index intact)", null, 0);
        } finally {
            Files.deleteIfExists(filler);
            deleteTree(index);
        }
    }

    /** Fills the file system with one file until it is full (megabytes first, then the last kilobytes). */
    private static void fill(Path filler) {
        for (int block : new int[] {1 << 20, 4096}) {
            try (OutputStream out = Files.newOutputStream(filler, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND)) {
                byte[] bytes = new byte[block];
                while (true) {
                    out.write(bytes);
                    out.flush();
                }
            } catch (IOException full) {
                // no space left: what the probe wants
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
