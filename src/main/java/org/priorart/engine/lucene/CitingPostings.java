package org.priorart.engine.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The patents citing each of many references, read from the postings of the cites field: the
 * citation signals look up several hundred references per "find similar" (the references of its
 * strongest candidates), and a search per reference (weights, a collector, a queue of the limit)
 * cost about a fifth of the whole search. A walk of each reference's postings, keeping the live
 * patents (not passages, not deleted blocks), gives the same patents in the same order as that
 * search did: doc id order, the first {@code limit}.
 */
final class CitingPostings {

    private final IndexSearcher searcher;
    private final BlockQueries blocks;

    CitingPostings(IndexSearcher searcher, BlockQueries blocks) {
        this.searcher = searcher;
        this.blocks = blocks;
    }

    /** For each reference (number without kind), the keys of the patents citing it, at most {@code limit}. */
    Map<String, List<String>> keys(Collection<String> references, int limit) throws IOException {
        int max = Math.max(1, limit);
        Map<String, List<Integer>> docs = new LinkedHashMap<>();
        references.forEach(r -> docs.putIfAbsent(r, new ArrayList<>()));
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(IndexFields.CITES);
            BitSet patents = blocks.patentBits().getBitSet(leaf);
            if (terms == null || patents == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            TermsEnum te = terms.iterator();
            PostingsEnum postings = null;
            for (Map.Entry<String, List<Integer>> e : docs.entrySet()) {
                List<Integer> found = e.getValue();
                if (found.size() >= max || !te.seekExact(new BytesRef(e.getKey()))) {
                    continue;
                }
                postings = te.postings(postings, PostingsEnum.NONE);
                for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS && found.size() < max;
                     d = postings.nextDoc()) {
                    if (patents.get(d) && (live == null || live.get(d))) {
                        found.add(leaf.docBase + d);
                    }
                }
            }
        }
        return keysOf(docs);
    }

    /** The keys of all the documents found, read in one pass over the doc values. */
    private Map<String, List<String>> keysOf(Map<String, List<Integer>> docs) throws IOException {
        int[] all = docs.values().stream().flatMap(List::stream).mapToInt(Integer::intValue).toArray();
        String[] keys = DocKeys.of(searcher, all);
        Map<String, List<String>> out = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, List<Integer>> e : docs.entrySet()) {
            int n = e.getValue().size();
            out.put(e.getKey(), List.of(java.util.Arrays.copyOfRange(keys, i, i + n)));
            i += n;
        }
        return out;
    }
}
