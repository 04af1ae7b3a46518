package org.priorart.server.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.priorart.server.chart.ClaimChart;
import org.priorart.server.chart.SavedChart;
import org.priorart.server.session.HistoryEntry;
import org.priorart.server.session.RankingWords;
import org.priorart.server.session.RecordedSearch;
import org.priorart.server.session.SearchSession;
import org.priorart.server.session.SessionCsv;
import org.priorart.server.session.Tag;

/**
 * The search report in the shape offices use: the case header (application, title, priority and
 * filing dates, examiner, classes searched, database), the citations table (ST.14 category,
 * document with a link, cited passage, relevant claims), the search strategy (numbered sets with
 * their counts) and the claim chart; as a printable standalone HTML page (no script, no external
 * style: it opens offline and under any content policy) and as CSV. Every text from the data or
 * the examiner is escaped.
 */
public final class SearchReport {

    /** Where a cited document's link goes: a public full text anyone reading the report can open. */
    static final String DOCUMENT_LINK = "https://patents.google.com/patent/";

    private SearchReport() {
    }

    /** The citations, relevance X, Y, A then the rest, each in the order tagged. */
    static List<Tag> citations(SearchSession s) {
        List<Tag> tags = new ArrayList<>(s.tags());
        tags.sort(Comparator.comparing(Tag::category));
        return tags;
    }

    /** The classes searched: the case's, those of the CPC filters and the CPC= codes of the queries. */
    static Set<String> classesSearched(SearchSession s) {
        Set<String> out = new LinkedHashSet<>();
        if (s.caseFile() != null) {
            out.addAll(s.caseFile().cpc());
        }
        for (HistoryEntry h : s.history()) {
            out.addAll(h.search().cpc());
            String q = h.search().query() == null ? "" : h.search().query();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\bCPC\\s*[=:]\\s*([A-HY][0-9]{2}[A-Z][0-9/]*)").matcher(q);
            while (m.find()) {
                out.add(m.group(1).toUpperCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    /** The report as CSV: the case header as name,value rows, then the citations table (ST.14 categories). */
    public static String csv(SearchSession s, String examiner, String database) {
        StringBuilder out = new StringBuilder();
        CaseFile c = s.caseFile();
        row(out, "field", "value");
        row(out, "application", c == null ? s.name() : c.number());
        row(out, "title", c == null ? "" : orEmpty(c.title()));
        row(out, "priority_date", c == null || c.priorityDate() == null ? "" : c.priorityDate().toString());
        row(out, "filing_date", c == null || c.filingDate() == null ? "" : c.filingDate().toString());
        row(out, "examiner", orEmpty(examiner));
        row(out, "classes_searched", String.join(" ", classesSearched(s)));
        row(out, "databases", database);
        out.append("\r\n");
        row(out, "category", "document", "publication_date", "title", "cited_passage", "relevant_claims", "date_warning");
        for (Tag t : citations(s)) {
            row(out, t.categories(), t.publicationNumber(), t.publicationDate() == null ? "" : t.publicationDate().toString(),
                    orEmpty(t.title()), orEmpty(t.note()), orEmpty(t.claims()), orEmpty(t.warning()));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            out.append(i > 0 ? "," : "").append(SessionCsv.field(fields[i]));
        }
        out.append("\r\n");
    }

    /** The report as one printable HTML page. */
    public static String html(SearchSession s, String examiner, String database, Instant at) {
        CaseFile c = s.caseFile();
        Html h = new Html();
        h.raw("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Search report — ")
                .text(c == null ? s.name() : c.number()).raw("</title><style>").raw(STYLE).raw("</style></head><body>");
        h.raw("<h1>Search report</h1><table class=\"header\"><tbody>");
        h.pair("Application", c == null ? s.name() : c.number());
        if (c != null) {
            h.pair("Title", orEmpty(c.title()));
            h.pair("Priority date", c.priorityDate() == null ? "none claimed" : c.priorityDate().toString());
            h.pair("Filing date", c.filingDate() == null ? "" : c.filingDate().toString());
            h.pair("Cutoff", c.cutoff() == null ? "none" : c.cutoff() + " (" + c.cutoffBasis() + ", "
                    + c.rule().name().toLowerCase(java.util.Locale.ROOT) + " rule)");
        }
        h.pair("Examiner", orEmpty(examiner));
        h.pair("Classes searched", String.join(", ", classesSearched(s)));
        h.pair("Databases", database);
        h.pair("Made", at.toString());
        h.raw("</tbody></table>");

        h.raw("<h2>Documents considered to be relevant</h2><table class=\"citations\"><thead><tr><th>Category</th>"
                + "<th>Citation of document, with indication of the relevant passages</th><th>Relevant to claim No.</th>"
                + "</tr></thead><tbody>");
        for (Tag t : citations(s)) {
            h.raw("<tr><td class=\"cat\">").text(t.categories()).raw("</td><td><a href=\"")
                    .text(DOCUMENT_LINK + t.publicationNumber().replace(" ", "")).raw("\">").text(t.publicationNumber())
                    .raw("</a>");
            if (t.publicationDate() != null) {
                h.raw(" (").text(t.publicationDate().toString()).raw(")");
            }
            if (t.title() != null) {
                h.raw(" <span class=\"title\">").text(t.title()).raw("</span>");
            }
            if (t.note() != null && !t.note().isBlank()) {
                h.raw("<div class=\"passage\">").text(t.note()).raw("</div>");
            }
            if (t.warning() != null) {
                h.raw("<div class=\"warning\">").text(t.warning()).raw("</div>");
            }
            h.raw("</td><td>").text(orEmpty(t.claims())).raw("</td></tr>");
        }
        h.raw("</tbody></table><p class=\"legend\">X: particularly relevant if taken alone; Y: particularly relevant if "
                + "combined with another document of the same category; A: technological background; E: earlier patent "
                + "document published on or after the filing date; P: intermediate document; D: cited in the "
                + "application; L: cited for other reasons; O: non-written disclosure; T: theory or principle "
                + "(WIPO ST.14).</p>");

        h.raw("<h2>Search strategy</h2><table class=\"strategy\"><thead><tr><th>Set</th><th>Search</th><th>Ranked</th>"
                + "<th>Filters</th><th>Hits</th></tr></thead><tbody>");
        for (HistoryEntry e : s.history()) {
            RecordedSearch q = e.search();
            h.raw("<tr><td>L").text(String.valueOf(e.number())).raw("</td><td><code>")
                    .text(q.similar() != null ? "similar to " + q.similar() : orEmpty(q.query()))
                    .raw("</code>").text(q.text() == null ? "" : " + “" + shorten(q.text(), 160) + "”").raw("</td><td>")
                    .text(ranked(e)).raw("</td><td>").text(filters(q))
                    .raw("</td><td class=\"num\">").text(("gte".equals(e.hitsRelation()) ? "≥ " : "") + e.hits())
                    .raw("</td></tr>");
        }
        h.raw("</tbody></table>");
        if (s.chart() != null) {
            chart(h, s.chart());
        }
        h.raw("</body></html>\n");
        return h.toString();
    }

    /**
     * The mode of a search and its fusion, in the words of the strategy CSV's columns
     * ({@code "hybrid (fusion rrf, semantic weight 0.3, rrf k 20, depth 50)"}), and as the page's
     * history row says it, the mode that ranked when hybrid fell back to keyword.
     */
    static String ranked(HistoryEntry e) {
        RecordedSearch q = e.search();
        String fusion = RankingWords.fusion(q);
        String asked = orEmpty(q.mode()) + (fusion.isEmpty() ? "" : " (" + fusion + ")");
        return e.ranked() == null || e.ranked().equals(q.mode()) ? asked : asked + " → ranked " + e.ranked();
    }

    /** The filters of a search, in words, and the signals and feedback that ranked it. */
    public static String filters(RecordedSearch q) {
        List<String> f = new ArrayList<>();
        if (!q.cpc().isEmpty()) {
            f.add("CPC " + String.join(" ", q.cpc()));
        }
        if (q.publishedFrom() != null) {
            f.add("published ≥ " + q.publishedFrom());
        }
        if (q.publishedBefore() != null) {
            f.add("published < " + q.publishedBefore());
        }
        if (q.priorityDate() != null) {
            f.add("prior art to " + q.priorityDate() + " (" + q.priorArtRule() + ")");
        }
        if (Boolean.TRUE.equals(q.groupFamilies())) {
            f.add("one per family");
        }
        // how it was ranked, as the page's history row says it: two sets that differ only so look different
        for (String ranked : List.of(RankingWords.signals(q), RankingWords.feedback(q))) {
            if (!ranked.isEmpty()) {
                f.add(ranked);
            }
        }
        return String.join("; ", f);
    }

    private static void chart(Html h, SavedChart chart) {
        ClaimChart r = chart.result();
        h.raw("<h2>Claim chart</h2>");
        if (chart.claim() != null) {
            h.raw("<p class=\"claim\">").text(chart.claim()).raw("</p>");
        }
        h.raw("<table class=\"chart\"><thead><tr><th>Element</th>");
        for (ClaimChart.Document d : r.hits()) {
            h.raw("<th><a href=\"").text(DOCUMENT_LINK + d.publicationNumber()).raw("\">").text(d.publicationNumber())
                    .raw("</a></th>");
        }
        h.raw("</tr></thead><tbody>");
        for (int i = 0; i < r.elements().size(); i++) {
            ClaimChart.Element e = r.elements().get(i);
            h.raw("<tr><th>").text(e.label()).raw(" ").text(e.text()).raw("</th>");
            for (ClaimChart.Cell cell : e.cells()) {
                h.raw("<td>");
                SavedChart.CitedPassage cited = ChartCells.cited(chart, i, cell.publicationNumber());
                if (cited != null) {
                    h.raw("<div class=\"cited\"><b>").text(orEmpty(cited.location())).raw("</b> ").text(cited.passage())
                            .raw("</div>");
                } else if (cell.keyword() != null) {
                    h.raw("<div><b>").text(cell.keyword().location()).raw("</b> ").text(shorten(cell.keyword().text(), 400))
                            .raw("</div>");
                }
                h.raw("<div class=\"evidence\">").text(ChartCells.evidence(cell)).raw("</div></td>");
            }
            h.raw("</tr>");
        }
        h.raw("</tbody></table>");
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Printable on A4 and Letter: tables fixed to the page width, long words broken, no page cut off. */
    private static final String STYLE = "body{font:11pt/1.4 Georgia,serif;margin:2em;color:#000}"
            + "table{border-collapse:collapse;width:100%;table-layout:fixed;margin:.5em 0 1.5em}"
            + "th,td{border:1px solid #888;padding:4px 6px;vertical-align:top;text-align:left;overflow-wrap:anywhere}"
            + "table.header th{width:12em}.cat{width:6em;font-weight:bold}.num{text-align:right}"
            + ".warning{color:#a00}.passage{margin-top:2px}.evidence{color:#444;font-size:9pt}.legend{font-size:9pt}"
            + "table.chart{font-size:9pt}@media print{body{margin:0}a{color:#000}}";

    /** HTML text with every piece of data escaped. */
    private static final class Html {
        private final StringBuilder out = new StringBuilder(8192);

        Html raw(String s) {
            out.append(s);
            return this;
        }

        Html text(String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#39;");
                    default -> out.append(ch);
                }
            }
            return this;
        }

        void pair(String name, String value) {
            raw("<tr><th>").text(name).raw("</th><td>").text(value).raw("</td></tr>");
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
