package org.priorart.bench.growth;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The closing lines of the growth benchmark: how latency grows with size (the exponent of a power law
 * through the last two sizes: 1 is linear, 0 flat), and at which size one machine like this one stops
 * being enough: when a search's p95 passes the budget, or when what searches read no longer fits in
 * the memory left beside the heap (the page cache), after which every search waits on the disk.
 */
final class GrowthReport {

    /** USPTO grants and applications since 1976: the collection a pilot outgrows its machine towards. */
    static final double USPTO_PATENTS = 12e6;

    private final PrintWriter out;
    private final GrowthSettings settings;
    private final double cacheBytes;

    /**
     * @param totalRam the machine's memory
     * @param heap     this process's heap at most: what the page cache cannot have
     */
    GrowthReport(PrintWriter out, GrowthSettings settings, long totalRam, long heap) {
        this.out = out;
        this.settings = settings;
        this.cacheBytes = Math.max(0, totalRam - heap);
    }

    void print(GrowthBenchmark.Result r) {
        out.printf("%nGrowth (power-law exponent through consecutive sizes: 1 = linear in size, 0 = flat); memory for the page "
                + "cache: RAM less this JVM's heap = %.1f GB%n", cacheBytes / 1e9);
        Set<String> backends = new LinkedHashSet<>();
        r.keyword().forEach(s -> backends.add(s.backend()));
        for (String backend : backends) {
            keyword(backend, GrowthEstimate.of(r.keyword(), backend));
        }
        if (!r.vectors().isEmpty()) {
            vectors(r.vectors(), r.real() == null ? 0 : r.real().perPatent());
        }
        out.flush();
    }

    private void keyword(String backend, List<KeywordStep> steps) {
        StringBuilder page = new StringBuilder();
        StringBuilder ids = new StringBuilder();
        for (int i = 1; i < steps.size(); i++) {
            KeywordStep a = steps.get(i - 1);
            KeywordStep b = steps.get(i);
            page.append(String.format(" %s->%s: p50 x%.2f (a=%.2f), p95 x%.2f (a=%.2f);", GrowthEstimate.count(a.docs()),
                    GrowthEstimate.count(b.docs()), b.page().p50() / a.page().p50(),
                    GrowthEstimate.exponent(a.docs(), a.page().p50(), b.docs(), b.page().p50()), b.page().p95() / a.page().p95(),
                    GrowthEstimate.exponent(a.docs(), a.page().p95(), b.docs(), b.page().p95())));
            ids.append(String.format(" %s->%s: p50 x%.2f (a=%.2f);", GrowthEstimate.count(a.docs()), GrowthEstimate.count(b.docs()),
                    b.ids().p50() / a.ids().p50(), GrowthEstimate.exponent(a.docs(), a.ids().p50(), b.docs(), b.ids().p50())));
        }
        out.printf("  keyword, %s:%n", backend);
        if (steps.size() > 1) {
            out.printf("    page of 10 + snippets:%s%n", page);
            out.printf("    %d ids:%s%n", KeywordGrowth.IDS_DEPTH, ids);
        }
        KeywordStep last = steps.get(steps.size() - 1);
        double a = steps.size() < 2 ? Double.NaN : GrowthEstimate.exponent(steps.get(steps.size() - 2).docs(),
                steps.get(steps.size() - 2).page().p95(), last.docs(), last.page().p95());
        out.printf("    p95 of a page reaches the %.0f ms budget: %s%n", settings.budgetMillis(), reach(steps.size(),
                GrowthEstimate.sizeAt(last.docs(), last.page().p95(), a, settings.budgetMillis()), "patents"));
        out.printf("    index %.0f bytes/patent: %.1f GB for %.0f M patents; the page cache holds the whole index up to ~%s patents%n",
                last.bytesPerDoc(), last.bytesPerDoc() * USPTO_PATENTS / 1e9, USPTO_PATENTS / 1e6,
                GrowthEstimate.count(GrowthEstimate.sizeFitting(cacheBytes, last.bytesPerDoc())));
    }

    private void vectors(List<VectorStep> steps, double realPerPatent) {
        VectorStep last = steps.get(steps.size() - 1);
        StringBuilder growth = new StringBuilder();
        for (int i = 1; i < steps.size(); i++) {
            VectorStep a = steps.get(i - 1);
            VectorStep b = steps.get(i);
            growth.append(String.format(" %s->%s: p50 x%.2f (a=%.2f), p95 x%.2f, recall %.3f->%.3f;",
                    GrowthEstimate.count(a.passages()), GrowthEstimate.count(b.passages()), b.knn().p50() / a.knn().p50(),
                    GrowthEstimate.exponent(a.passages(), a.knn().p50(), b.passages(), b.knn().p50()), b.knn().p95() / a.knn().p95(),
                    a.recall(), b.recall()));
        }
        out.printf("  nearest neighbours (embedded):%s%n", growth.length() == 0 ? " one size only" : growth);
        double passages = GrowthEstimate.sizeFitting(cacheBytes, last.ramBytesPerVector());
        out.printf("    RAM a graph search reads: %.0f bytes/vector = %.2f GB per million passages (floats on disk besides: "
                + "%.2f GB per million); the page cache holds ~%s passages%n", last.ramBytesPerVector(),
                last.ramBytesPerVector() * 1e6 / 1e9, (last.diskBytesPerVector() - last.ramBytesPerVector()) * 1e6 / 1e9,
                GrowthEstimate.count(passages));
        if (realPerPatent > 0) {
            out.printf("    at %.1f passages per patent (the real index's full texts and abstracts): ~%s patents; %.0f M patents need "
                    + "%.0f GB for their graphs and codes%n", realPerPatent, GrowthEstimate.count(passages / realPerPatent),
                    USPTO_PATENTS / 1e6, USPTO_PATENTS * realPerPatent * last.ramBytesPerVector() / 1e9);
        }
        double a = steps.size() < 2 ? Double.NaN : GrowthEstimate.exponent(steps.get(steps.size() - 2).passages(),
                steps.get(steps.size() - 2).knn().p95(), last.passages(), last.knn().p95());
        out.printf("    kNN p95 reaches the %.0f ms budget: %s%n", settings.budgetMillis(), reach(steps.size(),
                GrowthEstimate.sizeAt(last.passages(), last.knn().p95(), a, settings.budgetMillis()), "passages"));
    }

    /** Where a latency reaches the budget, as a phrase; nothing to extrapolate from one size. */
    private static String reach(int sizes, double at, String unit) {
        if (sizes < 2 && Double.isInfinite(at)) {
            return "one size measured, no growth to extrapolate";
        }
        if (Double.isInfinite(at) || Double.isNaN(at)) {
            return "not in sight (the p95 did not grow between the last two sizes)";
        }
        return "at ~" + GrowthEstimate.count(at) + " " + unit + " (extrapolated from the last two sizes)";
    }
}
