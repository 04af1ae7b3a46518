package org.priorart.bench.attack;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.priorart.bench.attack.ProbeResult.Goal;
import org.priorart.bench.attack.ProbeResult.Outcome;
import org.priorart.server.auth.KeyStore;
import org.priorart.server.auth.Role;

/**
 * The attack: sets up a workspace and servers (or targets a running one), runs every probe while a
 * normal client searches, and prints per probe the tries, the undocumented statuses, the victim's
 * latency, the server's memory and the data lost, then the goals.
 */
public final class AttackRun {

    /**
     * What to attack and how hard.
     *
     * @param url         a running server to attack (null: start servers here, on a workspace of their own)
     * @param pid         the running server's process id, for its memory and CPU time (0: not known)
     * @param serverLog   the running server's log file, for its stack traces (null: not known)
     * @param key         the key of a running server's normal client, the victim (null: it has no keys)
     * @param attackerKey the key of the hostile clients on a running server (null: {@code key}, which then
     *                    shares its limits with the victim)
     * @param adminKey    the key for a running server's writes (null: {@code key})
     * @param connections hostile connections at once in the slow-client probes
     * @param hold        how long the slow-client probes last
     * @param heap        the -Xmx of the servers and commands started here
     * @param smallFs     a folder on a small file system for the full-disk probe, or null to skip it
     * @param keep        whether to keep the workspace (its indexes and server logs)
     * @param only        the items to probe ("1" to "10"); empty: all
     */
    public record Options(String url, long pid, Path serverLog, String key, String attackerKey, String adminKey, int connections, Duration hold, String heap, Path smallFs,
                          boolean keep, Set<String> only) {
    }

    private final PrintWriter out;
    private final Options o;
    private final Documented documented = new Documented();
    private final List<ProbeResult> results = new ArrayList<>();
    private int stackTraces;
    private Victim.Latencies idle;

    public AttackRun(PrintWriter out, Options options) {
        this.out = out;
        this.o = options;
    }

    /** Runs the probes and prints the figures; 0 when every probe passed, 1 otherwise. */
    public int run() throws IOException, InterruptedException {
        out.printf("PriorArt attack: %s, %d hostile connections for %d s, servers and commands at -Xmx%s%n%n",
                o.url() == null ? "servers started here" : o.url(), o.connections(), o.hold().toSeconds(), o.heap());
        out.flush();
        if (o.url() != null) {
            ServerProcess watched = o.pid() > 0 ? ServerProcess.attach(o.pid(), o.url(), o.serverLog()) : null;
            Target t = new Target(new Http(o.url()), o.key(), o.attackerKey() != null ? o.attackerKey() : o.key(),
                    o.adminKey() != null ? o.adminKey() : o.key(), watched);
            attackServer(t);
            if (watched != null) {
                stackTraces += watched.stackTraceLines();
                watched.close();
            }
            for (String[] local : new String[][] {{"3", "keys file deleted, emptied, last key revoked"}, {"4", "cross-site writes and foreign hosts"},
                    {"5", "embed --reset with another model"}, {"8", "billion-laughs XML then a good file"}, {"10", "session file mode, full disk"}}) {
                add(ProbeResult.skipped(local[0], local[1], "needs a server and files of its own: run without --url"));
            }
        } else {
            try (Workspace w = new Workspace(Files.createTempDirectory("priorart-attack"), o.heap(), out, o.keep())) {
                attackLocally(w);
            }
        }
        print();
        return results.stream().anyMatch(r -> r.outcome() == Outcome.FAIL) ? 1 : 0;
    }

    private void attackLocally(Workspace w) throws IOException, InterruptedException {
        w.say("Setting up in " + w.dir());
        Path index = w.dir().resolve("index");
        Path docs = w.jsonl("main/docs.jsonl", w.demoDocuments(0, 150));
        w.cli("main-index", null, Duration.ofMinutes(10), "index", "--index", index.toString(), "--input", docs.toString());
        w.cli("main-embed", null, Duration.ofMinutes(15), "embed", "--index", index.toString());
        Path keys = w.dir().resolve("keys.json");
        KeyStore store = KeyStore.at(keys);
        String victim = store.create("victim", Role.SEARCH, 0, 0L).secret();
        String attacker = store.create("attacker", Role.SEARCH, 0, 0L).secret();
        String admin = store.create("admin", Role.ADMIN, 0, 0L).secret();
        String posted;
        try (ServerProcess main = w.serve("main", index, List.of("--keys", keys.toString()))) {
            Target t = new Target(new Http(main.base()), victim, attacker, admin, main);
            posted = attackServer(t);
            stackTraces += main.stackTraceLines();
        }
        AccessProbes access = new AccessProbes(w, index, documented);
        if (wanted("3")) {
            add(access.keysFailClosed());
        }
        if (wanted("4") || wanted("10")) {
            access.crossSite().forEach(this::add);
        }
        stackTraces += access.stackTraces();
        OfflineProbes offline = new OfflineProbes(w);
        if (wanted("5")) {
            add(offline.embedReset());
        }
        if (wanted("8")) {
            add(offline.entityExpansion(posted));
        }
        if (wanted("10")) {
            add(offline.diskFull(o.smallFs()));
        }
    }

    /** The probes that need only a server to send requests to; returns what posting the laughs XML got. */
    private String attackServer(Target t) throws IOException, InterruptedException {
        t.awaitQuiet(60);
        for (String q : Victim.QUERIES) { // warm up: the JIT and the caches, as they are on a server in use
            t.http().get("/api/v1/search?mode=keyword&size=10&text=" + Http.encode(q), t.victimKey());
        }
        out.println("  measuring the victim's searches on the idle server (10 s)");
        out.flush();
        Victim baseline = Victim.start(t.http(), t.victimKey());
        Victim.sleep(10_000);
        idle = baseline.stop();
        RequestProbes requests = new RequestProbes(t, documented);
        SlowClientProbes slow = new SlowClientProbes(t, documented, o.connections(), o.hold());
        if (wanted("7")) {
            add(requests.pagingOverflow());
        }
        if (wanted("10")) {
            add(requests.jsonBodies());
            add(requests.jettyRefusals());
            add(requests.emptyBearer());
        }
        if (wanted("6")) {
            add(requests.cutBodies());
        }
        if (wanted("2")) {
            add(slow.slowBodies());
            add(slow.slowReaders());
        }
        if (wanted("9")) {
            add(requests.descriptionQuery());
        }
        Http.Answer xml = t.http().send("POST", "/api/v1/patents", t.adminKey(), "application/xml", "<?xml version=\"1.0\"?>"
                + "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><x>&b;</x>", Map.of(),
                Duration.ofSeconds(30));
        String posted = "the XML posted to the API: " + xml.status() + (xml.error() == null ? "" : " " + xml.error());
        if (wanted("1")) {
            add(requests.queryCost());
        }
        if (wanted("10")) {
            add(requests.passageCap()); // last: without a cap, the server embeds 10,000 passages for a while
        }
        return posted;
    }

    private boolean wanted(String item) {
        return o.only().isEmpty() || o.only().contains(item);
    }

    private void add(ProbeResult r) {
        results.add(r);
        out.printf("  %-4s %-6s %s%n", "[" + r.item() + "]", r.outcome(), r.name());
        out.flush();
    }

    private void print() {
        out.printf("%nStatuses count as undocumented when the OpenAPI document does not give them for the operation, or are a 5xx but 503.%n");
        out.printf("Victim: a keyword search 4 times a second with its own key (p95 %.0f ms, worst %.0f ms on the idle server at the start);%n"
                + "server MB: peak resident memory of the server (or command) during the probe.%n%n",
                idle == null ? Double.NaN : idle.p95(), idle == null ? Double.NaN : idle.worst());
        out.printf("%-4s %-62s %6s %6s %18s %9s %5s  %s%n", "item", "probe", "tries", "undoc", "victim p95/max ms", "server MB", "lost", "result");
        for (ProbeResult r : results) {
            String victim = r.victim() == null ? "-" : "%.0f / %.0f".formatted(r.victim().p95(), r.victim().worst());
            out.printf("%-4s %-62s %6d %6d %18s %9s %5s  %s%n", r.item(), cut(r.name(), 62), r.tries(), r.undocumented(), victim,
                    Double.isNaN(r.serverMb()) ? "-" : "%.0f".formatted(r.serverMb()), r.dataLost() < 0 ? "-" : String.valueOf(r.dataLost()),
                    r.outcome());
            out.printf("     %s%n", r.detail());
        }
        out.printf("%nGoals%n");
        goal("requests over 1 s of CPU for a refused query", sum(Goal.REFUSED_QUERY_CPU), "0");
        double worstRatio = results.stream().filter(r -> r.goal() == Goal.LOAD_P95_RATIO)
                .mapToDouble(ProbeResult::goalValue).max().orElse(Double.NaN);
        out.printf("  %-52s %10s  (goal <= 2x, the worst probe)  %s%n", "normal-search p95 under load, against idle",
                Double.isNaN(worstRatio) ? "-" : "%.1fx".formatted(worstRatio),
                Double.isNaN(worstRatio) ? "NOT MEASURED" : worstRatio <= 2 ? "PASS" : "FAIL");
        goal("keyless answers after the keys file disappears", sum(Goal.KEYLESS_ANSWERS), "0");
        goal("cross-site writes", sum(Goal.CROSS_SITE_WRITES), "0");
        out.printf("  %-52s %10d  (goal 0)  %s%n", "stack-trace lines in the server logs", stackTraces, stackTraces == 0 ? "PASS" : "FAIL");
        long failed = results.stream().filter(r -> r.outcome() == Outcome.FAIL).count();
        long skipped = results.stream().filter(r -> r.outcome() == Outcome.SKIPPED).count();
        out.printf("%n%d probes: %d passed, %d failed, %d skipped.%n", results.size(), results.size() - failed - skipped, failed, skipped);
        out.flush();
    }

    private void goal(String what, double value, String target) {
        out.printf("  %-52s %10s  (goal %s)  %s%n", what, Double.isNaN(value) ? "-" : "%.0f".formatted(value), target,
                Double.isNaN(value) ? "NOT MEASURED" : value == 0 ? "PASS" : "FAIL");
    }

    /** The goal's count over the probes that measured it; NaN when none did. */
    private double sum(Goal g) {
        List<ProbeResult> measured = results.stream().filter(r -> r.goal() == g && r.outcome() != Outcome.SKIPPED).toList();
        return measured.isEmpty() ? Double.NaN : measured.stream().mapToDouble(ProbeResult::goalValue).sum();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
