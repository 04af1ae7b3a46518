/**
 * Text analysis: how patent text becomes index terms, per language.
 *
 * <p>{@link org.priorart.analysis.PatentAnalyzer} builds one chain per
 * {@link org.priorart.analysis.AnalysisLanguage} (English with Porter stemming; Korean with nori;
 * Japanese with kuromoji; Chinese with smartcn; German, French, Indonesian, Vietnamese, Filipino and
 * Thai in {@link org.priorart.analysis.LatinChains}) in three {@link org.priorart.analysis.PatentAnalyzer.Mode}s:
 * <ul>
 *   <li>{@code INDEX} writes, at each position, the normalized (stemmed) term and the exact surface
 *       form prefixed with {@code =}, so that plain words match by stem while quoted phrases and
 *       truncation match the words as written; it also writes sentence and paragraph boundary marks
 *       ({@link org.priorart.analysis.BoundaryMarks}) for the WITH and SAME operators;</li>
 *   <li>{@code QUERY} gives the normalized terms of plain query words;</li>
 *   <li>{@code EXACT} gives the {@code =}-prefixed surface forms of a quoted phrase.</li>
 * </ul>
 * A document's language picks its chain, and so does each of its translations;
 * {@link org.priorart.analysis.LanguageDetector} tells the language when the source does not say
 * (by script, and among Latin-script languages with Lingua's models), and all languages share the
 * same fields.
 */
package org.priorart.analysis;
