/*
 * Lucene-level experiments behind docs/performance-notes.md: the same rankings as PriorArt's, built in
 * other shapes, timed side by side on one index, with a check that they rank alike. Not part of the
 * product (ranking code is not changed here); run from the repository root after a build:
 *
 *   java -cp 'target/priorart.jar:target/lib/*' --add-modules jdk.incubator.vector \
 *       scripts/perf/QueryShapes.java keyword  INDEX TOPICS [N]   # free-text BM25 shapes
 *   java -cp ... scripts/perf/QueryShapes.java semantic INDEX TOPICS [N]   # kNN with and without filter
 *   java -cp ... scripts/perf/QueryShapes.java merge    INDEX             # force-merges INDEX to one segment (a copy!)
 *   java -cp ... scripts/perf/QueryShapes.java indexes  TOPICS N INDEX...  # PriorArt's keyword query on several indexes
 *
 * TOPICS is a topic file as eval reads it (e.g. data/eval/paper-queries-sample.jsonl: title + abstract).
 */
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.join.DiversifyingChildrenFloatKnnVectorQuery;
import org.priorart.config.FieldWeights;
import org.priorart.embed.Embedder;
import org.priorart.embed.ModelManifest;
import org.priorart.embed.ModelSpec;
import org.priorart.eval.Topic;
import org.priorart.eval.TopicReader;
import org.priorart.index.IndexFields;
import org.priorart.index.PatentIndex;
import org.priorart.search.KeywordQueryBuilder;

public class QueryShapes {

    static final int ROUNDS = 3;
    static final int WARMUP = 10;

    public static void main(String[] args) throws Exception {
        if (args[0].equals("indexes")) {
            indexes(args);
            return;
        }
        Path index = Path.of(args[1]);
        if (args[0].equals("merge")) {
            try (PatentIndex p = PatentIndex.openWritable(index)) {
                long t = System.nanoTime();
                p.writer().forceMerge(1);
                p.commit();
                System.out.printf("merged %s to one segment in %.0f s%n", index, (System.nanoTime() - t) / 1e9);
            }
            return;
        }
        List<String> texts = TopicReader.read(Path.of(args[2])).stream().map(Topic::text).toList();
        texts = texts.subList(0, Math.min(texts.size(), args.length > 3 ? Integer.parseInt(args[3]) : 100));
        try (PatentIndex patents = PatentIndex.openReadOnly(index)) {
            IndexSearcher searcher = patents.searchers().acquire();
            try {
                System.out.printf("%s: %,d docs (%,d patents), %d segments, %d queries, best of %d rounds per query%n", index,
                        searcher.getIndexReader().maxDoc(), patents.patentCount(), searcher.getIndexReader().leaves().size(),
                        texts.size(), ROUNDS);
                if (args[0].equals("keyword")) {
                    keyword(searcher, texts);
                } else {
                    semantic(searcher, patents, texts);
                }
            } finally {
                patents.searchers().release(searcher);
            }
        }
    }

    // ---- keyword -------------------------------------------------------------------------------

    static final Query PATENTS = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PATENT));

    static void keyword(IndexSearcher searcher, List<String> texts) throws Exception {
        FieldWeights weights = FieldWeights.DEFAULT;
        KeywordQueryBuilder builder = new KeywordQueryBuilder(weights);
        IndexReader reader = searcher.getIndexReader();
        List<Query> priorArt = new ArrayList<>();
        double[] build = new double[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            long t = System.nanoTime();
            priorArt.add(builder.build(texts.get(i), reader));
            build[i] = ms(t);
        }
        System.out.printf("  building the query (analysis, idf cut): p50 %.2f ms, mean %.2f ms%n", p50(build), mean(build));
        BitSetFilter patentBits = new BitSetFilter(PATENTS);
        Map<String, Function<Query, Query>> shapes = new LinkedHashMap<>();
        shapes.put("PriorArt: term-major (per term: 4 fields), FILTER type:patent", q -> filtered(q, PATENTS));
        shapes.put("same, FILTER a cached bit set of the patents", q -> filtered(q, patentBits));
        shapes.put("same without the filter", q -> q);
        shapes.put("field-major (per field: its terms), FILTER type:patent", q -> filtered(fieldMajor(q, weights), PATENTS));
        shapes.put("field-major without the filter", q -> fieldMajor(q, weights));
        shapes.put("flat (one clause per term and field), FILTER type:patent", q -> filtered(flat(q, weights), PATENTS));
        shapes.put("flat without the filter", q -> flat(q, weights));
        List<String> names = new ArrayList<>(shapes.keySet());
        for (int depth : new int[] {100, 1000}) {
            System.out.printf("%n  depth %d (counting up to 1,000 hits, as PriorArt)   search p50   mean   weight p50   top-%d same as PriorArt%n",
                    depth, depth);
            double[][] search = new double[names.size()][texts.size()];
            double[][] weight = new double[names.size()][texts.size()];
            List<List<ScoreDoc[]>> results = new ArrayList<>();
            names.forEach(n -> results.add(new ArrayList<>()));
            for (int i = -WARMUP; i < texts.size(); i++) {
                int query = Math.floorMod(i, texts.size());
                for (int step = 0; step < names.size(); step++) {
                    int s = Math.floorMod(query + step, names.size()); // which shape goes first rotates: drift falls on all
                    Query q = shapes.get(names.get(s)).apply(priorArt.get(query));
                    double bestSearch = Double.MAX_VALUE;
                    double bestWeight = Double.MAX_VALUE;
                    TopDocs top = null;
                    for (int r = 0; r < ROUNDS; r++) {
                        long t = System.nanoTime();
                        searcher.createWeight(searcher.rewrite(q), ScoreMode.TOP_SCORES, 1);
                        bestWeight = Math.min(bestWeight, ms(t));
                        t = System.nanoTime();
                        top = searcher.search(q, new TopScoreDocCollectorManager(depth, 1000));
                        bestSearch = Math.min(bestSearch, ms(t));
                    }
                    if (i >= 0) {
                        search[s][query] = bestSearch;
                        weight[s][query] = bestWeight;
                        results.get(s).add(top.scoreDocs);
                    }
                }
            }
            for (int s = 0; s < names.size(); s++) {
                System.out.printf("  %-62s %7.1f %7.1f %9.1f      %s%n", names.get(s), p50(search[s]), mean(search[s]),
                        p50(weight[s]), agreement(results.get(0), results.get(s)));
            }
        }
    }

    /** A filter that matches the documents of a cached per-segment bit set (what a join's parent filter is). */
    static final class BitSetFilter extends Query {
        private final org.apache.lucene.search.join.BitSetProducer bits;

        BitSetFilter(Query parents) {
            this.bits = new org.apache.lucene.search.join.QueryBitSetProducer(parents);
        }

        @Override
        public org.apache.lucene.search.Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
            return new org.apache.lucene.search.ConstantScoreWeight(this, boost) {
                @Override
                public org.apache.lucene.search.ScorerSupplier scorerSupplier(org.apache.lucene.index.LeafReaderContext leaf)
                        throws java.io.IOException {
                    org.apache.lucene.util.BitSet set = bits.getBitSet(leaf);
                    if (set == null) {
                        return null;
                    }
                    var scorer = new org.apache.lucene.search.ConstantScoreScorer(score(), scoreMode,
                            new org.apache.lucene.util.BitSetIterator(set, set.approximateCardinality()));
                    return new org.apache.lucene.search.Weight.DefaultScorerSupplier(scorer);
                }

                @Override
                public boolean isCacheable(org.apache.lucene.index.LeafReaderContext leaf) {
                    return false;
                }
            };
        }

        @Override
        public String toString(String field) {
            return "BitSetFilter";
        }

        @Override
        public void visit(org.apache.lucene.search.QueryVisitor visitor) {
            visitor.visitLeaf(this);
        }

        @Override
        public boolean equals(Object o) {
            return o == this;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    static Query filtered(Query text, Query filter) {
        return new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST).add(filter, BooleanClause.Occur.FILTER).build();
    }

    /** The (term, field, boost) triples of PriorArt's query: BoostQuery(occurrences, BooleanQuery(BoostQuery(weight, TermQuery))). */
    record Clause(Term term, float boost) {
    }

    static List<Clause> clauses(Query priorArt) {
        List<Clause> out = new ArrayList<>();
        for (BooleanClause perTerm : ((BooleanQuery) priorArt).clauses()) {
            Query q = perTerm.query();
            float occurrences = 1;
            if (q instanceof BoostQuery b) {
                occurrences = b.getBoost();
                q = b.getQuery();
            }
            for (BooleanClause perField : ((BooleanQuery) q).clauses()) {
                BoostQuery field = (BoostQuery) perField.query();
                out.add(new Clause(((TermQuery) field.getQuery()).getTerm(), occurrences * field.getBoost()));
            }
        }
        return out;
    }

    static Query flat(Query priorArt, FieldWeights weights) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Clause c : clauses(priorArt)) {
            b.add(new BoostQuery(new TermQuery(c.term()), c.boost()), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    static Query fieldMajor(Query priorArt, FieldWeights weights) {
        Map<String, BooleanQuery.Builder> perField = new LinkedHashMap<>();
        for (Clause c : clauses(priorArt)) {
            float w = weights.asMap().get(c.term().field());
            perField.computeIfAbsent(c.term().field(), f -> new BooleanQuery.Builder())
                    .add(new BoostQuery(new TermQuery(c.term()), c.boost() / w), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        perField.forEach((field, q) -> b.add(new BoostQuery(q.build(), weights.asMap().get(field)), BooleanClause.Occur.SHOULD));
        return b.build();
    }

    /** How many queries rank the same documents in the same order (and the largest score difference). */
    static String agreement(List<ScoreDoc[]> a, List<ScoreDoc[]> b) {
        int same = 0;
        double maxDiff = 0;
        for (int i = 0; i < a.size(); i++) {
            int[] da = Arrays.stream(a.get(i)).mapToInt(d -> d.doc).toArray();
            int[] db = Arrays.stream(b.get(i)).mapToInt(d -> d.doc).toArray();
            if (Arrays.equals(da, db)) {
                same++;
            }
            for (int j = 0; j < Math.min(a.get(i).length, b.get(i).length); j++) {
                maxDiff = Math.max(maxDiff, Math.abs(a.get(i)[j].score - b.get(i)[j].score) / Math.max(1e-9, a.get(i)[j].score));
            }
        }
        return String.format("%d/%d (score diff <= %.1e)", same, a.size(), maxDiff);
    }

    /** PriorArt's keyword query (its shape and filter) on each index, interleaved query by query. */
    static void indexes(String[] args) throws Exception {
        List<String> texts = TopicReader.read(Path.of(args[1])).stream().map(Topic::text).toList();
        texts = texts.subList(0, Math.min(texts.size(), Integer.parseInt(args[2])));
        List<PatentIndex> indexes = new ArrayList<>();
        List<IndexSearcher> searchers = new ArrayList<>();
        for (int a = 3; a < args.length; a++) {
            PatentIndex p = PatentIndex.openReadOnly(Path.of(args[a]));
            indexes.add(p);
            searchers.add(p.searchers().acquire());
        }
        KeywordQueryBuilder builder = new KeywordQueryBuilder(FieldWeights.DEFAULT);
        for (int depth : new int[] {100, 1000}) {
            double[][] search = new double[indexes.size()][texts.size()];
            for (int i = -WARMUP; i < texts.size(); i++) {
                int query = Math.floorMod(i, texts.size());
                for (int step = 0; step < indexes.size(); step++) {
                    int x = Math.floorMod(query + step, indexes.size());
                    IndexSearcher searcher = searchers.get(x);
                    double best = Double.MAX_VALUE;
                    for (int r = 0; r < ROUNDS; r++) {
                        long t = System.nanoTime();
                        Query q = filtered(builder.build(texts.get(query), searcher.getIndexReader()), PATENTS);
                        searcher.search(q, new TopScoreDocCollectorManager(depth, 1000));
                        best = Math.min(best, ms(t));
                    }
                    if (i >= 0) {
                        search[x][query] = best;
                    }
                }
            }
            System.out.printf("%n  depth %d, PriorArt's keyword query (built and searched)        p50    mean%n", depth);
            for (int x = 0; x < indexes.size(); x++) {
                var reader = searchers.get(x).getIndexReader();
                System.out.printf("  %-40s %,7d docs %2d segments  %7.1f %7.1f%n", indexes.get(x).path(), reader.maxDoc(),
                        reader.leaves().size(), p50(search[x]), mean(search[x]));
            }
        }
        for (int x = 0; x < indexes.size(); x++) {
            indexes.get(x).searchers().release(searchers.get(x));
            indexes.get(x).close();
        }
    }

    // ---- semantic ------------------------------------------------------------------------------

    static void semantic(IndexSearcher searcher, PatentIndex patents, List<String> texts) throws Exception {
        ModelManifest manifest = ModelManifest.load(Path.of("models"));
        ModelSpec model = manifest.defaultModel();
        String field = IndexFields.vectorField(model.name());
        List<float[]> vectors = new ArrayList<>();
        try (Embedder embedder = Embedder.open(manifest, model, 2)) {
            for (String t : texts) {
                vectors.add(embedder.embedQuery(t));
            }
        }
        Query passages = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PASSAGE));
        for (int k : new int[] {100, 1000}) {
            System.out.printf("%n  k %d (diversified by patent)                              search p50   mean   top-%d same as PriorArt%n", k, k);
            Map<String, Function<float[], Query>> shapes = new LinkedHashMap<>();
            shapes.put("PriorArt: filter type:passage", v -> new DiversifyingChildrenFloatKnnVectorQuery(field, v, passages, k, patents.patentBits()));
            shapes.put("no filter (only passages have vectors)", v -> new DiversifyingChildrenFloatKnnVectorQuery(field, v, null, k, patents.patentBits()));
            List<String> names = new ArrayList<>(shapes.keySet());
            double[][] search = new double[names.size()][texts.size()];
            List<List<ScoreDoc[]>> results = new ArrayList<>();
            names.forEach(n -> results.add(new ArrayList<>()));
            for (int i = -WARMUP; i < texts.size(); i++) {
                int query = Math.floorMod(i, texts.size());
                for (int step = 0; step < names.size(); step++) {
                    int s = Math.floorMod(query + step, names.size());
                    double best = Double.MAX_VALUE;
                    TopDocs top = null;
                    for (int r = 0; r < ROUNDS; r++) {
                        long t = System.nanoTime();
                        top = searcher.search(shapes.get(names.get(s)).apply(vectors.get(query)), k);
                        best = Math.min(best, ms(t));
                    }
                    if (i >= 0) {
                        search[s][query] = best;
                        results.get(s).add(top.scoreDocs);
                    }
                }
            }
            for (int s = 0; s < names.size(); s++) {
                System.out.printf("  %-62s %7.1f %7.1f      %s%n", names.get(s), p50(search[s]), mean(search[s]),
                        agreement(results.get(0), results.get(s)));
            }
        }
    }

    // ---- figures -------------------------------------------------------------------------------

    static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    static double p50(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[(s.length - 1) / 2];
    }

    static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(0);
    }
}
