package org.priorart.engine.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.priorart.engine.PatentSummary;

/**
 * What one view reads of its hits: their summaries (from the summary doc values, else from the
 * stored documents) and, to name a snippet's place, their stored metadata, each stored document read
 * at most once per view.
 */
final class HitReads {

    private final IndexSearcher searcher;
    /** The stored hits this view read, by doc id: a snippet's location reads the same metadata. */
    private final Map<Integer, StoredHits.StoredHit> hits = new HashMap<>();

    HitReads(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** The summaries of these patents (doc id -1: not in the index, null), in the order given. */
    List<PatentSummary> summaries(int[] ids, List<String> keys) throws IOException {
        PatentSummary[] values = SummaryValues.read(searcher, ids, keys.toArray(String[]::new));
        List<PatentSummary> out = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            // written before summaries were doc values: from the stored document, kept for its snippets' places
            out.add(ids[i] < 0 ? null : values[i] != null ? values[i] : stored(ids[i]).summary());
        }
        return out;
    }

    /** A hit's stored summary and metadata. */
    StoredHits.StoredHit stored(int doc) throws IOException {
        synchronized (hits) {
            StoredHits.StoredHit hit = hits.get(doc);
            if (hit != null) {
                return hit;
            }
        }
        StoredHits.StoredHit hit = StoredHits.read(searcher.storedFields(), doc);
        synchronized (hits) {
            hits.put(doc, hit);
        }
        return hit;
    }
}
