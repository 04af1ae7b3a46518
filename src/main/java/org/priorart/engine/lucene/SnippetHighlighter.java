package org.priorart.engine.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.analysis.Analyzers;
import org.priorart.analysis.PatentAnalyzer;
import org.priorart.engine.Deadline;
import org.priorart.engine.FieldMatches;
import org.priorart.engine.Snippet;

/**
 * Finds, for each hit, the passage of its text that best matches the query, using Lucene's
 * {@link UnifiedHighlighter} with offsets read from the postings (the text fields index them), so
 * documents of any language highlight without re-analysis. The passage comes back as a
 * {@link Snippet} with match ranges, never as markup.
 */
final class SnippetHighlighter {

    /** Long descriptions hold matches far in; the highlighter looks this far into a field. */
    private static final int MAX_LENGTH = 500_000;
    /** How the highlighter joins the values of a multi-valued field (UnifiedHighlighter.MULTIVAL_SEP_CHAR). */
    private static final char VALUE_SEPARATOR = '\u0000';
    /** Passages per field when every match is wanted: more than any document has values. */
    private static final int ALL_PASSAGES = 100_000;

    private record Scored(Snippet snippet, float score) {
    }

    /** Exposes the object-returning highlight call, with a formatter that knows its field. */
    private static final class Highlighter extends UnifiedHighlighter {
        private final Function<String, PassageFormatter> formatters;

        Highlighter(Builder builder) {
            this(builder, SnippetFormatter::new);
        }

        Highlighter(Builder builder, Function<String, PassageFormatter> formatters) {
            super(builder);
            this.formatters = formatters;
        }

        @Override
        protected PassageFormatter getFormatter(String field) {
            return formatters.apply(field);
        }

        Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }
    }

    private SnippetHighlighter() {
    }

    /**
     * The best snippet of each document, or null where no field matched.
     *
     * <p>The short fields (title, abstract, claims) are looked at first; the description only for the
     * documents that matched in none of them. A description is most of a full-text patent's stored
     * text, and reading and scanning it for every hit was most of a search's time (measured: about
     * 40 ms of a 50 ms keyword search with ten full-text hits).
     *
     * <p>A document the keyword ranking did not retrieve (found semantically only) gets no description
     * scan: its words did not match there, and its evidence is the best semantic passage.
     *
     * @param fieldWeights   field name to weight: the fields to look in, and how much a passage there counts
     * @param keywordMatched per document, whether the keyword ranking retrieved it
     */
    static Snippet[] bestSnippets(IndexSearcher searcher, Query query, int[] docIds, Map<String, Float> fieldWeights,
                                  boolean[] keywordMatched) throws IOException {
        return bestSnippets(searcher, query, docIds, fieldWeights, keywordMatched, !termsOnly(query));
    }

    /** Hits highlighted at a time between looks at the deadline: a page of 10 is one group. */
    private static final int DEADLINE_GROUP = 10;

    /**
     * The best snippets as {@link #bestSnippets(IndexSearcher, Query, int[], Map, boolean[])} finds
     * them, a group of hits at a time, each group begun only before the deadline. Each hit's snippet
     * is its own, so the groups change nothing but when the work can stop.
     *
     * @throws RuntimeException {@link Deadline#exceeded()} when the deadline passes before all hits are highlighted
     */
    static Snippet[] bestSnippets(IndexSearcher searcher, Query query, int[] docIds, Map<String, Float> fieldWeights,
                                  boolean[] keywordMatched, Deadline deadline) throws IOException {
        Snippet[] best = new Snippet[docIds.length];
        for (int from = 0; from < docIds.length; from += DEADLINE_GROUP) {
            deadline.check();
            int to = Math.min(docIds.length, from + DEADLINE_GROUP);
            Snippet[] group = bestSnippets(searcher, query, Arrays.copyOfRange(docIds, from, to), fieldWeights,
                    Arrays.copyOfRange(keywordMatched, from, to));
            System.arraycopy(group, 0, best, from, group.length);
        }
        return best;
    }

    /** @param weightMatches whether matches come from Weight.matches() (see the other bestSnippets) */
    static Snippet[] bestSnippets(IndexSearcher searcher, Query query, int[] docIds, Map<String, Float> fieldWeights,
                                  boolean[] keywordMatched, boolean weightMatches) throws IOException {
        Snippet[] best = new Snippet[docIds.length];
        if (docIds.length == 0) {
            return best;
        }
        // A query of plain terms (free text, plain words) is highlighted from the terms of each field
        // straight from the postings; Weight.matches() would evaluate every clause of every field
        // once per document and field highlighted (measured: about 60% of a search's CPU, search
        // p50 14 -> 9 ms for keyword on the demo index). Both mark the same words for such a query;
        // phrases, proximity and truncation need matches() to be marked as the search matched them.
        Highlighter highlighter = new Highlighter(builder(searcher).withWeightMatches(weightMatches));
        float[] bestScore = new float[docIds.length];
        String[] shortFields = fieldWeights.keySet().stream().filter(f -> !f.equals(IndexFields.DESCRIPTION)).toArray(String[]::new);
        pick(highlighter, shortFields, query, docIds, fieldWeights, best, bestScore);
        if (fieldWeights.containsKey(IndexFields.DESCRIPTION)) {
            int[] unmatched = IntStream.range(0, docIds.length).filter(i -> best[i] == null && keywordMatched[i]).toArray();
            if (unmatched.length > 0) {
                int[] ids = Arrays.stream(unmatched).map(i -> docIds[i]).toArray();
                Snippet[] more = new Snippet[ids.length];
                pick(highlighter, new String[] {IndexFields.DESCRIPTION}, query, ids, fieldWeights, more, new float[ids.length]);
                for (int k = 0; k < unmatched.length; k++) {
                    best[unmatched[k]] = more[k];
                }
            }
        }
        return best;
    }

    /** The highlighter settings snippets and document marks share: the index analyzer, whole texts. */
    private static UnifiedHighlighter.Builder builder(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, Analyzers.get(AnalysisLanguage.ENGLISH, PatentAnalyzer.Mode.INDEX))
                .withMaxLength(MAX_LENGTH);
    }

    /** Whether a query is made of single terms only (any Boolean structure and boosts around them). */
    static boolean termsOnly(Query query) {
        boolean[] only = {true};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                if (!(q instanceof TermQuery)) {
                    only[0] = false; // a phrase
                }
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                only[0] = false; // truncation
            }

            @Override
            public void visitLeaf(Query q) {
                only[0] = false; // proximity, ranges, anything else
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this; // negated terms too: they take no part in highlighting either way
            }
        });
        return only[0];
    }

    /** Highlights the fields and keeps, per document, the passage with the best weighted score. */
    private static void pick(Highlighter highlighter, String[] fields, Query query, int[] docIds,
                             Map<String, Float> fieldWeights, Snippet[] best, float[] bestScore) throws IOException {
        if (fields.length == 0) {
            return;
        }
        int[] maxPassages = new int[fields.length];
        Arrays.fill(maxPassages, 1);
        Map<String, Object[]> byField = highlighter.highlight(fields, query, docIds.clone(), maxPassages);
        for (String field : fields) {
            Object[] perDoc = byField.get(field);
            float weight = fieldWeights.get(field);
            for (int i = 0; i < docIds.length; i++) {
                if (perDoc == null || !(perDoc[i] instanceof Scored scored)) {
                    continue;
                }
                float score = scored.score() * weight;
                if (best[i] == null || score > bestScore[i]) {
                    best[i] = scored.snippet();
                    bestScore[i] = score;
                }
            }
        }
    }

    /**
     * Every match of the query in one document: for each field value (the title, the abstract, each
     * claim, each description paragraph) that holds a match, the matches as ranges of that value's
     * text. The same highlighter as the snippets, over the whole text (one passage per field), so the
     * document view marks exactly what the search matched: stems, phrases, proximity.
     */
    static List<FieldMatches> allMatches(IndexSearcher searcher, Query query, int docId, List<String> fields)
            throws IOException {
        String[] names = fields.toArray(String[]::new);
        Highlighter highlighter = new Highlighter(builder(searcher)
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxNoHighlightPassages(0), AllMatchesFormatter::new);
        // The highlighter splits a multi-valued field at its value separator: one passage per value
        // (each claim, each paragraph), and every one of them is wanted.
        int[] maxPassages = new int[names.length];
        Arrays.fill(maxPassages, ALL_PASSAGES);
        Map<String, Object[]> byField = highlighter.highlight(names, query, new int[] {docId}, maxPassages);
        List<FieldMatches> out = new ArrayList<>();
        for (String field : names) {
            Object[] perDoc = byField.get(field);
            if (perDoc != null && perDoc[0] instanceof List<?> list) {
                for (Object o : list) {
                    out.add((FieldMatches) o);
                }
            }
        }
        return out;
    }

    /** All matches of a field's whole text, split by value, as {@link FieldMatches}. */
    private static final class AllMatchesFormatter extends PassageFormatter {
        private final String field;

        AllMatchesFormatter(String field) {
            this.field = field;
        }

        @Override
        public Object format(Passage[] passages, String content) {
            // Where each value starts in the joined content.
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < content.length(); i++) {
                if (content.charAt(i) == VALUE_SEPARATOR) {
                    starts.add(i + 1);
                }
            }
            Map<Integer, List<Snippet.Range>> byValue = new TreeMap<>();
            for (Passage p : passages) {
                for (int m = 0; m < p.getNumMatches(); m++) {
                    int s = p.getMatchStarts()[m];
                    int e = Math.min(p.getMatchEnds()[m], content.length());
                    int value = valueAt(starts, s);
                    int valueEnd = value + 1 < starts.size() ? starts.get(value + 1) - 1 : content.length();
                    e = Math.min(e, valueEnd); // a match never spans two values; clip defensively
                    if (e > s) {
                        byValue.computeIfAbsent(value, k -> new ArrayList<>())
                                .add(new Snippet.Range(s - starts.get(value), e - starts.get(value)));
                    }
                }
            }
            List<FieldMatches> out = new ArrayList<>();
            byValue.forEach((value, ranges) -> out.add(new FieldMatches(field, value, merged(ranges))));
            return out;
        }

        private static int valueAt(List<Integer> starts, int offset) {
            int i = Collections.binarySearch(starts, offset);
            return i >= 0 ? i : -i - 2;
        }

        /** Sorted, overlapping ranges merged (a stem and its exact form can share offsets). */
        private static List<Snippet.Range> merged(List<Snippet.Range> ranges) {
            List<Snippet.Range> sorted = new ArrayList<>(ranges);
            sorted.sort(Comparator.comparingInt(Snippet.Range::start).thenComparingInt(Snippet.Range::end));
            List<Snippet.Range> out = new ArrayList<>();
            for (Snippet.Range r : sorted) {
                if (!out.isEmpty() && r.start() < out.get(out.size() - 1).end()) {
                    Snippet.Range prev = out.remove(out.size() - 1);
                    out.add(new Snippet.Range(prev.start(), Math.max(prev.end(), r.end())));
                } else {
                    out.add(r);
                }
            }
            return out;
        }
    }

    /** Turns the highlighter's best passage into a {@link Scored} snippet. */
    private static final class SnippetFormatter extends PassageFormatter {
        private final String field;

        SnippetFormatter(String field) {
            this.field = field;
        }

        @Override
        public Object format(Passage[] passages, String content) {
            Passage top = null;
            for (Passage p : passages) {
                if (p.getNumMatches() > 0 && (top == null || p.getScore() > top.getScore())) {
                    top = p;
                }
            }
            if (top == null) {
                return null;
            }
            int start = top.getStartOffset();
            int end = top.getEndOffset();
            while (start < end && (content.charAt(start) == VALUE_SEPARATOR || Character.isWhitespace(content.charAt(start)))) {
                start++;
            }
            while (end > start && (content.charAt(end - 1) == VALUE_SEPARATOR || Character.isWhitespace(content.charAt(end - 1)))) {
                end--;
            }
            int valueIndex = 0;
            for (int i = 0; i < start; i++) {
                if (content.charAt(i) == VALUE_SEPARATOR) {
                    valueIndex++;
                }
            }
            List<Snippet.Range> ranges = new ArrayList<>();
            int last = 0;
            for (int m = 0; m < top.getNumMatches(); m++) {
                int s = Math.max(top.getMatchStarts()[m], start) - start;
                int e = Math.min(top.getMatchEnds()[m], end) - start;
                if (e <= s) {
                    continue;
                }
                if (s < last) {
                    // overlapping matches (a stem and its exact form share offsets): merge
                    if (!ranges.isEmpty() && e > last) {
                        Snippet.Range prev = ranges.remove(ranges.size() - 1);
                        ranges.add(new Snippet.Range(prev.start(), e));
                        last = e;
                    }
                    continue;
                }
                ranges.add(new Snippet.Range(s, e));
                last = e;
            }
            String text = content.substring(start, end).replace(VALUE_SEPARATOR, ' ');
            return new Scored(new Snippet(field, valueIndex, field, text, ranges), top.getScore());
        }
    }
}
