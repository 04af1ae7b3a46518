package org.priorart.eval.report;

import static org.priorart.eval.report.Html.escape;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.priorart.eval.BatchResult;
import org.priorart.eval.RankedDoc;
import org.priorart.eval.Run;
import org.priorart.eval.Topic;
import org.priorart.eval.compare.MeasureComparison;
import org.priorart.eval.compare.RunComparison;
import org.priorart.eval.gate.GateCheck;
import org.priorart.eval.metrics.Measure;
import org.priorart.eval.metrics.RunEvaluation;
import org.priorart.eval.metrics.TopicScores;

/**
 * report.html: one self-contained page (inline CSS and SVG, no script, nothing fetched) with the
 * metric table, the regression checks, the comparisons with p-values, the recall-at-rank curves,
 * per-topic difference bars, the worst topics of each run with their top hits, and the timings.
 * Every piece of input text is escaped.
 */
public final class HtmlReport {

    /** Hits shown for each worst topic. */
    static final int HITS_SHOWN = 10;
    /** The measure that picks the worst topics and draws the per-topic bars. */
    static final Measure PER_TOPIC = Measure.MAP;

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222}
            h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #ccc}h3{font-size:1.05em}
            table{border-collapse:collapse;margin:.5em 0;font-size:.9em}
            th,td{border:1px solid #ddd;padding:.25em .5em;text-align:right;vertical-align:top}
            th{background:#f4f4f4}td.name,th.name,td.text{text-align:left}
            .sig{font-weight:bold;color:#0a5}.neg.sig{color:#c22}.pass{color:#0a5}.fail{color:#c22;font-weight:bold}
            .meta{color:#555}.warnings li{color:#8a4b00}.rel{background:#e8f6ec}.small{font-size:.85em;color:#555}
            svg text{font-size:11px;fill:#333}svg .grid{stroke:#e4e4e4}svg .zero{stroke:#888}
            svg .win{fill:#2a9d5c}svg .loss{fill:#d1495b}.topic{margin:1em 0 1.5em}
            code{background:#f4f4f4;padding:0 .2em}
            """;

    private HtmlReport() {
    }

    public static void write(ReportData data, DocTitles titles, Path file) throws IOException {
        Files.writeString(file, render(data, titles), StandardCharsets.UTF_8);
    }

    static String render(ReportData data, DocTitles titles) throws IOException {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>PriorArt evaluation</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>PriorArt evaluation</h1>\n");
        h.append("<p class=\"meta\">").append(escape(ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME)))
                .append(" · qrels <code>").append(escape(data.qrelsFile())).append("</code> (")
                .append(data.qrels().topics().size()).append(" topics, ").append(data.qrels().size()).append(" judgments)")
                .append("<br>Averaged over ").append(escape(data.averagingRule())).append(".</p>\n");
        warnings(h, data.warnings());
        metricTable(h, data.evaluations());
        checks(h, data.checks());
        comparisons(h, data);
        h.append("<h2 id=\"recall\">Recall at rank</h2>\n<p class=\"small\">Mean recall over the averaged topics at each rank.</p>\n");
        List<String> names = new ArrayList<>();
        List<double[]> curves = new ArrayList<>();
        for (RunEvaluation e : data.evaluations()) {
            names.add(e.run());
            curves.add(e.recallCurve());
        }
        h.append(SvgCharts.recallCurve(names, curves));
        perTopicBars(h, data);
        worstTopics(h, data, titles);
        timing(h, data);
        definitions(h);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void warnings(StringBuilder h, List<String> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        h.append("<h2 id=\"warnings\">Warnings</h2>\n<ul class=\"warnings\">\n");
        for (String w : warnings) {
            h.append("<li>").append(escape(w)).append("</li>\n");
        }
        h.append("</ul>\n");
    }

    /** Measures down, runs across: a dozen measures fit a page that way, and runs compare side by side. */
    private static void metricTable(StringBuilder h, List<RunEvaluation> evaluations) {
        h.append("<h2 id=\"metrics\">Metrics</h2>\n<table class=\"metrics\">\n<tr><th class=\"name\">measure</th>");
        for (RunEvaluation e : evaluations) {
            h.append("<th>").append(escape(e.run())).append("</th>");
        }
        h.append("</tr>\n<tr><td class=\"name\">topics averaged</td>");
        for (RunEvaluation e : evaluations) {
            h.append("<td>").append(e.topics().size()).append("</td>");
        }
        h.append("</tr>\n");
        for (Measure m : Measure.values()) {
            h.append("<tr><th class=\"name\" title=\"").append(escape(m.description())).append("\">").append(escape(m.label())).append("</th>");
            for (RunEvaluation e : evaluations) {
                h.append("<td>").append(Html.number(e.mean(m))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static void checks(StringBuilder h, List<GateCheck> checks) {
        if (checks.isEmpty()) {
            return;
        }
        long failed = checks.stream().filter(c -> !c.passed()).count();
        h.append("<h2 id=\"checks\">Regression checks</h2>\n<p class=\"").append(failed == 0 ? "pass" : "fail").append("\">")
                .append(failed == 0 ? "All " + checks.size() + " checks passed." : failed + " of " + checks.size() + " checks failed.")
                .append("</p>\n<table>\n<tr><th class=\"name\">run</th><th class=\"name\">measure</th><th>expected</th><th>value</th><th class=\"name\">result</th></tr>\n");
        for (GateCheck c : checks) {
            h.append("<tr><td class=\"name\">").append(escape(c.bound().run())).append("</td><td class=\"name\">")
                    .append(escape(c.bound().measure().label())).append("</td><td>").append(escape(c.bound().describe()))
                    .append("</td><td>").append(Html.number(c.value())).append("</td><td class=\"name ")
                    .append(c.passed() ? "pass\">pass" : "fail\">" + escape(String.join("; ", c.violations()))).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void comparisons(StringBuilder h, ReportData data) {
        if (data.comparisons().isEmpty()) {
            return;
        }
        h.append("<h2 id=\"comparisons\">Comparisons</h2>\n<p class=\"small\">Each run against <b>")
                .append(escape(data.comparisons().get(0).baseline()))
                .append("</b>, paired on the topics both averaged. p: two-sided paired randomization test (")
                .append(data.permutations()).append(" permutations, seed ").append(data.seed())
                .append(") and paired t-test; bold when below 0.05. W/L/T: topics where the run is better, worse, equal.</p>\n");
        for (RunComparison c : data.comparisons()) {
            h.append("<h3>").append(escape(c.run())).append(" vs ").append(escape(c.baseline())).append(" (")
                    .append(c.topics().size()).append(" topics)</h3>\n<table class=\"comparison\">\n")
                    .append("<tr><th class=\"name\">measure</th><th>").append(escape(c.baseline())).append("</th><th>")
                    .append(escape(c.run())).append("</th><th>Δ</th><th>p (randomization)</th><th>p (t-test)</th><th>W / L / T</th></tr>\n");
            for (MeasureComparison m : c.measures()) {
                String cls = (m.delta() < 0 ? "neg " : "");
                h.append("<tr><td class=\"name\">").append(escape(m.measure().label())).append("</td><td>")
                        .append(Html.number(m.baseline())).append("</td><td>").append(Html.number(m.run()))
                        .append("</td><td class=\"").append(cls).append(m.pRandomization() < 0.05 ? "sig" : "").append("\">")
                        .append(Html.signed(m.delta())).append("</td><td class=\"").append(m.pRandomization() < 0.05 ? "sig" : "")
                        .append("\">").append(escape(Html.pValue(m.pRandomization()))).append("</td><td class=\"")
                        .append(m.pTTest() < 0.05 ? "sig" : "").append("\">").append(escape(Html.pValue(m.pTTest())))
                        .append("</td><td>").append(m.wins()).append(" / ").append(m.losses()).append(" / ").append(m.ties())
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
    }

    private static void perTopicBars(StringBuilder h, ReportData data) {
        if (data.comparisons().isEmpty()) {
            return;
        }
        Map<String, RunEvaluation> byName = byName(data.evaluations());
        h.append("<h2 id=\"per-topic\">Per-topic differences</h2>\n<p class=\"small\">")
                .append(escape(PER_TOPIC.description())).append(" per topic, run minus baseline; green: the run is better. ")
                .append("Hover a bar for the topic.</p>\n");
        for (RunComparison c : data.comparisons()) {
            RunEvaluation base = byName.get(c.baseline());
            RunEvaluation run = byName.get(c.run());
            double[] a = new double[c.topics().size()];
            double[] b = new double[c.topics().size()];
            for (int i = 0; i < a.length; i++) {
                a[i] = base.topic(c.topics().get(i)).value(PER_TOPIC);
                b[i] = run.topic(c.topics().get(i)).value(PER_TOPIC);
            }
            MeasureComparison m = c.of(PER_TOPIC);
            h.append("<h3>").append(escape(c.run())).append(" − ").append(escape(c.baseline())).append(": ")
                    .append(m.wins()).append(" better, ").append(m.losses()).append(" worse, ").append(m.ties()).append(" equal</h3>\n");
            h.append(SvgCharts.deltaBars(c.topics(), a, b));
        }
    }

    private static void worstTopics(StringBuilder h, ReportData data, DocTitles titles) throws IOException {
        if (data.worstTopics() <= 0) {
            return;
        }
        h.append("<h2 id=\"worst\">Worst topics</h2>\n<p class=\"small\">Per run, the ").append(data.worstTopics())
                .append(" topics with the lowest ").append(escape(PER_TOPIC.label()))
                .append(", with the top ").append(HITS_SHOWN).append(" hits (relevant ones shaded, the judgment in the last column) ")
                .append("and the relevant documents found lower or not at all.</p>\n");
        Map<String, String> described = new HashMap<>();
        for (RunEvaluation e : data.evaluations()) {
            Run run = data.runs().get(e.run());
            h.append("<h3>").append(escape(e.run())).append("</h3>\n");
            List<TopicScores> worst = new ArrayList<>(e.topics());
            worst.sort(Comparator.comparingDouble((TopicScores t) -> t.value(PER_TOPIC))
                    .thenComparingDouble(t -> t.value(Measure.RECIP_RANK)).thenComparing(TopicScores::topic));
            for (TopicScores t : worst.subList(0, Math.min(data.worstTopics(), worst.size()))) {
                topic(h, data, run, t, titles, described);
            }
        }
    }

    private static void topic(StringBuilder h, ReportData data, Run run, TopicScores t, DocTitles titles,
                              Map<String, String> described) throws IOException {
        Map<String, Integer> judgments = data.qrels().judgments(t.topic());
        int level = data.options().relevanceLevel();
        h.append("<div class=\"topic\"><b>topic ").append(escape(t.topic())).append("</b> · ")
                .append(escape(PER_TOPIC.label())).append(' ').append(Html.number(t.value(PER_TOPIC)))
                .append(" · recip_rank ").append(Html.number(t.value(Measure.RECIP_RANK)))
                .append(" · ").append(t.relevantRetrieved()).append(" of ").append(t.relevant()).append(" relevant retrieved");
        Topic topic = data.topics().get(t.topic());
        if (topic != null) {
            String text = topic.text() != null ? topic.text() : "patent " + topic.publicationNumber();
            h.append("<br><span class=\"small\">").append(escape(Html.shorten(text.replaceAll("\\s+", " "), 300))).append("</span>");
        }
        h.append("\n<table>\n<tr><th>rank</th><th class=\"name\">document</th><th class=\"name\">title</th><th>score</th><th>judgment</th></tr>\n");
        List<RankedDoc> ranking = run == null ? List.of() : run.ranking(t.topic());
        for (int i = 0; i < Math.min(HITS_SHOWN, ranking.size()); i++) {
            RankedDoc d = ranking.get(i);
            Integer rel = judgments.get(d.docId());
            boolean relevant = rel != null && rel >= level;
            h.append("<tr").append(relevant ? " class=\"rel\"" : "").append("><td>").append(i + 1).append("</td><td class=\"name\">")
                    .append(escape(d.docId())).append("</td><td class=\"text\">").append(escape(title(titles, described, d.docId())))
                    .append("</td><td>").append(String.format(Locale.ROOT, "%.3f", d.score())).append("</td><td>")
                    .append(rel == null ? "–" : rel).append("</td></tr>\n");
        }
        if (ranking.isEmpty()) {
            h.append("<tr><td colspan=\"5\" class=\"text\">nothing retrieved</td></tr>\n");
        }
        h.append("</table>\n");
        Map<String, Integer> rankOf = new HashMap<>();
        for (int i = 0; i < ranking.size(); i++) {
            rankOf.put(ranking.get(i).docId(), i + 1);
        }
        List<String> missed = new ArrayList<>();
        for (Map.Entry<String, Integer> j : judgments.entrySet()) {
            Integer rank = rankOf.get(j.getKey());
            if (j.getValue() >= level && (rank == null || rank > HITS_SHOWN)) {
                missed.add(j.getKey());
            }
        }
        if (!missed.isEmpty()) {
            h.append("<span class=\"small\">Relevant below the top ").append(HITS_SHOWN).append(":</span><ul class=\"small\">\n");
            for (String doc : missed.subList(0, Math.min(10, missed.size()))) {
                Integer rank = rankOf.get(doc);
                h.append("<li>").append(escape(doc)).append(" (").append(rank == null ? "not retrieved" : "rank " + rank).append(")");
                String title = title(titles, described, doc);
                if (!title.isEmpty()) {
                    h.append(" ").append(escape(title));
                }
                h.append("</li>\n");
            }
            if (missed.size() > 10) {
                h.append("<li>and ").append(missed.size() - 10).append(" more</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</div>\n");
    }

    private static String title(DocTitles titles, Map<String, String> described, String docId) throws IOException {
        String cached = described.get(docId);
        if (cached == null) {
            String d = titles.describe(docId);
            cached = d == null ? "" : d;
            described.put(docId, cached);
        }
        return cached;
    }

    private static void timing(StringBuilder h, ReportData data) {
        h.append("<h2 id=\"timing\">Timing</h2>\n");
        if (!data.batches().isEmpty()) {
            h.append("<table>\n<tr><th class=\"name\">mode</th><th>topics</th><th>threads</th><th>wall time (s)</th>")
                    .append("<th>sum of search times (s)</th><th>mean search (ms)</th><th>topics / s</th></tr>\n");
            for (BatchResult b : data.batches()) {
                int topics = b.run().topics().size() + b.failures().size();
                h.append("<tr><td class=\"name\">").append(escape(b.run().name())).append("</td><td>").append(topics)
                        .append("</td><td>").append(b.threads()).append("</td><td>")
                        .append(String.format(Locale.ROOT, "%.2f", b.wallNanos() / 1e9)).append("</td><td>")
                        .append(String.format(Locale.ROOT, "%.2f", b.searchNanosSum() / 1e9)).append("</td><td>")
                        .append(String.format(Locale.ROOT, "%.1f", topics == 0 ? 0 : b.searchNanosSum() / 1e6 / topics)).append("</td><td>")
                        .append(String.format(Locale.ROOT, "%.1f", b.topicsPerSecond())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<p class=\"small\">Total wall time up to this report: ")
                .append(String.format(Locale.ROOT, "%.2f", data.totalNanos() / 1e9)).append(" s.</p>\n");
    }

    private static void definitions(StringBuilder h) {
        h.append("<h2 id=\"definitions\">Definitions</h2>\n<ul class=\"small\">\n");
        for (Measure m : Measure.values()) {
            h.append("<li><b>").append(escape(m.label())).append("</b>: ").append(escape(m.description())).append("</li>\n");
        }
        h.append("</ul>\n<p class=\"small\">As trec_eval computes them: rankings are ordered by score, ties by document id "
                + "descending (the rank column of a run is ignored); unjudged documents are not relevant; nDCG uses the "
                + "judgment values as gains with a log2(rank + 1) discount. PRES (Magdy &amp; Jones, SIGIR 2010): relevant "
                + "documents not found within N_max are taken to be at the ranks right after N_max.</p>\n");
    }

    private static Map<String, RunEvaluation> byName(List<RunEvaluation> evaluations) {
        Map<String, RunEvaluation> map = new HashMap<>();
        evaluations.forEach(e -> map.put(e.run(), e));
        return map;
    }
}
