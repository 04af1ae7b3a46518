#!/usr/bin/env python3
"""Where a PriorArt search spends its time, from a JFR recording (docs/performance-notes.md).

    PRIORART_JAVA_OPTS="-XX:StartFlightRecording=filename=kw.jfr,settings=profile" \
      ./priorart bench latency --index IDX --sets long --modes keyword --repeat 3
    scripts/jfr-summary.py kw.jfr [--top 12] [--threads main,priorart-ranking]

Reads the Java execution samples (jdk.ExecutionSample) and the samples of threads in native code
(jdk.NativeMethodSample: ONNX Runtime) of the search threads, and prints: each sample's phase (the
innermost PriorArt step on its stack: query building, keyword ranking, nearest neighbours, snippets,
...), the part of Lucene it was in (term lookups, postings set-up, scoring, HNSW, ...), and the
methods that ran (self time), overall and per phase.
"""
import argparse
import collections
import json
import os
import shutil
import subprocess
import sys

# The innermost frame that matches names the phase (the first phase in this list that matches it).
PHASES = [
    ("query embedding (Java side; ONNX Runtime is native)", ["org.priorart.embed.Embedder."]),
    ("free text to query (analysis, term weights)", ["org.priorart.search.KeywordQueryBuilder."]),
    ("language detection", ["org.priorart.analysis.LanguageDetector."]),
    ("examiner query", ["org.priorart.query."]),
    ("ids from doc values", ["org.priorart.search.DocKeys."]),
    ("semantic coverage", ["org.priorart.index.Coverage.", "org.priorart.search.SearchService.coverage"]),
    ("snippets", ["org.priorart.search.SnippetHighlighter."]),
    ("hits (stored fields, metadata JSON)", ["org.priorart.search.SearchService.hits", "org.priorart.search.SearchService.candidates",
                                              "org.priorart.search.SearchService.explain"]),
    ("fusion", ["org.priorart.search.FusionRanker."]),
    ("keyword ranking (Lucene)", ["org.priorart.search.SearchService.keywordRanking"]),
    ("nearest neighbours (Lucene kNN)", ["org.priorart.search.SemanticRanker.rank"]),
]

# Only samples inside a search count: the search service's methods are on their stack.
SEARCH = "org.priorart.search.SearchService."

# Within a phase: the innermost frame that matches names the part of Lucene (or the JDK) it was in.
PARTS = [
    ("term lookups (terms dictionary)", ["org.apache.lucene.index.TermStates.", ".blocktree.", "TermsEnum.seekExact"]),
    ("postings set-up (per term, field and segment)", ["PostingsReader$BlockPostingsEnum.<init>", "PostingsReader.postings",
                                                        "PostingsReader.impacts", "BlockPostingsEnum.reset"]),
    ("exact kNN (filter too selective)", ["AbstractKnnVectorQuery.exactSearch", "KnnVectorQuery.exactSearch"]),
    ("HNSW graph search", ["HnswGraphSearcher", "HnswGraph", "KnnCollector", "TopKnnCollector", "DiversifyingNearestChildren",
                           "NeighborQueue"]),
    ("vector scoring", ["VectorScorer", "ScalarQuantized", "OptimizedScalarQuantizer", "VectorUtil.dotProduct",
                        "VectorUtil.uint8", "VectorUtil.int", "VectorUtilSupport.dotProduct", "VectorUtilSupport.uint8",
                        "VectorUtilSupport.int", "squareDistance"]),
    ("filter and parent bit sets", ["QueryBitSetProducer", "BitSetProducer", "FixedBitSet", "SparseFixedBitSet", "BitSet.of",
                                    "ToChildBlockJoin", "ToParentBlockJoin", "createBitSet"]),
    ("the type filter (FILTER clause iteration)", ["FilterDocIdSetIterator", "scoreInnerWindowWithFilter"]),
    ("scoring and skipping (MaxScore, WAND, BM25)", ["MaxScoreBulkScorer", "WANDScorer", "BlockMaxConjunction", "TermScorer",
                                                     "BM25Similarity", "ImpactsDISI", "DisiPriorityQueue", "DisjunctionSumScorer",
                                                     "DisjunctionScorer", "ConjunctionDISI", "Lucene104PostingsReader",
                                                     "BooleanScorer", "MaxScoreAccumulator", "DenseConjunctionBulkScorer"]),
    ("collecting top hits", ["TopScoreDocCollector", "TopDocsCollector", "HitQueue", "PriorityQueue"]),
    ("query rewrite and weights", ["Query.rewrite", "BooleanQuery.rewrite", "createWeight", "BooleanWeight", "scorerSupplier",
                                   "IndexSearcher.rewrite"]),
    ("norms (BM25 field lengths; sparse where passages lack the field)", ["NormsProducer", "NormValues", "getNormValues"]),
    ("doc values", ["DocValuesProducer", "SortedDocValues", "NumericDocValues", "DocValues."]),
    ("sparse field iteration (IndexedDISI)", ["IndexedDISI"]),
    ("stored fields", ["StoredFields", "LZ4", "StoredFieldsReader"]),
    ("analysis (tokenizer, filters)", ["org.apache.lucene.analysis.", "org.priorart.analysis."]),
    ("highlighter", ["org.apache.lucene.search.uhighlight.", "BreakIterator"]),
    ("JSON", ["com.fasterxml.jackson."]),
    ("ONNX Runtime (Java side)", ["ai.onnxruntime.", "ai.djl."]),
    ("memory segments (MMapDirectory)", ["jdk.internal.foreign.", "MemorySegmentIndexInput"]),
]


def jfr_tool():
    home = os.environ.get("JAVA_HOME")
    for candidate in ([os.path.join(home, "bin", "jfr")] if home else []) + [shutil.which("jfr") or ""]:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    sys.exit("error: no 'jfr' tool: set JAVA_HOME to a JDK 21 or newer")


def frame_name(frame):
    method = frame["method"]
    return method["type"]["name"].replace("/", ".") + "." + method["name"]


# Parts that name where the bytes were read, not what Lucene was doing: used only when nothing else matches.
GENERIC = {"memory segments (MMapDirectory)", "JSON", "sparse field iteration (IndexedDISI)"}


def classify(frames, table):
    fallback = None
    for frame in frames:  # leaf first: the innermost match
        name = frame_name(frame)
        for label, markers in table:
            if any(m in name for m in markers):
                if label not in GENERIC:
                    return label
                fallback = fallback or label
    return fallback


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("recording")
    parser.add_argument("--top", type=int, default=12, help="methods per list (default 12)")
    parser.add_argument("--native-weight", type=float, default=2.0,
                        help="weight of a native sample against a Java one (default 2: JFR's 'profile' settings sample "
                             "Java code every 10 ms and native code every 20 ms)")
    parser.add_argument("--threads", default="main,priorart-ranking",
                        help="threads whose samples count, by Java name prefix (default main,priorart-ranking)")
    args = parser.parse_args()
    threads = [t for t in args.threads.split(",") if t]
    out = subprocess.run([jfr_tool(), "print", "--json", "--stack-depth", "128", "--events",
                          "jdk.ExecutionSample,jdk.NativeMethodSample", args.recording],
                         check=True, capture_output=True, text=True).stdout
    events = json.loads(out)["recording"]["events"]
    phases = collections.Counter()
    parts = collections.defaultdict(collections.Counter)
    methods = collections.Counter()
    methods_by_phase = collections.defaultdict(collections.Counter)
    per_thread = collections.Counter()
    total = 0
    for e in events:
        values = e["values"]
        thread = (values.get("sampledThread") or {}).get("javaName") or ""
        if not any(thread.startswith(t) for t in threads):
            continue
        frames = (values.get("stackTrace") or {}).get("frames") or []
        if not frames:
            continue
        if not any(frame_name(f).startswith(SEARCH) for f in frames):
            continue  # not inside a search: start-up, the benchmark's own embeddings made apart, OpenSearch's client
        native = e["type"] == "jdk.NativeMethodSample"
        weight = args.native_weight if native else 1.0
        phase = classify(frames, PHASES) or "other"
        total += weight
        per_thread[thread] += weight
        phases[phase + (" [native]" if native else "")] += weight
        parts[phase][classify(frames, PARTS) or ("native code" if native else "other")] += weight
        leaf = frame_name(frames[0]) + (" [native]" if native else "")
        methods[leaf] += weight
        methods_by_phase[phase][leaf] += weight
    if total == 0:
        sys.exit("no samples of the threads " + ",".join(threads) + " in " + args.recording)
    print(f"{args.recording}: {total:.0f} samples inside searches, native ones weighted {args.native_weight:g} "
          f"({', '.join(f'{t} {n:.0f}' for t, n in per_thread.most_common())})")
    print("\nphase (innermost PriorArt step on the stack)                 samples  share")
    for phase, n in phases.most_common():
        print(f"  {phase:<58} {n:7.0f} {100.0 * n / total:5.1f}%")
    for phase, _ in collections.Counter({p.replace(' [native]', ''): n for p, n in phases.items()}).most_common():
        counted = sum(parts[phase].values())
        if counted < 0.03 * total:
            continue
        print(f"\n{phase}: {counted:.0f} samples ({100.0 * counted / total:.1f}%)")
        for part, n in parts[phase].most_common(8):
            print(f"    {part:<56} {100.0 * n / counted:5.1f}%")
        print("  methods (self):")
        for m, n in methods_by_phase[phase].most_common(args.top // 2 + 2):
            print(f"    {m[-90:]:<90} {100.0 * n / counted:5.1f}%")
    print("\nmethods (self time, all phases):")
    for m, n in methods.most_common(args.top):
        print(f"  {m[-100:]:<100} {100.0 * n / total:5.1f}%")


if __name__ == "__main__":
    main()
