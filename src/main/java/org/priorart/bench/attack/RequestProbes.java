package org.priorart.bench.attack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.priorart.bench.attack.ProbeResult.Goal;
import org.priorart.bench.attack.ProbeResult.Outcome;

/**
 * Probes made of single hostile requests against a running server: a query whose expansion explodes
 * (item 1), bodies cut short (6), paging past the integers (7), a description typed as the query in
 * semantic mode (9), and the smaller ones of item 10 (JSON with trailing data or a field twice,
 * Jetty's own refusals, an empty bearer beside a valid X-API-Key, a document with 10,000 claims).
 */
final class RequestProbes {

    private final Target t;
    private final Documented documented;

    RequestProbes(Target target, Documented documented) {
        this.t = target;
        this.documented = documented;
    }

    /** Item 1: "charging" then n x " NEAR10 circuit": the time and the server's CPU until it is quiet again. */
    ProbeResult queryCost() {
        int[] operators = {16, 18, 20};
        List<String> parts = new ArrayList<>();
        int undocumented = 0;
        int overOneSecond = 0;
        t.awaitQuiet(120);
        t.resetPeak();
        Victim victim = Victim.start(t.http(), t.victimKey());
        for (int n : operators) {
            String query = "charging" + " NEAR10 circuit".repeat(n);
            double cpu = t.cpuSeconds();
            Http.Answer a = t.http().get("/api/v1/search?mode=keyword&size=10&query=" + Http.encode(query), t.attackerKey());
            double answeredAfter = a.millis() / 1000;
            double busyFor = t.awaitQuiet(180);
            double used = t.cpuSeconds() - cpu;
            if (!documented.has("/api/v1/search", "get", a.status())) {
                undocumented++;
            }
            if (!(used <= 1.0)) { // NaN (CPU not known) counts against: the goal cannot be shown met
                overOneSecond++;
            }
            parts.add(n + " operators: " + a.status() + " " + (a.error() == null ? "" : a.error() + " ")
                    + "after %.1f s, %.1f s CPU (quiet %.0f s later)".formatted(answeredAfter, used, Math.max(0, busyFor - 1)));
        }
        Victim.Latencies v = victim.stop();
        return new ProbeResult("1", "query cost: charging + N x NEAR10 circuit", operators.length, undocumented, v, t.memoryMb(),
                -1, overOneSecond == 0 && undocumented == 0 ? Outcome.PASS : Outcome.FAIL,
                String.join("; ", parts) + " (goal: refused within 1 s of CPU)", Goal.REFUSED_QUERY_CPU, overOneSecond);
    }

    /** Item 6: 50 writes whose bodies stop early; half the clients wait for the answer, half go away. */
    ProbeResult cutBodies() throws IOException {
        long documents = t.documents();
        int lines = t.logLines();
        int traces = t.stackTraces();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int undocumented = 0;
        int tries = 50;
        t.resetPeak();
        Victim victim = Victim.start(t.http(), t.victimKey());
        for (int i = 0; i < tries; i++) {
            try (Http.Raw raw = t.http().raw(0)) {
                raw.send("POST /api/v1/patents HTTP/1.1\r\nHost: " + t.http().host() + ":" + t.http().port() + "\r\n"
                        + auth(t.adminKey()) + "Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n"
                        + "[{\"publication_number\": \"US99700%02dB2\", \"abstract\": \"a cut".formatted(i));
                if (i % 2 == 0) {
                    int status = Http.status(raw.finishSending().answer(3_000));
                    statuses.merge(status, 1, Integer::sum);
                    if (!documented.has("/api/v1/patents", "post", status)) {
                        undocumented++;
                    }
                }
            }
        }
        Victim.sleep(2_000);
        Victim.Latencies v = victim.stop();
        int newLines = t.logLines() - lines;
        int newTraces = t.stackTraces() - traces;
        long lost = Math.abs(t.documents() - documents);
        boolean pass = newTraces == 0 && undocumented == 0 && (t.process() == null || newLines <= tries);
        return new ProbeResult("6", "request bodies cut short (50)", tries, undocumented, v, t.memoryMb(), (int) lost,
                pass ? Outcome.PASS : Outcome.FAIL, "statuses to the clients that waited " + statuses + "; server log: " + newLines
                + " lines, " + newTraces + " of them stack-trace lines (goal: a 400 and one line each, no trace)", null, 0);
    }

    /** Item 7: from + size past Integer.MAX_VALUE, in the query string and in a body. */
    ProbeResult pagingOverflow() {
        List<String> bad = new ArrayList<>();
        int undocumented = 0;
        String[] gets = {"from=2147483640&size=10", "from=2147483647&size=1", "from=995&size=10"};
        List<Http.Answer> answers = new ArrayList<>();
        for (String q : gets) {
            answers.add(t.http().get("/api/v1/search?mode=keyword&text=battery&" + q, t.attackerKey()));
        }
        answers.add(t.http().postJson("/api/v1/search", t.attackerKey(),
                "{\"text\": \"battery\", \"mode\": \"keyword\", \"from\": 2147483640, \"size\": 10}"));
        for (int i = 0; i < answers.size(); i++) {
            Http.Answer a = answers.get(i);
            String what = i < gets.length ? gets[i] : "POST from 2147483640, size 10";
            if (!documented.has("/api/v1/search", i < gets.length ? "get" : "post", a.status())) {
                undocumented++;
            }
            String parameter = a.json() == null ? "" : a.json().path("details").path("parameter").asText("");
            if (a.status() != 400 || !(parameter.equals("from") || parameter.equals("size"))) {
                bad.add(what + " -> " + a.status() + " " + shorten(a.body(), 120));
            }
        }
        return new ProbeResult("7", "from + size past the integers", answers.size(), undocumented, null, Double.NaN, -1,
                bad.isEmpty() ? Outcome.PASS : Outcome.FAIL, bad.isEmpty() ? "every one a 400 naming the parameter"
                : "not a 400 naming from or size: " + String.join("; ", bad), null, 0);
    }

    /** The five documents of item 9: one says what the description says, in other words. */
    static final String DESCRIPTION = "power storage unit having a Si negative pole and a non-fluid ionic conductor";
    private static final String PARAPHRASE = "US9960001B2";
    private static final List<String> FIVE = List.of(
            doc(PARAPHRASE, "Rechargeable lithium battery", "A rechargeable lithium-ion battery cell whose anode is made of "
                    + "silicon and whose electrolyte is a solid polymer, so that no liquid electrolyte can leak."),
            doc("US9960002B2", "Fishing hook weight", "A weight that slides along the shank of a fishing hook and holds a rattle."),
            doc("US9960003B2", "Solar panel cleaning robot", "A brush carriage that runs on rails along a row of solar panels."),
            doc("US9960004B2", "Bicycle disc brake", "A hydraulic disc brake for a bicycle with a self-adjusting pad."),
            doc("US9960005B2", "Coffee grinder burr", "A conical burr for grinding coffee beans to an adjustable size."));

    private static String doc(String number, String title, String abstractText) {
        return "{\"publication_number\": \"" + number + "\", \"title\": \"" + title + "\", \"abstract\": \"" + abstractText
                + "\", \"publication_date\": \"2016-03-01\"}";
    }

    /** Item 9: a description typed as the query finds its paraphrase in semantic and hybrid mode. */
    ProbeResult descriptionQuery() {
        JsonNode semantic = t.http().get("/api/v1/health", null).json().path("semantic");
        if (!semantic.path("enabled").asBoolean()) {
            return ProbeResult.skipped("9", "a description as the query (semantic)", "semantic search is off on this server");
        }
        Http.Answer posted = t.http().postJson("/api/v1/patents", t.adminKey(), "[" + String.join(",", FIVE) + "]");
        if (posted.status() != 200) {
            return ProbeResult.skipped("9", "a description as the query (semantic)", "cannot write its documents: " + posted.status());
        }
        awaitEmbedded(Duration.ofMinutes(3));
        List<String> ranks = new ArrayList<>();
        boolean found = true;
        int undocumented = 0;
        for (String[] search : new String[][] {{"query", "semantic"}, {"query", "hybrid"}, {"text", "semantic"}}) {
            Http.Answer a = t.http().get("/api/v1/search?size=10&mode=" + search[1] + "&" + search[0] + "=" + Http.encode(DESCRIPTION),
                    t.victimKey());
            if (!documented.has("/api/v1/search", "get", a.status())) {
                undocumented++;
            }
            int rank = rank(a, PARAPHRASE);
            ranks.add(search[0] + "= in " + search[1] + ": " + (rank > 0 ? "rank " + rank : a.status() == 200
                    ? "not found (" + a.json().path("total").path("value").asLong() + " hits)" : "status " + a.status()));
            if (search[0].equals("query") && rank <= 0) {
                found = false;
            }
        }
        for (String number : List.of(PARAPHRASE, "US9960002B2", "US9960003B2", "US9960004B2", "US9960005B2")) {
            t.http().delete("/api/v1/patents/" + number, t.adminKey());
        }
        return new ProbeResult("9", "a description as the query (semantic, hybrid)", 3, undocumented, null, Double.NaN, -1,
                found ? Outcome.PASS : Outcome.FAIL, String.join("; ", ranks) + " (goal: its paraphrase in the first 10)", null, 0);
    }

    private void awaitEmbedded(Duration within) {
        long until = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < until) {
            JsonNode s = t.http().get("/api/v1/health", null).json().path("semantic");
            if (s.path("passages_embedded").asLong() >= s.path("passages_expected").asLong() && "idle".equals(s.path("embedding").asText())) {
                return;
            }
            Victim.sleep(500);
        }
    }

    private static int rank(Http.Answer a, String number) {
        if (a.json() == null) {
            return -1;
        }
        for (JsonNode hit : a.json().path("hits")) {
            if (number.equals(hit.path("publication_number").asText())) {
                return hit.path("rank").asInt();
            }
        }
        return -1;
    }

    /** Item 10: JSON bodies with trailing data or a field twice must be refused, not read half. */
    ProbeResult jsonBodies() {
        String[] bodies = {"{\"text\": \"battery\", \"mode\": \"keyword\"} x", "{\"text\": \"battery\", \"mode\": \"keyword\"} {\"text\": \"anode\"}",
                "{\"text\": \"battery\", \"mode\": \"keyword\", \"text\": \"anode\"}"};
        int accepted = 0;
        int undocumented = 0;
        List<String> answers = new ArrayList<>();
        for (String body : bodies) {
            Http.Answer a = t.http().postJson("/api/v1/search", t.attackerKey(), body);
            accepted += a.status() == 200 ? 1 : 0;
            undocumented += documented.has("/api/v1/search", "post", a.status()) ? 0 : 1;
            answers.add(String.valueOf(a.status()));
        }
        return new ProbeResult("10", "JSON with trailing data or a field twice", bodies.length, undocumented, null, Double.NaN, -1,
                accepted == 0 ? Outcome.PASS : Outcome.FAIL, "statuses " + answers + ", " + accepted + " accepted silently", null, 0);
    }

    /** Item 10: what Jetty refuses itself must come in the API's error shape, for every method. */
    ProbeResult jettyRefusals() throws IOException {
        String host = "Host: " + t.http().host() + ":" + t.http().port() + "\r\n";
        String[] requests = {"GET /api/v1/health HTTP/2.5\r\n" + host + "\r\n", "DELETE /api/v1/health HTTP/3.0\r\n" + host + "\r\n",
                "PATCH /api/v1/health HTTP/1.1\r\n" + host + "Content-Length: abc\r\n\r\n", "PUT /api/v1/a%00b HTTP/1.1\r\n" + host + "\r\n",
                "GARBAGE\r\n\r\n"};
        int unshaped = 0;
        List<String> seen = new ArrayList<>();
        for (String request : requests) {
            try (Http.Raw raw = t.http().raw(0)) {
                String answer = raw.send(request).answer(2_000);
                String body = Http.body(answer);
                boolean shaped = body.startsWith("{\"error\":\"") && !body.startsWith("{\"error\":\"internal\"");
                unshaped += shaped ? 0 : 1;
                seen.add(Http.status(answer) + (shaped ? "" : " unshaped"));
            }
        }
        return new ProbeResult("10", "Jetty's own 400/505 answers", requests.length, 0, null, Double.NaN, -1,
                unshaped == 0 ? Outcome.PASS : Outcome.FAIL, "answers " + seen + " (goal: each {error, message, details})", null, 0);
    }

    /** Item 10: "Authorization: Bearer " with nothing after it beside a valid X-API-Key. */
    ProbeResult emptyBearer() {
        if (t.victimKey() == null) {
            return ProbeResult.skipped("10", "an empty bearer beside a valid X-API-Key", "the server has no keys");
        }
        Http.Answer a = t.http().send("GET", "/api/v1/search?mode=keyword&text=battery", null, null, null,
                Map.of("Authorization", "Bearer ", "X-API-Key", t.victimKey()), Duration.ofSeconds(30));
        return new ProbeResult("10", "an empty bearer beside a valid X-API-Key", 1, 0, null, Double.NaN, -1,
                a.status() == 200 ? Outcome.PASS : Outcome.FAIL, "answered " + a.status() + " (goal: 200, the X-API-Key counts)", null, 0);
    }

    /** Item 10: a document with 10,000 claims: its passages must be capped, with a warning. */
    ProbeResult passageCap() {
        String number = "US9980001B2";
        StringBuilder claims = new StringBuilder();
        for (int i = 1; i <= 10_000; i++) {
            claims.append(i == 1 ? "" : ", ").append("\"").append(i).append(". A valve comprising a seat of size ").append(i).append(".\"");
        }
        long before = t.http().get("/api/v1/health", null).json().path("semantic").path("passages_expected").asLong(-1);
        Http.Answer a = t.http().postJson("/api/v1/patents", t.adminKey(), "{\"publication_number\": \"" + number
                + "\", \"title\": \"Valve\", \"claims\": [" + claims + "]}");
        long after = t.http().get("/api/v1/health", null).json().path("semantic").path("passages_expected").asLong(-1);
        JsonNode warnings = a.json() == null ? null : a.json().path("results").path(0).path("warnings");
        boolean warned = warnings != null && warnings.toString().toLowerCase(java.util.Locale.ROOT).contains("passage");
        long queued = before >= 0 && after >= 0 ? after - before : -1;
        t.http().delete("/api/v1/patents/" + number, t.adminKey());
        boolean pass = a.status() == 200 && warned && (queued < 0 || queued < 10_000);
        return new ProbeResult("10", "a document with 10,000 claims", 1, documented.has("/api/v1/patents", "post", a.status()) ? 0 : 1,
                null, Double.NaN, -1, pass ? Outcome.PASS : Outcome.FAIL, "answered " + a.status() + ", passages queued "
                + (queued < 0 ? "unknown" : queued) + ", " + (warned ? "with" : "no") + " warning (goal: capped, with a warning)", null, 0);
    }

    static String auth(String key) {
        return key == null ? "" : "Authorization: Bearer " + key + "\r\n";
    }

    static String shorten(String s, int max) {
        String one = s.replace('\n', ' ');
        return one.length() <= max ? one : one.substring(0, max) + "...";
    }
}
