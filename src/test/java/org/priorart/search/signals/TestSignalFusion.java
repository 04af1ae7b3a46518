package org.priorart.search.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.engine.Ranking;
import org.priorart.error.UserInputException;

/** Fusion of named signal columns: normalizations, weights, contributions, ties; the weights file; the fit. */
class TestSignalFusion {

    private static Ranking ranking(String... keysAndScores) {
        List<Ranking.Entry> entries = new ArrayList<>();
        for (int i = 0; i < keysAndScores.length; i += 2) {
            entries.add(new Ranking.Entry(keysAndScores[i], Double.parseDouble(keysAndScores[i + 1]), Ranking.NO_PASSAGE));
        }
        return new Ranking(entries, entries.size(), true);
    }

    @Test
    void zScoreGivesAMissingCandidateTheListMinimumAndMinMaxGivesItZero() {
        List<String> candidates = List.of("a", "b", "c");
        Ranking.Ranks r = ranking("a", "3", "b", "1").ranks();
        double[] z = SignalColumn.of(Signal.KEYWORD, r, candidates, Normalization.ZSCORE, 1).normalized(60);
        assertEquals(1.0, z[0], 1e-12, "(3 - 2) / 1");
        assertEquals(-1.0, z[1], 1e-12);
        assertEquals(-1.0, z[2], 1e-12, "missing: at the list's minimum");
        double[] mm = SignalColumn.of(Signal.KEYWORD, r, candidates, Normalization.MINMAX, 1).normalized(60);
        assertEquals(List.of(1.0, 0.0, 0.0), List.of(mm[0], mm[1], mm[2]));
        double[] rrf = SignalColumn.of(Signal.KEYWORD, r, candidates, Normalization.RRF, 1).normalized(60);
        assertEquals(1.0 / 61, rrf[0], 1e-15, "rank only");
        assertEquals(1.0 / 62, rrf[1], 1e-15);
        assertEquals(0.0, rrf[2]);
        double[] raw = SignalColumn.of(Signal.APPLICANT, new double[] {1, Double.NaN, 0}, Normalization.RAW, 1).normalized(60);
        assertEquals(List.of(1.0, 0.0, 0.0), List.of(raw[0], raw[1], raw[2]));
    }

    @Test
    void gradedOverlapTellsHowDeepTheClosestCodesAgree() {
        List<String> query = List.of("H01M10/05");
        assertEquals(1.0, Codes.graded(query, List.of("H01M 10/05", "G06F17/00")), 1e-12, "the same code (spaces ignored)");
        assertEquals(0.75, Codes.graded(query, List.of("H01M10/04")), 1e-12, "the same main group");
        assertEquals(0.5, Codes.graded(query, List.of("H01M4/38")), 1e-12, "the same subclass");
        assertEquals(0.25, Codes.graded(query, List.of("H01B1/00")), 1e-12, "the same class");
        assertEquals(0.0, Codes.graded(query, List.of("G06F17/00")), 1e-12);
        assertEquals(0.0, Codes.graded(query, List.of()), 1e-12);
        assertEquals((1.0 + 0.5) / 2, Codes.graded(List.of("H01M10/05", "H01M4/36"), List.of("H01M10/05")), 1e-12,
                "averaged over the query's codes");
        assertEquals(0.25, Codes.graded(List.of("H01M10/05"), List.of("H01")), 1e-12, "a bare class agrees at the class");
    }

    @Test
    void theCentroidOfTheTaggedPassagesIsUnitLength() {
        float[] c = FeedbackVectors.centroid(List.of(List.of(new float[] {1, 0}), List.of(new float[] {0, 1}, new float[] {0, 1})));
        assertEquals(1 / Math.sqrt(5), c[0], 1e-6, "each passage weighs the same: (1, 2) / sqrt 5");
        assertEquals(2 / Math.sqrt(5), c[1], 1e-6);
        assertNull(FeedbackVectors.centroid(List.of(List.of())), "no vectors, no centroid");
    }

    @Test
    void aThirdSignalMovesTheRankingAndEveryPartIsExplained() {
        List<String> candidates = List.of("a", "b");
        Ranking.Ranks kw = ranking("a", "2", "b", "1").ranks();
        Ranking.Ranks sem = ranking("a", "0.9", "b", "0.8").ranks();
        List<SignalColumn> two = List.of(SignalColumn.of(Signal.KEYWORD, kw, candidates, Normalization.ZSCORE, 0.5),
                SignalColumn.of(Signal.SEMANTIC, sem, candidates, Normalization.ZSCORE, 0.5));
        assertEquals("a", SignalFusion.fuse(candidates, two, 60).get(0).key());
        List<SignalColumn> three = new ArrayList<>(two);
        three.add(SignalColumn.of(Signal.CIT_COUPLING, new double[] {0, 1}, Normalization.RAW, 3));
        List<SignalFusion.Scored> fused = SignalFusion.fuse(candidates, three, 60);
        assertEquals("b", fused.get(0).key(), "b: -1 (text) + 3 (coupling) beats a: +1");
        SignalFusion.Scored b = fused.get(0);
        assertEquals(2.0, b.score(), 1e-12);
        assertEquals(3.0, b.contribution(Signal.CIT_COUPLING), 1e-12);
        SignalPart coupling = b.parts().get(2);
        assertEquals(new SignalPart("cit_coupling", 1.0, 1.0, 3.0, 3.0), coupling);
        List<String> withZ = List.of("a", "z");
        SignalPart missing = SignalFusion.fuse(withZ, List.of(SignalColumn.of(Signal.KEYWORD, kw, withZ, Normalization.ZSCORE, 1)),
                60).get(1).parts().get(0);
        assertNull(missing.raw(), "z is in neither list: no raw value");
    }

    @Test
    void tiesGoToTheBetterKeywordRankThenTheBetterSemanticRank() {
        List<String> candidates = List.of("a", "b", "c");
        Ranking.Ranks kw = ranking("b", "1", "a", "1").ranks();
        Ranking.Ranks sem = ranking("c", "1", "a", "1", "b", "1").ranks();
        List<SignalColumn> cols = List.of(SignalColumn.of(Signal.KEYWORD, kw, candidates, Normalization.ZSCORE, 0.5),
                SignalColumn.of(Signal.SEMANTIC, sem, candidates, Normalization.ZSCORE, 0.5));
        assertEquals(List.of("b", "a", "c"), SignalFusion.fuse(candidates, cols, 60).stream().map(SignalFusion.Scored::key).toList());
    }

    @Test
    void signalGroupsAreParsedAndABadOneIsNamed() {
        assertEquals(SignalGroup.TEXT, SignalGroup.parseList("keyword, SEMANTIC"));
        assertEquals(SignalGroup.ALL, SignalGroup.parseList("all"));
        assertEquals("keyword+semantic+citations", SignalGroup.name(SignalGroup.parseList("citations+keyword,semantic")));
        UserInputException e = assertThrows(UserInputException.class, () -> SignalGroup.parseList("keyword,citatoins"));
        assertTrue(e.getMessage().contains("'citatoins'"), e.getMessage());
        assertThrows(UserInputException.class, () -> SignalGroup.parseList("keyword,,semantic"));
    }

    @Test
    void theBuiltInWeightsFileWeighsEveryFittedSignalAndABadFileIsNamed(@TempDir Path tmp) throws Exception {
        FusionWeights w = FusionWeights.DEFAULT;
        for (Signal s : Signal.values()) {
            assertTrue(w.weights().containsKey(s), "the weights file weighs " + s.lowerName());
        }
        Path bad = Files.writeString(tmp.resolve("w.json"), "{\"weights\": {\"keyword\": 1, \"ipc_grup\": 2}}");
        UserInputException e = assertThrows(UserInputException.class, () -> FusionWeights.read(bad));
        assertTrue(e.getMessage().contains("ipc_grup") && e.getMessage().contains("w.json"), e.getMessage());
        Path text = Files.writeString(tmp.resolve("t.json"), "{\"weights\": {\"keyword\": \"high\"}}");
        assertThrows(UserInputException.class, () -> FusionWeights.read(text));
        Path good = Files.writeString(tmp.resolve("g.json"), new ObjectMapper().writeValueAsString(
                java.util.Map.of("version", "test", "weights", java.util.Map.of("keyword", 2.5))));
        assertEquals(2.5, FusionWeights.read(good).weight(Signal.KEYWORD));
        assertEquals(0.0, FusionWeights.read(good).weight(Signal.SEMANTIC), "a signal the file does not weigh gets 0");
    }

    @Test
    void logisticRegressionWeighsTheInformativeFeatureAndShrinksWithLambda() {
        Random random = new Random(3);
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            boolean relevant = i % 50 == 0;
            x.add(new double[] {relevant ? 1 + random.nextGaussian() * 0.5 : random.nextGaussian() * 0.5, random.nextGaussian()});
            y.add(relevant);
        }
        double[] w = LogisticFit.fit(x, y, 1);
        assertTrue(w[0] > 2, "informative: " + w[0]);
        assertTrue(Math.abs(w[1]) < w[0] / 2, "noise: " + w[1]);
        double[] shrunk = LogisticFit.fit(x, y, 1000);
        assertTrue(shrunk[0] > 0 && shrunk[0] < w[0], "the penalty shrinks it: " + shrunk[0]);
        assertThrows(IllegalArgumentException.class, () -> LogisticFit.fit(x.subList(1, 10), y.subList(1, 10), 1),
                "no relevant example");
        double[] solved = LogisticFit.solve(new double[][] {{2, 1}, {1, 3}}, new double[] {3, 5});
        assertEquals(0.8, solved[0], 1e-12);
        assertEquals(1.4, solved[1], 1e-12);
    }
}
