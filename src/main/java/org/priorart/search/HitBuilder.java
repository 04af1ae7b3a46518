package org.priorart.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.priorart.engine.EngineView;
import org.priorart.engine.MatchedPassage;
import org.priorart.engine.PatentSummary;
import org.priorart.engine.Ranking;
import org.priorart.engine.Snippet;

/**
 * Makes the hits of a page: the page of the ranking (of families, when they are grouped), each hit
 * from its patent's summary, its snippet and its {@link Explanation}. The engine is asked once per
 * page for each: the summaries, the best passages of the semantic ranking, the snippets.
 */
final class HitBuilder {

    private HitBuilder() {
    }

    static List<SearchHit> page(EngineView view, RequestRanker.Ranked r, SearchRequest request, String how)
            throws IOException {
        List<FamilyGrouping.Candidate> page;
        if (request.groupFamilies()) {
            // The families of every ranked patent: the page is known only once they are grouped.
            page = page(FamilyGrouping.grouped(r.ranked(), view.summaries(keys(r.ranked()))), request);
        } else {
            List<FusionRanker.Fused> ranked = page(r.ranked(), request);
            page = FamilyGrouping.ungrouped(ranked, view.summaries(keys(ranked)));
        }
        List<Explanation> explanations = explanations(view, page, r, how);
        boolean[] keywordMatched = new boolean[page.size()];
        List<String> pageKeys = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            keywordMatched[i] = explanations.get(i).keywordRank() != null;
            pageKeys.add(page.get(i).fused().key());
        }
        List<Snippet> snippets = request.snippets() ? view.snippets(r.query(), pageKeys, keywordMatched) : null;
        List<SearchHit> hits = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            FamilyGrouping.Candidate c = page.get(i);
            PatentSummary s = c.summary();
            hits.add(new SearchHit(request.from() + i + 1, s.publicationNumber(), s.title(), (float) c.fused().score(),
                    s.publicationDate(), s.filingDate(), s.cpc(), snippets == null ? null : snippets.get(i),
                    explanations.get(i), request.filters().priorArtFlag(s.publicationDate()), c.familyMembers(),
                    s.language()));
        }
        return hits;
    }

    private static <T> List<T> page(List<T> all, SearchRequest request) {
        return all.subList(Math.min(request.from(), all.size()), Math.min(request.from() + request.size(), all.size()));
    }

    private static List<String> keys(List<FusionRanker.Fused> ranked) {
        return ranked.stream().map(FusionRanker.Fused::key).toList();
    }

    /** Why each hit is where it is: its ranks and scores on each side, and its best passage. */
    private static List<Explanation> explanations(EngineView view, List<FamilyGrouping.Candidate> page,
                                                  RequestRanker.Ranked r, String how) throws IOException {
        Ranking.Ranks keyword = r.keyword().ranks();
        Ranking.Ranks dense = r.dense().ranks();
        long[] handles = new long[page.size()];
        for (int i = 0; i < page.size(); i++) {
            Ranking.Entry sem = dense.entry(page.get(i).fused().key());
            handles[i] = sem == null ? Ranking.NO_PASSAGE : sem.passage();
        }
        List<MatchedPassage> passages = view.passages(handles);
        List<Explanation> out = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            FusionRanker.Fused f = page.get(i).fused();
            Ranking.Entry kw = keyword.entry(f.key());
            Ranking.Entry sem = dense.entry(f.key());
            MatchedPassage p = passages.get(i);
            Explanation.BestPassage passage = p == null ? null : new Explanation.BestPassage(p.location(), p.text(), sem.score());
            out.add(new Explanation(keyword.rank(f.key()), kw == null ? null : kw.score(), dense.rank(f.key()),
                    sem == null ? null : sem.score(), f.score(), how, passage,
                    Double.isNaN(f.keywordPart()) ? null : f.keywordPart(),
                    Double.isNaN(f.semanticPart()) ? null : f.semanticPart(), f.parts()));
        }
        return out;
    }
}
