package org.priorart.server.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A session as CSV (RFC 4180: comma-separated, fields quoted when needed, CRLF line ends), in two
 * tables: the tagged citations and the search strategy. Patent text and notes are untrusted in a
 * spreadsheet too: a field that starts like a formula ({@code = + - @}, tab or carriage return) is
 * prefixed with an apostrophe so no spreadsheet runs it (the OWASP rule for CSV injection), and so is
 * such a start after a semicolon, line break or tab inside a field, where a spreadsheet of a locale
 * that separates by semicolons starts a cell.
 */
public final class SessionCsv {

    private SessionCsv() {
    }

    /** The citations, X first, then Y, then A, each in the order tagged. */
    public static String citations(SearchSession s) {
        StringBuilder out = new StringBuilder();
        row(out, "category", "publication_number", "publication_date", "title", "relevant_claims", "note", "tagged_at");
        List<Tag> tags = new ArrayList<>(s.tags());
        tags.sort(Comparator.comparing(Tag::category)); // stable: the order tagged within a category
        for (Tag t : tags) {
            row(out, t.category().name(), t.publicationNumber(), date(t.publicationDate()), t.title(), t.claims(), t.note(),
                    t.taggedAt().toString());
        }
        return out.toString();
    }

    /**
     * The search strategy: every search of the history, in the order run, with its hit count and what
     * ranked it (hybrid's fusion, its signal groups when not all, the documents of its feedback, its
     * rrf k and depth when not the default: empty, they were the default). The
     * columns added later come after the hit count, so a sheet that reads the first ones by position
     * still reads them.
     */
    public static String strategy(SearchSession s) {
        StringBuilder out = new StringBuilder();
        row(out, "number", "time", "query", "text", "similar_to", "mode", "semantic_weight", "cpc", "published_from",
                "published_before", "priority_date", "prior_art_rule", "group_families", "hits", "fusion", "signals",
                "feedback", "rrf_k", "depth");
        for (HistoryEntry h : s.history()) {
            RecordedSearch q = h.search();
            row(out, String.valueOf(h.number()), h.at().toString(), q.query(), q.text(), q.similar(), q.mode(),
                    q.semanticWeight() == null ? "" : String.valueOf(q.semanticWeight()), String.join(" ", q.cpc()),
                    date(q.publishedFrom()), date(q.publishedBefore()), date(q.priorityDate()), q.priorArtRule(),
                    q.groupFamilies() == null ? "" : String.valueOf(q.groupFamilies()),
                    ("gte".equals(h.hitsRelation()) ? ">=" : "") + h.hits(), q.fusion(), q.signals(),
                    RankingWords.feedback(q), number(q.rrfK()), number(q.depth()));
        }
        return out.toString();
    }

    private static String number(Integer n) {
        return n == null ? "" : n.toString();
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static void row(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields[i]));
        }
        out.append("\r\n");
    }

    /** What makes a spreadsheet read a cell as a formula, at the cell's start. */
    private static final String FORMULA_START = "=+-@\t\r";
    /**
     * Where a spreadsheet may start a cell inside a field: after a semicolon (the list separator of
     * German, French and other locales' spreadsheets, which open a comma-separated file split at
     * semicolons, quotes in mid-cell as plain text) and after a line break or a tab.
     */
    private static final String CELL_BREAK = ";\n\r\t";

    /** One field, defused and quoted as needed. */
    public static String field(String value) {
        String v = value == null ? "" : value;
        StringBuilder defused = new StringBuilder(v.length() + 2);
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (FORMULA_START.indexOf(ch) >= 0 && (i == 0 || CELL_BREAK.indexOf(v.charAt(i - 1)) >= 0)) {
                defused.append('\'');
            }
            defused.append(ch);
        }
        v = defused.toString();
        if (v.indexOf(',') >= 0 || v.indexOf(';') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
