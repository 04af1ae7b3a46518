package org.priorart.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.analysis.Analyzers;
import org.priorart.analysis.BoundaryMarks;
import org.priorart.analysis.AnalyzedTerms;
import org.priorart.analysis.PatentAnalyzer;
import org.priorart.patent.Claim;
import org.priorart.patent.DescriptionParagraph;
import org.priorart.patent.PatentDocument;

/**
 * The operators on real patents (the Pap2Pat full texts and the sampled 10k abstracts), each result
 * set compared with an independent oracle: proximity, phrases and truncation against a re-analysis
 * of the texts the index was given (positions and boundary marks computed here, matching decided by
 * plain loops and regular expressions), classification codes and dates against the documents'
 * metadata.
 */
class TestRealCorpus {

    /**
     * One field value: where each term is, and how many sentence or paragraph marks come before each
     * position (so "is there a mark between" is one subtraction).
     */
    private record Value(Map<String, List<Integer>> at, int[] marksBefore) {
        List<Integer> of(String term) {
            return at.getOrDefault(term, List.of());
        }

        boolean has(String term, int position) {
            return of(term).contains(position);
        }

        boolean markBetween(int from, int to) {
            return marksBefore[to + 1] - marksBefore[from] > 0;
        }
    }

    private static final Map<String, List<Value>> TEXT = new TreeMap<>();
    private static final Map<String, PatentDocument> META = new TreeMap<>();
    /** Every term of the real patents. */
    private static final Set<String> VOCABULARY = new HashSet<>();

    @BeforeAll
    static void readTheCorpusBack() {
        Analyzer analyzer = Analyzers.get(AnalysisLanguage.ENGLISH, PatentAnalyzer.Mode.INDEX);
        for (PatentDocument d : QueryFixture.realPatents()) {
            // the text fields' values in the order the index holds them (the real patents are all English)
            List<String> texts = new ArrayList<>();
            texts.add(d.title());
            texts.add(d.abstractText());
            d.claims().stream().map(Claim::text).forEach(texts::add);
            d.description().stream().map(DescriptionParagraph::text).forEach(texts::add);
            List<Value> values = new ArrayList<>();
            for (String text : texts) {
                if (text != null) {
                    values.add(analyze(analyzer, text));
                }
            }
            TEXT.put(d.id(), values);
            values.forEach(v -> VOCABULARY.addAll(v.at().keySet()));
            META.put(d.id(), d);
        }
        assertTrue(TEXT.size() > 1500, "corpus read back: " + TEXT.size());
    }

    private static Value analyze(Analyzer analyzer, String text) {
        Map<String, List<Integer>> at = new java.util.HashMap<>();
        List<Integer> marks = new ArrayList<>();
        int pos = -1;
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                String t = term.toString();
                at.computeIfAbsent(t, k -> new ArrayList<>()).add(pos);
                if (t.equals(BoundaryMarks.SENTENCE) || t.equals(BoundaryMarks.PARAGRAPH)) {
                    marks.add(pos);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] before = new int[pos + 2];
        for (int m : marks) {
            before[m + 1]++;
        }
        for (int i = 1; i < before.length; i++) {
            before[i] += before[i - 1];
        }
        return new Value(at, before);
    }

    private static Set<String> realMatches(String query) throws Exception {
        Set<String> ids = new TreeSet<>(QueryFixture.ids(query));
        ids.removeIf(QueryFixture::isEdge);
        return ids;
    }

    private static Set<String> oracle(Predicate<Value> inOneValue) {
        Set<String> ids = new TreeSet<>();
        TEXT.forEach((id, values) -> {
            if (values.stream().anyMatch(inOneValue)) {
                ids.add(id);
            }
        });
        return ids;
    }

    private static String stem(String word) throws IOException {
        List<String> t = new QueryWords(AnalysisLanguage.ENGLISH)
                .word(word, FieldCode.Kind.TEXT).stream().map(AnalyzedTerms.Positioned::term).toList();
        assertEquals(1, t.size(), word);
        return t.get(0);
    }

    private static final String[][] PAIRS = {
        {"first", "second"}, {"layer", "substrate"}, {"signal", "circuit"}, {"light", "source"},
        {"data", "processing"}, {"battery", "cell"}, {"wherein", "comprising"}, {"surface", "portion"},
    };

    @Test
    void orderedAndUnorderedProximityMatchThePositions() throws Exception {
        int nonEmpty = 0;
        for (String[] pair : PAIRS) {
            String a = stem(pair[0]);
            String b = stem(pair[1]);
            for (int n : new int[] {1, 2, 3, 5, 10}) {
                Set<String> ordered = oracle(v -> v.of(a).stream().anyMatch(pa -> v.of(b).stream()
                        .anyMatch(pb -> pb > pa && pb - pa <= n)));
                assertEquals(ordered, realMatches(pair[0] + " W/" + n + " " + pair[1]), pair[0] + " W/" + n + " " + pair[1]);
                Set<String> unordered = oracle(v -> v.of(a).stream().anyMatch(pa -> v.of(b).stream()
                        .anyMatch(pb -> pb != pa && Math.abs(pb - pa) <= n)));
                assertEquals(unordered, realMatches(pair[0] + " NEAR/" + n + " " + pair[1]),
                        pair[0] + " NEAR/" + n + " " + pair[1]);
                nonEmpty += ordered.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(nonEmpty >= 30, "the pairs should match real documents: " + nonEmpty);
    }

    @Test
    void withAndSameMatchTheSentencesAndParagraphs() throws Exception {
        int differ = 0;
        for (String[] pair : PAIRS) {
            String a = stem(pair[0]);
            String b = stem(pair[1]);
            Set<String> with = oracle(v -> v.of(a).stream().anyMatch(pa -> v.of(b).stream()
                    .anyMatch(pb -> pb != pa && !v.markBetween(Math.min(pa, pb), Math.max(pa, pb)))));
            Set<String> same = oracle(v -> !v.of(a).isEmpty() && v.of(b).stream().anyMatch(pb -> !v.of(a).equals(List.of(pb))));
            assertEquals(with, realMatches(pair[0] + " WITH " + pair[1]), pair[0] + " WITH " + pair[1]);
            assertEquals(same, realMatches(pair[0] + " SAME " + pair[1]), pair[0] + " SAME " + pair[1]);
            Set<String> both = realMatches(pair[0] + " AND " + pair[1]);
            assertTrue(both.containsAll(same) && same.containsAll(with));
            differ += (both.size() > same.size() ? 1 : 0) + (same.size() > with.size() ? 1 : 0);
        }
        assertTrue(differ >= 10, "AND, SAME and WITH should tell real documents apart: " + differ);
    }

    @Test
    void phrasesMatchConsecutiveWordsAsWritten() throws Exception {
        for (String phrase : new String[] {"semiconductor substrate", "the first layer", "light emitting diode",
                "batteries", "is connected to"}) {
            String[] words = phrase.split(" ");
            Set<String> expected = oracle(v -> v.of("=" + words[0]).stream().anyMatch(p -> {
                for (int i = 1; i < words.length; i++) {
                    if (!v.has("=" + words[i], p + i)) {
                        return false;
                    }
                }
                return true;
            }));
            assertTrue(!expected.isEmpty(), phrase);
            assertEquals(expected, realMatches("\"" + phrase + "\""), phrase);
        }
        assertTrue(realMatches("battery").containsAll(realMatches("\"batteries\"")));
        assertTrue(realMatches("battery").size() > realMatches("\"batteries\"").size(), "the stem finds more");
    }

    @Test
    void truncationMatchesTheWordsAsWritten() throws Exception {
        Map<String, String> patterns = Map.of(
                "batter*", "batter.*",
                "*conduct*", ".*conduct.*",
                "electr?de", "electr.de",
                "*ization", ".*ization",
                "polym$2r", "polym.{0,2}r",
                "transist$", "transist.*",
                "optic$1", "optic.?");
        for (Map.Entry<String, String> p : patterns.entrySet()) {
            Pattern regex = Pattern.compile("=" + p.getValue());
            Set<String> words = VOCABULARY.stream().filter(t -> regex.matcher(t).matches()).collect(Collectors.toSet());
            Set<String> expected = oracle(v -> words.stream().anyMatch(v.at()::containsKey));
            assertTrue(expected.size() > 3, p.getKey());
            assertEquals(expected, realMatches(p.getKey()), p.getKey());
        }
    }

    @Test
    void classificationCodesMatchTheirHierarchy() throws Exception {
        Map<String, String> prefixes = Map.of(
                "H01L", "H01L.*",
                "H01L21", "H01L21/.*",
                "H01L21/02", "H01L21/02.*",
                "A61K", "A61K.*",
                "G06F3", "G06F3/.*",
                "H04", "H04.*",
                "B", "B.*");
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            Pattern regex = Pattern.compile(p.getValue());
            Set<String> expected = new TreeSet<>();
            META.forEach((id, doc) -> doc.cpc().forEach(c -> {
                if (regex.matcher(c).matches()) {
                    expected.add(id);
                }
            }));
            assertTrue(expected.size() > 3, p.getKey());
            assertEquals(expected, realMatches("CPC=" + p.getKey()), p.getKey());
        }
        // H01L21 is a main group: it must not take H01L210... or H01L2...
        assertTrue(realMatches("CPC=H01L2").isEmpty() || !realMatches("CPC=H01L2").equals(realMatches("CPC=H01L21")));
    }

    @Test
    void datesCompareByDay() throws Exception {
        record Case(String query, Predicate<LocalDate> holds) {
        }
        LocalDate d2010 = LocalDate.of(2010, 1, 1);
        List<Case> cases = List.of(
                new Case("PD<2010-01-01", d -> d.isBefore(d2010)),
                new Case("PD<=2010-01-05", d -> !d.isAfter(LocalDate.of(2010, 1, 5))),
                new Case("PD>2015", d -> d.getYear() > 2015),
                new Case("PD>=2015-06", d -> !d.isBefore(LocalDate.of(2015, 6, 1))),
                new Case("PD=2012", d -> d.getYear() == 2012),
                new Case("PD=2008-03..2011-02-15", d -> !d.isBefore(LocalDate.of(2008, 3, 1)) && !d.isAfter(LocalDate.of(2011, 2, 15))));
        for (Case c : cases) {
            Set<String> expected = new TreeSet<>();
            META.forEach((id, doc) -> {
                LocalDate pd = doc.publicationDate();
                if (pd != null && c.holds().test(pd)) {
                    expected.add(id);
                }
            });
            assertTrue(expected.size() > 10, c.query());
            assertEquals(expected, realMatches(c.query()), c.query());
        }
    }

    @Test
    void booleanOperatorsAreSetOperations() throws Exception {
        String[][] pairs = {{"battery", "electrode"}, {"signal", "antenna"}, {"polymer", "catalyst"}};
        Set<String> all = realMatches("NOT zzzzunseen");
        assertEquals(TEXT.keySet(), all);
        for (String[] p : pairs) {
            Set<String> a = realMatches(p[0]);
            Set<String> b = realMatches(p[1]);
            Set<String> union = new HashSet<>(a);
            union.addAll(b);
            Set<String> inter = new HashSet<>(a);
            inter.retainAll(b);
            Set<String> minus = new HashSet<>(a);
            minus.removeAll(b);
            Set<String> complement = new HashSet<>(TEXT.keySet());
            complement.removeAll(a);
            assertEquals(union, realMatches(p[0] + " OR " + p[1]));
            assertEquals(inter, realMatches(p[0] + " AND " + p[1]));
            assertEquals(inter, realMatches(p[0] + " " + p[1]));
            assertEquals(minus, realMatches(p[0] + " NOT " + p[1]));
            assertEquals(complement, realMatches("NOT " + p[0]));
            assertEquals(union, new TreeSet<>(QueryFixture.search(p[0] + " " + p[1],
                    QueryOptions.DEFAULT.withDefaultOperator(DefaultOperator.OR)).stream()
                    .filter(id -> !QueryFixture.isEdge(id)).toList()));
            assertTrue(!inter.isEmpty() && !minus.isEmpty(), p[0] + " " + p[1]);
        }
    }
}
