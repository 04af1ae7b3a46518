package org.priorart.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.priorart.bench.opensearch.KeyFusion;
import org.priorart.bench.opensearch.RankedKey;
import org.priorart.engine.Ranking;

/**
 * The latency benchmark fuses OpenSearch's two rankings on the client ({@link KeyFusion}, by key);
 * it must fuse exactly as PriorArt's {@link FusionRanker} does, or the two hybrid
 * figures would not measure the same work. Here, beside FusionRanker because that is package-private.
 */
class TestKeyFusionAgreement {

    @Test
    void clientFusionOrdersAndScoresLikePriorArtsFusion() {
        Random random = new Random(15);
        for (int trial = 0; trial < 50; trial++) {
            List<Ranking.Entry> keyword = new ArrayList<>();
            List<Ranking.Entry> semantic = new ArrayList<>();
            Set<Integer> inKeyword = new HashSet<>();
            Set<Integer> inSemantic = new HashSet<>();
            List<RankedKey> keywordKeys = new ArrayList<>();
            List<RankedKey> semanticKeys = new ArrayList<>();
            double bm25 = 40 + random.nextDouble() * 20;
            for (int rank = 0; rank < 1 + random.nextInt(120); rank++) {
                int doc = random.nextInt(300);
                bm25 -= random.nextDouble();
                if (inKeyword.add(doc)) {
                    keyword.add(new Ranking.Entry("d" + doc, bm25, Ranking.NO_PASSAGE));
                    keywordKeys.add(new RankedKey("d" + doc, bm25));
                }
            }
            double cosine = 0.95;
            for (int rank = 0; rank < random.nextInt(120); rank++) {
                int doc = random.nextInt(300);
                cosine -= random.nextDouble() * 0.004;
                if (inSemantic.add(doc)) {
                    semantic.add(new Ranking.Entry("d" + doc, cosine, doc + 1000));
                    semanticKeys.add(new RankedKey("d" + doc, cosine));
                }
            }
            for (Fusion fusion : List.of(Fusion.DEFAULT, new Fusion(Fusion.Method.RRF, 0.5, 60, 100),
                    new Fusion(Fusion.Method.MINMAX, 0.3, 60, 100), new Fusion(Fusion.Method.ZSCORE, 0.8, 60, 100))) {
                List<FusionRanker.Fused> expected = FusionRanker.fuse(
                        new Ranking(keyword, keyword.size(), true).ranks(), new Ranking(semantic, semantic.size(), true).ranks(), fusion);
                List<RankedKey> actual = KeyFusion.fuse(keywordKeys, semanticKeys, fusion);
                assertEquals(expected.size(), actual.size(), "candidates, " + fusion);
                for (int i = 0; i < expected.size(); i++) {
                    assertEquals(expected.get(i).key(), actual.get(i).key(), "rank " + (i + 1) + ", trial " + trial + ", " + fusion);
                    assertEquals(expected.get(i).score(), actual.get(i).score(), 1e-12);
                }
            }
        }
    }
}
