package org.priorart.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.priorart.config.PriorArtConfig;
import org.priorart.engine.opensearch.ClusterSharedState;
import org.priorart.server.auth.ApiKey;
import org.priorart.server.auth.KeyStore;
import org.priorart.server.auth.Role;
import org.priorart.server.auth.SharedKeyStorage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code priorart keys}: the API keys. A key is printed once, when it is created; the keys file keeps
 * only a salted hash of it. A running server sees new and revoked keys within a second.
 */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = {"Create, list and revoke API keys.",
                "Keys live in api-keys.json in the index directory (or --keys FILE, $PRIORART_KEYS), as salted SHA-256 hashes; the key itself is shown once.",
                "With --backend opensearch --cluster URL they live in the cluster (index NAME-keys), where every server on it reads them."},
        subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class})
final class KeysCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Where the keys are: the cluster in cluster mode, else --keys, else the configuration's file (by --index). */
    static final class Where {
        @Option(names = "--keys", paramLabel = "FILE",
                description = "Keys file (default: $PRIORART_KEYS or api-keys.json in the index directory; "
                        + "with --backend opensearch the cluster).")
        Path keys;

        @Mixin
        PriorArtCli.IndexOption index;

        /** The keys, and what to close when done with them. */
        Opened open() throws IOException {
            PriorArtConfig config = index.config();
            if (!config.cluster().isCluster()) {
                return new Opened(KeyStore.at(keys != null ? keys : config.keysFile()), null);
            }
            if (keys != null) {
                throw new IllegalArgumentException("--keys names a keys file; with --backend opensearch the keys live in the cluster");
            }
            ClusterSharedState cluster = ClusterSharedState.open(config.cluster());
            try {
                return new Opened(KeyStore.open(new SharedKeyStorage(cluster.keys())), cluster);
            } catch (IOException | RuntimeException e) {
                cluster.close();
                throw e;
            }
        }
    }

    /** A key store open for one command. */
    record Opened(KeyStore store, Closeable owned) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (owned != null) {
                owned.close();
            }
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a key and print it (once).")
    static final class Create implements Callable<Integer> {

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Who or what the key is for (letters, digits, . _ @ -).")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "search (search and read), ingest (also write and delete documents) or admin (everything).")
        String role;

        @Option(names = "--rate-limit", paramLabel = "N", description = "Requests per minute (default: the server's, $PRIORART_RATE_LIMIT or 600; 0: unlimited).")
        Integer rateLimit;

        @Option(names = "--daily-quota", paramLabel = "N", description = "Requests per UTC day (default: the server's, $PRIORART_DAILY_QUOTA or 100000; 0: unlimited).")
        Long dailyQuota;

        @Mixin
        Where where;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Role parsed;
            try {
                parsed = Role.parse(role);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            KeyStore.Created created;
            String place;
            try (Opened opened = where.open()) {
                created = opened.store().create(name, parsed, rateLimit, dailyQuota);
                place = opened.store().describe();
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Created key %s (name %s, role %s) in %s.%n", created.key().id(), name, parsed.lowerName(), place);
            out.println("Copy it now: it is not stored and cannot be shown again.");
            out.println();
            out.println(created.secret());
            out.println();
            out.println("Send it as 'Authorization: Bearer KEY' (or 'X-API-Key: KEY'). A running server accepts it within a second.");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the keys (never the keys themselves).")
    static final class ListKeys implements Callable<Integer> {

        @Mixin
        Where where;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            List<ApiKey> keys;
            String place;
            try (Opened opened = where.open()) {
                keys = opened.store().list();
                place = opened.store().describe();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (keys.isEmpty()) {
                out.println("No keys in " + place + " (the server serves 127.0.0.1 only, without keys).");
                return 0;
            }
            out.printf("%-12s  %-24s  %-6s  %-20s  %-9s  %-11s  %s%n", "ID", "NAME", "ROLE", "CREATED", "RATE/MIN", "DAILY", "STATUS");
            for (ApiKey k : keys) {
                out.printf("%-12s  %-24s  %-6s  %-20s  %-9s  %-11s  %s%n", k.id(), k.name(), k.role().lowerName(), k.created(),
                        k.ratePerMinute() == null ? "default" : limit(k.ratePerMinute()),
                        k.dailyQuota() == null ? "default" : limit(k.dailyQuota()),
                        k.active() ? "active" : "revoked " + k.revoked());
            }
            return 0;
        }

        private static String limit(long n) {
            return n == 0 ? "unlimited" : String.valueOf(n);
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a key by id or name; a running server refuses it within a second.")
    static final class Revoke implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "ID_OR_NAME", description = "The key's id (from 'keys list') or name.")
        String key;

        @Mixin
        Where where;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            ApiKey revoked;
            boolean anyLeft;
            try (Opened opened = where.open()) {
                revoked = opened.store().revoke(key);
                anyLeft = opened.store().hasActiveKeys();
            }
            spec.commandLine().getOut().printf("Revoked key %s (name %s, role %s).%n", revoked.id(), revoked.name(),
                    revoked.role().lowerName());
            if (!anyLeft) {
                // Keys fail closed: a server that used them does not fall back to serving without one.
                spec.commandLine().getOut().println("No active key is left: a running server that used keys now refuses "
                        + "every request that needs one, until a key is created or it is restarted without keys.");
            }
            return 0;
        }
    }
}
