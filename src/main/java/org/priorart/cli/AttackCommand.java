package org.priorart.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.priorart.bench.attack.AttackRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code priorart bench attack}: the hardening issue's attack, as figures (see {@link AttackRun}). */
@Command(name = "attack", mixinStandardHelpOptions = true,
        description = {"Attack a server as a hostile or unlucky client would, and print what it cost.",
                "Reproduces each item of the hardening issue: a query whose expansion explodes (1), clients that send or read slowly (2), "
                        + "a keys file that disappears (3), cross-site writes and DNS rebinding on a server without keys (4), embed --reset "
                        + "with another model (5), bodies cut short (6), from + size past the integers (7), a billion-laughs XML file (8), "
                        + "a description typed as the query in semantic mode (9), and the smaller ones (10).",
                "Per probe: tries, undocumented statuses, the p95 and worst latency of a normal client's search meanwhile, the "
                        + "server's peak memory, data lost; then the goals. Without --url it builds a workspace from the demo corpus and "
                        + "starts its servers and commands in JVMs of their own (-Xmx --heap). Exit status 1 when a probe failed."})
final class AttackCommand implements Callable<Integer> {

    @Option(names = "--url", paramLabel = "URL", description = "Attack a running server (e.g. http://127.0.0.1:8080) instead; probes 3, 4, 5, 8 and some of 10 need their own and are skipped.")
    String url;

    @Option(names = "--pid", paramLabel = "PID", description = "With --url: the server's process id, for its memory and CPU time (from /proc).")
    long pid;

    @Option(names = "--server-log", paramLabel = "FILE", description = "With --url: the server's log file, for its stack traces.")
    Path serverLog;

    @Option(names = "--key", paramLabel = "KEY", description = "Key of the running server for searches (default: $PRIORART_API_KEY; none for a server without keys).")
    String key;

    @Option(names = "--attacker-key", paramLabel = "KEY", description = "Key of the running server for the hostile clients (default: --key, which then shares its limits with the normal client).")
    String attackerKey;

    @Option(names = "--admin-key", paramLabel = "KEY", description = "Key of the running server for the probes' writes, cleaned up after (default: --key).")
    String adminKey;

    @Option(names = "--connections", defaultValue = "100", paramLabel = "N", description = "Hostile connections at once in the slow-client probes (default 100).")
    int connections;

    @Option(names = "--hold", defaultValue = "20", paramLabel = "SECONDS", description = "How long each slow-client probe lasts (default 20).")
    int hold;

    @Option(names = "--heap", defaultValue = "1g", paramLabel = "SIZE", description = "-Xmx of the servers and commands started here (default 1g; the entity-expansion probe uses 512m).")
    String heap;

    @Option(names = "--small-fs", paramLabel = "DIR", description = "A folder on a small file system (e.g. a 64 MB tmpfs) the full-disk probe may fill; without it that probe is skipped.")
    Path smallFs;

    @Option(names = "--only", split = ",", paramLabel = "ITEMS", description = "Only these items of the issue (e.g. 2,3,6).")
    List<String> only;

    @Option(names = "--keep", description = "Keep the workspace (indexes, server logs) and say where it is.")
    boolean keep;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (connections < 1 || hold < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--connections and --hold must be at least 1");
        }
        String searchKey = key != null ? key : System.getenv("PRIORART_API_KEY");
        return new AttackRun(spec.commandLine().getOut(), new AttackRun.Options(url, pid, serverLog, searchKey, attackerKey, adminKey, connections,
                Duration.ofSeconds(hold), heap, smallFs, keep, only == null ? Set.of() : Set.copyOf(only))).run();
    }
}
