package org.priorart.bench.attack;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.priorart.bench.attack.ProbeResult.Goal;
import org.priorart.bench.attack.ProbeResult.Outcome;
import org.priorart.server.auth.KeyStore;
import org.priorart.server.auth.Role;

/**
 * Who may use a server, each on a server of its own: one started with keys whose keys file then goes
 * away (item 3), and one without keys, used by pages of other sites in the examiner's browser (item
 * 4), whose session files are checked too (item 10).
 */
final class AccessProbes {

    private static final String ANY_PATENT = "/api/v1/patents/US0000001B1"; // none such: 404 only when answered without a key

    private final Workspace w;
    private final Path index;
    private final Documented documented;
    private int stackTraces;

    AccessProbes(Workspace workspace, Path index, Documented documented) {
        this.w = workspace;
        this.index = index;
        this.documented = documented;
    }

    /** Stack-trace lines in the logs of the servers these probes ran. */
    int stackTraces() {
        return stackTraces;
    }

    /** Item 3: delete the keys file, empty it, revoke its last key; each time, ask without a key for 3 s. */
    ProbeResult keysFailClosed() throws IOException {
        Path keys = w.dir().resolve("keys-probe.json");
        String ops = KeyStore.at(keys).create("ops", Role.ADMIN, 0, 0L).secret();
        int[] counts = new int[3]; // tries, keyless answers, undocumented
        List<String> phases = new ArrayList<>();
        try (ServerProcess s = w.serve("keys", index, List.of("--keys", keys.toString(), "--no-semantic"))) {
            Http http = new Http(s.base());
            Files.delete(keys);
            phases.add("file deleted: " + anonymous(http, ops, counts));
            ops = KeyStore.at(keys).create("ops", Role.ADMIN, 0, 0L).secret();
            awaitStatus(http, ops, 200);
            Files.write(keys, new byte[0]);
            phases.add("file emptied: " + anonymous(http, ops, counts));
            Files.delete(keys);
            ops = KeyStore.at(keys).create("ops", Role.ADMIN, 0, 0L).secret();
            awaitStatus(http, ops, 200);
            KeyStore.at(keys).revoke("ops");
            phases.add("last key revoked: " + anonymous(http, ops, counts));
            long errors = s.log().lines().filter(l -> l.contains("ERROR") && l.contains("key")).count();
            phases.add(errors + " errors logged");
            stackTraces += s.stackTraceLines();
        }
        return new ProbeResult("3", "keys file deleted, emptied, last key revoked", counts[0], counts[2], null, Double.NaN, -1,
                counts[1] == 0 ? Outcome.PASS : Outcome.FAIL, String.join("; ", phases) + " (goal: 0 keyless answers)",
                Goal.KEYLESS_ANSWERS, counts[1]);
    }

    /** Waits (up to 3 s) until the key gets this status: the server has seen the file change. */
    private static void awaitStatus(Http http, String key, int status) {
        long until = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < until && http.get("/api/v1/search?mode=keyword&text=battery", key).status() != status) {
            Victim.sleep(50);
        }
    }

    /** After the change: the old key must stop working; then 3 s of requests without a key, counted. */
    private String anonymous(Http http, String oldKey, int[] counts) {
        awaitStatus(http, oldKey, 401);
        int keyless = 0;
        int tries = 0;
        long until = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < until) {
            Http.Answer search = http.get("/api/v1/search?mode=keyword&text=battery", null);
            Http.Answer delete = http.delete(ANY_PATENT, null);
            tries += 2;
            keyless += (search.status() != 401 ? 1 : 0) + (delete.status() != 401 ? 1 : 0);
            counts[2] += (documented.has("/api/v1/search", "get", search.status()) ? 0 : 1)
                    + (documented.has("/api/v1/patents/{id}", "delete", delete.status()) ? 0 : 1);
            Victim.sleep(100);
        }
        counts[0] += tries;
        counts[1] += keyless;
        return keyless + " of " + tries + " answered without a key";
    }

    /** Items 4 and 10: a server without keys, written to by pages of other sites; its session files. */
    List<ProbeResult> crossSite() throws IOException {
        List<ProbeResult> results = new ArrayList<>();
        try (ServerProcess s = w.serve("local", index, List.of("--keys", w.dir().resolve("no-keys.json").toString(), "--no-semantic"))) {
            Http http = new Http(s.base());
            String own = "http://127.0.0.1:" + http.port();
            String evil = "http://evil.example";
            String[][] writes = { // content type, Origin (null: none), what it stands for
                    {"text/plain", evil, "a page's simple fetch"}, {"text/plain", null, "a form of a browser that sends no Origin"},
                    {"application/x-www-form-urlencoded", evil, "a form"}, {"application/json", evil, "JSON from another origin"},
                    {"application/json", "null", "JSON from a sandboxed page"}};
            int written = 0;
            int undocumented = 0;
            List<String> got = new ArrayList<>();
            for (int i = 0; i < writes.length; i++) {
                String number = "US99100%02dB2".formatted(i);
                Map<String, String> origin = writes[i][1] == null ? Map.of() : Map.of("Origin", writes[i][1]);
                Http.Answer a = http.send("POST", "/api/v1/patents", null, writes[i][0], doc(number), origin, java.time.Duration.ofSeconds(30));
                undocumented += documented.has("/api/v1/patents", "post", a.status()) ? 0 : 1;
                boolean landed = http.get("/api/v1/patents/" + number, null).status() == 200;
                written += landed ? 1 : 0;
                got.add(writes[i][2] + " " + a.status() + (landed ? " WRITTEN" : ""));
            }
            // DNS rebinding: the page's own name points here, so the browser sends its name as Host and its origin.
            int foreignHost = 0;
            for (String method : List.of("GET /api/v1/sessions", "POST /api/v1/patents")) {
                boolean post = method.startsWith("POST");
                String body = doc("US9910099B2");
                try (Http.Raw raw = http.raw(0)) {
                    String answer = raw.send(method + " HTTP/1.1\r\nHost: evil.example:" + http.port() + "\r\nOrigin: http://evil.example:"
                            + http.port() + "\r\n" + (post ? "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body
                            : "\r\n")).answer(2_000);
                    int status = Http.status(answer);
                    foreignHost += status >= 200 && status < 300 ? 1 : 0;
                    got.add("rebound " + method.split(" ")[0] + " " + status);
                }
            }
            written += http.get("/api/v1/patents/US9910099B2", null).status() == 200 ? 1 : 0;
            // The server's own page still writes.
            Http.Answer control = http.send("POST", "/api/v1/patents", null, "application/json", doc("US9910098B2"),
                    Map.of("Origin", own), java.time.Duration.ofSeconds(30));
            http.delete("/api/v1/patents/US9910098B2", null);
            boolean pass = written == 0 && foreignHost == 0 && control.status() == 200;
            results.add(new ProbeResult("4", "cross-site writes and foreign hosts, no keys", writes.length + 2, undocumented, null,
                    Double.NaN, -1, pass ? Outcome.PASS : Outcome.FAIL, String.join("; ", got) + "; the page's own write "
                    + control.status() + " (goal: 0 cross-site writes, 0 foreign-host answers, own page 200)",
                    Goal.CROSS_SITE_WRITES, written));
            results.add(sessionFiles(http));
            stackTraces += s.stackTraceLines();
        }
        return results;
    }

    /** Item 10: a session's file must be readable by the server's user only. */
    private ProbeResult sessionFiles(Http http) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return ProbeResult.skipped("10", "session file mode", "no POSIX file modes here");
        }
        Http.Answer made = http.postJson("/api/v1/sessions", null, "{\"name\": \"attack probe\"}");
        String id = made.json() == null ? null : made.json().path("id").asText(null);
        if (id == null) {
            return ProbeResult.skipped("10", "session file mode", "no session made: " + made.status());
        }
        try {
            Path file = index.resolve("sessions").resolve(id + ".json");
            String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
            return new ProbeResult("10", "session file mode", 1, 0, null, Double.NaN, -1,
                    mode.equals("rw-------") ? Outcome.PASS : Outcome.FAIL, "a new session file is " + mode + " (goal: rw-------)", null, 0);
        } catch (IOException e) {
            return ProbeResult.skipped("10", "session file mode", "cannot read the session file: " + e.getMessage());
        } finally {
            http.delete("/api/v1/sessions/" + id, null);
        }
    }

    private static String doc(String number) {
        return "{\"publication_number\": \"" + number + "\", \"title\": \"Replaced by another site\", \"abstract\": \"written cross-site\"}";
    }
}
