package org.priorart.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.priorart.config.ClusterWork;
import org.priorart.config.PriorArtConfig;
import org.priorart.embed.VectorModels;
import org.priorart.engine.Coverage;
import org.priorart.engine.SearchEngine;
import org.priorart.engine.lucene.LuceneVectorCache;
import org.priorart.index.EmbeddingProgress;
import org.priorart.index.EmbeddingStage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code priorart embed}: computes the passage vectors of the patents that have none yet. */
@Command(name = "embed", mixinStandardHelpOptions = true,
        description = {"Embed the passages of every patent not embedded yet.",
                "Passages: title + abstract and each independent claim. Resumable: run it again after an interruption. Vectors of unchanged passages come from the cache.",
                "On a cluster (--backend opensearch) several embed processes may run at once, on several machines: each claims "
                        + "patents without vectors, embeds them and writes them back; a killed worker's claims are taken over when its lease expires."})
final class EmbedCommand implements Callable<Integer> {

    @Option(names = "--model", paramLabel = "NAME", description = "Embedding model for English and other languages (default: $PRIORART_MODEL or the manifest's default).")
    String model;

    @Option(names = "--threads", paramLabel = "N", description = "ONNX Runtime threads (default: $PRIORART_EMBED_THREADS or all cores).")
    Integer threads;

    @Option(names = "--reset", description = "Drop vectors made by another model and embed again with this one.")
    boolean reset;

    @Option(names = "--worker", paramLabel = "NAME", description = "This worker's name among several on a cluster (default: host-pid).")
    String worker;

    @Option(names = "--lease", paramLabel = "SECONDS", description = "How long a worker's claim on a patent holds without renewal; "
            + "a killed worker's claims are taken over after it (default: 120).")
    Integer leaseSeconds;

    @Option(names = "--vector-cache-from", paramLabel = "DIR", description = "First copy the vector cache of the embedded "
            + "index in DIR into this index's cache (moving an embedded index to a cluster: its passages are then embedded "
            + "from the cache, not computed again). Keys are the model and the passage text, so only vectors of the same "
            + "model and text are reused.")
    Path vectorCacheFrom;

    @Mixin
    PriorArtCli.IndexOption index;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PriorArtConfig config = index.config().withModel(model).withEmbedThreads(threads);
        try (SearchEngine engine = Services.openWritable(config);
             VectorModels models = Services.models(config, config.embedThreads())) {
            String name = worker != null ? worker : EmbeddingStage.processWorkerName();
            Duration lease = leaseSeconds == null ? ClusterWork.DEFAULT.lease() : ClusterWork.DEFAULT
                    .withLease(Duration.ofSeconds(leaseSeconds)).lease();
            if (vectorCacheFrom != null) {
                long t = System.nanoTime();
                long copied = LuceneVectorCache.copyAll(vectorCacheFrom, engine.vectorCache());
                err.printf("Copied %,d vectors from the vector cache of %s into the cache of %s in %.1f s.%n", copied,
                        vectorCacheFrom, engine.location(), (System.nanoTime() - t) / 1e9);
            }
            EmbeddingStage stage = new EmbeddingStage(engine, models, progress(err), name, lease);
            int unmarked = stage.claimIndex(reset);
            if (unmarked > 0) {
                err.printf("%,d patents were marked embedded but had lost their passages (an index reset by an earlier "
                        + "version); they are embedded again.%n", unmarked);
            }
            EmbeddingStage.Summary summary = stage.run(new AtomicBoolean());
            Coverage coverage = Services.searchService(config, engine, models).coverage();
            out.printf("Embedded %,d patents: %,d passages (%,d from the cache), %.1f passages/s computed%s (worker %s).%n",
                    summary.patents(), summary.passages(), summary.cacheHits(), summary.passagesPerSecond(),
                    summary.skipped() > 0 ? ", " + summary.skipped() + " failed" : "", name);
            if (!summary.compaction().isZero()) {
                out.printf("Merged the index (the blocks the embedding replaced were deleted documents) in %.1f s.%n",
                        summary.compaction().toMillis() / 1000.0);
            }
            out.printf("Semantic coverage: %.1f%% (%,d of %,d passages; %,d of %,d patents), model %s.%n",
                    100 * coverage.share(), coverage.passagesEmbedded(), coverage.passagesExpected(),
                    coverage.patentsEmbedded(), coverage.patents(), String.join(", ", stage.vectorIds()));
            return summary.skipped() > 0 && summary.patents() == 0 ? 1 : 0;
        }
    }

    private static EmbeddingProgress progress(PrintWriter err) {
        boolean terminal = Terminal.isInteractive();
        return new EmbeddingProgress() {
            private ProgressBar bar;
            private long lastLine = System.nanoTime();
            private long lastWait;

            @Override
            public void update(long done, long cacheHits, long total) {
                if (terminal) {
                    if (bar == null) {
                        bar = new ProgressBarBuilder().setTaskName("Embedding").setInitialMax(Math.max(1, total))
                                .setStyle(ProgressBarStyle.ASCII).setUnit(" passages", 1).showSpeed().build();
                    }
                    bar.maxHint(Math.max(total, done));
                    bar.stepTo(done);
                    if (done >= total) {
                        bar.close();
                    }
                } else if (System.nanoTime() - lastLine > 10_000_000_000L) {
                    lastLine = System.nanoTime();
                    err.printf("embedding: %,d passages done (%,d from cache)%n", done, cacheHits);
                    err.flush();
                }
            }

            @Override
            public void waiting(int heldElsewhere) {
                if (System.nanoTime() - lastWait > 10_000_000_000L) {
                    lastWait = System.nanoTime();
                    err.printf("embedding: waiting for other workers, who hold the last %,d patents (or for their leases to expire)%n",
                            heldElsewhere);
                    err.flush();
                }
            }

            @Override
            public void tookOver(int patents) {
                err.printf("embedding: took over %,d patents from a worker whose lease expired%n", patents);
                err.flush();
            }

            @Override
            public void failed(String publicationNumber, String reason) {
                err.println("failed: " + publicationNumber + ": " + reason);
            }
        };
    }
}
