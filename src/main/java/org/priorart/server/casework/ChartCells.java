package org.priorart.server.casework;

import java.util.Locale;
import org.priorart.server.chart.ClaimChart;
import org.priorart.server.chart.SavedChart;

/** What a chart cell shows as evidence and which cell the examiner overwrote: one rule for the page's report and the export. */
public final class ChartCells {

    private ChartCells() {
    }

    /** The examiner's passage for an element in a document, or null. */
    public static SavedChart.CitedPassage cited(SavedChart chart, int element, String publicationNumber) {
        for (SavedChart.CitedPassage c : chart.cited()) {
            if (c.element() == element && c.publicationNumber().equalsIgnoreCase(publicationNumber)) {
                return c;
            }
        }
        return null;
    }

    /** Absolute evidence, not a rank within the chart: the passage's BM25 and its cosine. */
    public static String evidence(ClaimChart.Cell cell) {
        StringBuilder s = new StringBuilder();
        if (cell.keyword() != null && cell.keyword().score() != null) {
            s.append(String.format(Locale.ROOT, "BM25 %.2f", cell.keyword().score()));
        }
        if (cell.semantic() != null && cell.semantic().score() != null) {
            s.append(s.isEmpty() ? "" : " · ").append(String.format(Locale.ROOT, "cos %.3f", cell.semantic().score()));
        }
        return s.isEmpty() ? "no match" : s.toString();
    }
}
