package org.priorart.engine.lucene;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.priorart.engine.CompiledQuery;

/**
 * A search's text query compiled by a {@link LuceneView}: the examiner query's Lucene query, and the
 * free text, whose ranking and marking queries are built when first asked (a search with snippets
 * needs both, a batch ranking only the first, a document's marks only the second).
 */
final class LuceneQuery implements CompiledQuery {

    private final LuceneView view;
    private final String examinerText;
    private final Query syntax;
    private final String freeText;
    private Query free;
    private boolean freeBuilt;
    private Query freeMarking;
    private boolean markingBuilt;

    LuceneQuery(LuceneView view, String examinerText, Query syntax, String freeText) {
        this.view = view;
        this.examinerText = examinerText;
        this.syntax = syntax;
        this.freeText = freeText;
    }

    /** The examiner query's Lucene query (it decides what matches), or null. */
    Query syntax() {
        return syntax;
    }

    /** The query as written, for messages. */
    String text() {
        return examinerText != null ? examinerText : freeText == null ? "" : freeText;
    }

    @Override
    public boolean searchable() {
        return ranking() != null;
    }

    /** What ranks by keyword: the examiner query decides what matches and scores; the free text adds its BM25 score. */
    Query ranking() {
        return combine(syntax, free());
    }

    /** What snippets mark: as {@link #ranking()}, the free text read by its own words, not its boilerplate. */
    Query marking() {
        return combine(syntax, marks());
    }

    /**
     * What a document's marks show: either part's matches, on its own (a document opened from the
     * results may miss part of the query, a semantic hit or a similar document, and its other
     * matches still show).
     */
    Query either() {
        Query marks = marks();
        return syntax == null || marks == null ? combine(syntax, marks) : new BooleanQuery.Builder()
                .add(syntax, BooleanClause.Occur.SHOULD)
                .add(marks, BooleanClause.Occur.SHOULD)
                .build();
    }

    private synchronized Query free() {
        if (!freeBuilt) {
            free = freeText == null ? null : view.freeTextQuery(freeText);
            freeBuilt = true;
        }
        return free;
    }

    private synchronized Query marks() {
        if (!markingBuilt) {
            freeMarking = freeText == null ? null : view.freeTextMarking(freeText);
            markingBuilt = true;
        }
        return freeMarking;
    }

    private static Query combine(Query syntax, Query free) {
        if (syntax == null || free == null) {
            return syntax != null ? syntax : free;
        }
        return new BooleanQuery.Builder()
                .add(syntax, BooleanClause.Occur.MUST)
                .add(free, BooleanClause.Occur.SHOULD)
                .build();
    }
}
