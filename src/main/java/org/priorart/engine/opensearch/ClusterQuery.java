package org.priorart.engine.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.priorart.engine.CompiledQuery;
import org.priorart.query.ExaminerQuery;

/**
 * A search's text query compiled by a {@link ClusterView}: the examiner query and the free text as
 * DSL (the ranking), and the parsed query and text themselves, from which snippets and marks are
 * made with the embedded engine's highlighter ({@link PageHighlighter}).
 */
record ClusterQuery(ExaminerQuery examiner, ObjectNode syntax, String freeText, ObjectNode free) implements CompiledQuery {

    @Override
    public boolean searchable() {
        return ranking() != null;
    }

    /** The examiner query decides what matches and scores; the free text adds its BM25 score. */
    ObjectNode ranking() {
        if (syntax == null || free == null) {
            return syntax != null ? syntax : free;
        }
        return new Dsl.Bool().must(syntax).should(free).build();
    }

    String text() {
        return examiner != null ? examiner.text() : freeText == null ? "" : freeText;
    }
}
