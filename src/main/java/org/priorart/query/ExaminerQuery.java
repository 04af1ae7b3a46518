package org.priorart.query;

import java.util.Set;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.analysis.LanguageDetector;

/**
 * A parsed examiner query: what {@link QueryParser#parse(String)} gives, and what an engine compiles
 * into its own query ({@link org.priorart.engine.EngineView#compile}).
 *
 * <ul>
 *   <li>{@link #root()}: the parse tree; {@link #toString()} prints it in canonical form;</li>
 *   <li>{@link #freeText()}: the plain words and phrases for the semantic embedder;</li>
 *   <li>{@link #explain()}: the readable tree for {@code --explain-query}.</li>
 * </ul>
 *
 * @param text    the query as written
 * @param root    its parse tree
 * @param options how it was read (default operator, limits)
 */
public record ExaminerQuery(String text, QueryNode root, QueryOptions options) {

    /**
     * The free text for the semantic embedder: the plain words and quoted phrases outside NOT and
     * outside bibliographic field codes (CPC, IPC, dates, PA, IN), in query order; truncations are
     * left out. {@code CPC=H01M AND (lithium W/3 anode)} gives {@code "lithium anode"}. Empty when
     * the query has no such words.
     */
    public String freeText() {
        return FreeText.of(root);
    }

    /** The analysis chain for the query's words: its LA= language, else as their script tells (see below). */
    public AnalysisLanguage language() {
        return language(Set.of(AnalysisLanguage.ENGLISH));
    }

    /**
     * The analysis chain for the query's words: the language an LA= clause asks for (the words must
     * meet the terms of documents in that language), else the words' own language told among the
     * candidates (the languages of the index searched).
     */
    public AnalysisLanguage language(Set<AnalysisLanguage> candidates) {
        String asked = FreeText.language(root);
        return asked != null ? AnalysisLanguage.forCode(asked) : LanguageDetector.detect(FreeText.sample(root), candidates);
    }

    /** The tree rendered for people, one node a line with what it matches. */
    public String explain() {
        return QueryExplainer.explain(this);
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
