package org.priorart.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.priorart.bench.faults.FaultBenchmark;
import org.priorart.config.ClusterSettings;
import org.priorart.config.PriorArtConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code priorart bench faults}: kill -9 of a cluster node during an ingest and during a search load. */
@Command(name = "faults", mixinStandardHelpOptions = true,
        description = {"kill -9 of one node of a loopback cluster (scripts/opensearch-cluster.sh start --ports 9271,9272) during an "
                + "ingest and during a search load: the failed searches and how long they went on, the time to recover, and whether "
                + "the rerun ingest left every input document in the cluster exactly once.",
                "The benchmark creates its own index (1 shard, 1 replica) and restarts the node it killed."})
final class BenchFaultsCommand implements Callable<Integer> {

    @Option(names = "--cluster", required = true, paramLabel = "URL,URL", description = "The cluster's nodes, two or more.")
    String cluster;

    @Option(names = "--index-name", paramLabel = "NAME", description = "The index to create (default faults-<time>).")
    String indexName;

    @Option(names = "--input", paramLabel = "FILE", description = "JSONL input (default: the demo corpus's uspto-10k-abstracts.jsonl.gz).")
    Path input;

    @Option(names = "--documents", defaultValue = "1500", paramLabel = "N", description = "Documents to ingest, the first of the input (default 1500).")
    int documents;

    @Option(names = "--ingest-threads", defaultValue = "2", paramLabel = "N", description = "Ingest threads (default 2).")
    int ingestThreads;

    @Option(names = "--clients", defaultValue = "3", paramLabel = "N", description = "Search client threads (default 3).")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", paramLabel = "S", description = "Length of the search load (default 30).")
    int seconds;

    @Option(names = "--kill-at", defaultValue = "10", paramLabel = "S", description = "When in the search load the node is killed (default 10).")
    int killAt;

    @Option(names = "--kill-manager", description = "Kill the cluster manager (default: a node that is not).")
    boolean manager;

    @Option(names = "--node-script", defaultValue = "scripts/opensearch-node.sh", paramLabel = "FILE",
            description = "The script that kills and starts a node (default scripts/opensearch-node.sh).")
    Path nodeScript;

    @Option(names = "--heap", defaultValue = "512m", paramLabel = "SIZE", description = "Heap of the restarted node (default 512m).")
    String heap;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (documents < 1 || documents > 10_000 || clients < 1 || killAt < 1 || seconds <= killAt) {
            throw new IllegalArgumentException("--documents must be 1..10000, --clients at least 1, and --kill-at within --seconds");
        }
        PriorArtConfig config = PriorArtConfig.fromEnvironment();
        ClusterSettings settings = config.cluster().with("opensearch", cluster)
                .withIndex(indexName != null ? indexName : "faults-" + System.currentTimeMillis() / 1000);
        Path in = input != null ? input : config.demoAbstracts();
        new FaultBenchmark(settings, in, documents, ingestThreads, clients, seconds, killAt, manager, nodeScript, heap)
                .run(BenchCommand.paperTexts(true, 200), spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
