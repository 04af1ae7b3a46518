package org.priorart.eval.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's plots as inline SVG: no script, no external file, so report.html opens offline and
 * prints. Names and ids are escaped ({@link Html#escape}).
 */
public final class SvgCharts {

    /** Distinguishable colours (Okabe-Ito), also for colour-blind readers. */
    static final String[] COLORS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"};

    private static final int WIDTH = 760;
    private static final int LEFT = 56;
    private static final int RIGHT = 170;
    private static final int TOP = 16;
    private static final int BOTTOM = 44;

    private SvgCharts() {
    }

    /**
     * Mean recall at ranks 1..depth for each run, on a logarithmic rank axis (the first ranks matter
     * most to a searcher and would be a sliver on a linear one).
     *
     * @param names  the runs' names
     * @param curves per run, recall at rank k in element k-1
     */
    public static String recallCurve(List<String> names, List<double[]> curves) {
        int height = 360;
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = height - TOP - BOTTOM;
        int depth = 1;
        for (double[] c : curves) {
            depth = Math.max(depth, c.length);
        }
        double logDepth = Math.log10(Math.max(depth, 2));
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT,
                "<svg class=\"recall-curve\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"Recall at rank\">%n",
                WIDTH, height, WIDTH, height));
        // axes and grid
        for (int i = 0; i <= 4; i++) {
            double v = i / 4.0;
            double y = TOP + (1 - v) * plotH;
            s.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>"
                    + "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.2f</text>%n",
                    LEFT, y, LEFT + plotW, y, LEFT - 6, y + 4, v));
        }
        List<Integer> ticks = new ArrayList<>();
        for (int t = 1; t <= depth; t *= 10) {
            ticks.add(t);
        }
        if (ticks.get(ticks.size() - 1) != depth) {
            ticks.add(depth);
        }
        for (int t : ticks) {
            double x = LEFT + (depth == 1 ? 0 : Math.log10(t) / logDepth * plotW);
            s.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>"
                    + "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n",
                    x, TOP, x, TOP + plotH, x, TOP + plotH + 16, t));
        }
        s.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">rank (log scale)</text>%n",
                LEFT + plotW / 2, height - 8));
        s.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\" text-anchor=\"middle\">mean recall</text>%n",
                TOP + plotH / 2, TOP + plotH / 2));
        for (int r = 0; r < curves.size(); r++) {
            double[] c = curves.get(r);
            String color = COLORS[r % COLORS.length];
            StringBuilder points = new StringBuilder();
            for (int k = 1; k <= c.length; k++) {
                double x = LEFT + (depth == 1 ? 0 : Math.log10(k) / logDepth * plotW);
                double y = TOP + (1 - c[k - 1]) * plotH;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            String name = Html.escape(names.get(r));
            s.append(String.format(Locale.ROOT,
                    "<polyline class=\"curve\" data-run=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"><title>%s</title></polyline>%n",
                    name, color, points.toString().strip(), name));
            int ly = TOP + 14 + r * 20;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/>"
                    + "<text class=\"legend\" x=\"%d\" y=\"%d\">%s</text>%n",
                    WIDTH - RIGHT + 16, ly, WIDTH - RIGHT + 40, ly, color, WIDTH - RIGHT + 46, ly + 4,
                    Html.escape(Html.shorten(names.get(r), 18))));
        }
        s.append("</svg>\n");
        return s.toString();
    }

    /**
     * One bar per topic: the run's score minus the baseline's, sorted from the largest gain to the
     * largest loss; ties draw no bar. Each bar's tooltip names the topic and the two scores.
     *
     * @param topics    topic ids
     * @param baseline  the baseline's per-topic scores
     * @param run       the run's per-topic scores, same order
     */
    public static String deltaBars(List<String> topics, double[] baseline, double[] run) {
        int height = 240;
        int plotW = WIDTH - LEFT - 24;
        int plotH = height - TOP - BOTTOM;
        int n = topics.size();
        Integer[] order = new Integer[n];
        double maxAbs = 0;
        for (int i = 0; i < n; i++) {
            order[i] = i;
            maxAbs = Math.max(maxAbs, Math.abs(run[i] - baseline[i]));
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int c = Double.compare(run[b] - baseline[b], run[a] - baseline[a]);
            return c != 0 ? c : topics.get(a).compareTo(topics.get(b));
        });
        // a symmetric scale rounded up to a tenth, so small differences are still visible
        double scale = Math.max(0.1, Math.ceil(maxAbs * 10) / 10);
        double zero = TOP + plotH / 2.0;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT,
                "<svg class=\"delta-bars\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"Per-topic differences\">%n",
                WIDTH, height, WIDTH, height));
        for (double v : new double[] {scale, scale / 2, 0, -scale / 2, -scale}) {
            double y = zero - v / scale * (plotH / 2.0);
            s.append(String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>"
                    + "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%+.2f</text>%n",
                    v == 0 ? "zero" : "grid", LEFT, y, LEFT + plotW, y, LEFT - 6, y + 4, v));
        }
        double barW = n == 0 ? 0 : (double) plotW / n;
        for (int pos = 0; pos < n; pos++) {
            int i = order[pos];
            double d = run[i] - baseline[i];
            if (Math.abs(d) <= 1e-12) {
                continue;
            }
            double h = Math.abs(d) / scale * (plotH / 2.0);
            double x = LEFT + pos * barW;
            double y = d > 0 ? zero - h : zero;
            s.append(String.format(Locale.ROOT,
                    "<rect class=\"bar %s\" x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\"><title>%s: %.4f → %.4f (%+.4f)</title></rect>%n",
                    d > 0 ? "win" : "loss", x, y, Math.max(barW - (barW > 3 ? 1 : 0), 0.5), h,
                    Html.escape(topics.get(i)), baseline[i], run[i], d));
        }
        s.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d topics, sorted by difference</text>%n",
                LEFT + plotW / 2, height - 8, n));
        s.append("</svg>\n");
        return s.toString();
    }
}
