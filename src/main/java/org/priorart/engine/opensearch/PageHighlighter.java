package org.priorart.engine.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.priorart.config.FieldWeights;
import org.priorart.engine.CompiledQuery;
import org.priorart.engine.Deadline;
import org.priorart.engine.EngineView;
import org.priorart.engine.FieldMatches;
import org.priorart.engine.Snippet;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.patent.PatentDocument;
import org.priorart.query.QueryLimitException;

/**
 * Snippets and document marks for the cluster engine, made by the embedded engine's own highlighter
 * on the page's documents in memory: the same best passage, the same marks and the same locations as
 * the embedded index shows, whatever OpenSearch's highlighters would choose. The page's documents
 * (ten, or the one opened) are indexed into an in-memory index for the call; the examiner query's
 * truncations expand against their words, which are the only ones a mark can fall on.
 */
final class PageHighlighter {

    private PageHighlighter() {
    }

    static List<Snippet> snippets(ClusterQuery q, Map<String, PatentDocument> docs, List<String> keys,
                                  boolean[] keywordMatched, FieldWeights weights, Deadline deadline) throws IOException {
        List<Snippet> out = new ArrayList<>(keys.size());
        if (docs.isEmpty() || (q.examiner() == null && q.freeText() == null)) {
            keys.forEach(k -> out.add(null));
            return out;
        }
        try (LuceneEngine memory = LuceneEngine.inMemory()) {
            for (PatentDocument d : docs.values()) {
                memory.write(d, "", false);
            }
            memory.refresh();
            try (EngineView view = memory.view(weights, deadline)) {
                CompiledQuery local = view.compile(q.examiner(), q.freeText());
                List<String> present = new ArrayList<>();
                List<Boolean> matched = new ArrayList<>();
                for (int i = 0; i < keys.size(); i++) {
                    if (docs.containsKey(keys.get(i))) {
                        present.add(keys.get(i));
                        matched.add(keywordMatched[i]);
                    }
                }
                boolean[] m = new boolean[matched.size()];
                for (int i = 0; i < m.length; i++) {
                    m[i] = matched.get(i);
                }
                List<Snippet> found = view.snippets(local, present, m);
                int j = 0;
                for (String key : keys) {
                    out.add(docs.containsKey(key) ? found.get(j++) : null);
                }
                return out;
            }
        } catch (QueryLimitException e) {
            // the query compiled against the whole index; against a page of it, it cannot expand further
            throw new IllegalStateException("the page's query did not compile: " + e.getMessage(), e);
        }
    }

    static List<FieldMatches> highlights(ClusterQuery q, PatentDocument doc, FieldWeights weights, Deadline deadline)
            throws IOException {
        if (q.examiner() == null && q.freeText() == null) {
            return List.of();
        }
        try (LuceneEngine memory = LuceneEngine.inMemory()) {
            memory.write(doc, "", false);
            memory.refresh();
            try (EngineView view = memory.view(weights, deadline)) {
                return view.highlights(view.compile(q.examiner(), q.freeText()), doc.id());
            }
        } catch (QueryLimitException e) {
            throw new IllegalStateException("the document's query did not compile: " + e.getMessage(), e);
        }
    }
}
