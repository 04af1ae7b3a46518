package org.priorart.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.priorart.engine.EmbeddingClaims;
import org.priorart.engine.StoredPatent;

/**
 * Embedding workers' claims in the cluster ({@code INDEX-claims}): one small claim document per
 * patent being embedded, its id the patent's key, holding the worker and when the lease expires.
 *
 * <p>Why a claim document per patent rather than a lease on a batch or a mark on the patent: a
 * {@code create} of the claim succeeds for exactly one worker (the cluster refuses the second with
 * 409), whatever the work list each worker read; a batch is claimed in one {@code _bulk} round trip;
 * a patent's claim is taken over on its own when its worker died, with {@code if_seq_no} and
 * {@code if_primary_term} of the expired claim, so of two workers taking it over one wins; and the
 * patent document itself is written once, with its vectors (a mark on it would re-index its text
 * twice more). A worker deletes its claims when it has written their batch, and a worker that finds
 * no work left deletes the expired claims a killed worker left on patents it had written, so the index
 * holds only the work in progress.
 *
 * <p>A worker that claimed a patent reads it again (a real-time get) and gives it up if another
 * worker embedded it meanwhile: it may have read its work list before that worker wrote and
 * released. Expiry times are the claiming worker's clock: the lease must be longer than the skew
 * between the workers' machines.
 */
final class ClusterClaims implements EmbeddingClaims {

    static final String SUFFIX = "-claims";

    /** A claim this worker holds: the claim document's version, and when its lease was last written. */
    private record Lease(long seqNo, long primaryTerm, long writtenNanos) {
    }

    private final ClusterClient client;
    private final String claims;
    private final String patents;
    private final String worker;
    private final Duration lease;
    private final Map<String, Lease> held = new HashMap<>();

    ClusterClaims(ClusterClient client, String patents, String worker, Duration lease) {
        this.client = client;
        this.patents = patents;
        this.claims = patents + SUFFIX;
        this.worker = worker;
        this.lease = lease;
    }

    static void ensureIndex(ClusterClient client, String index, int replicas) throws IOException {
        if (client.getOrNull("/" + index + "/_mapping") != null) {
            return;
        }
        ObjectNode body = Dsl.object();
        body.putObject("settings").putObject("index").put("number_of_shards", 1).put("number_of_replicas", replicas)
                .put("refresh_interval", "-1"); // read by id only (real-time): never searched
        ObjectNode p = body.putObject("mappings").put("dynamic", "strict").putObject("properties");
        p.putObject("worker").put("type", "keyword");
        p.putObject("expires").put("type", "long");
        client.createIndexIfAbsent(index, body);
    }

    @Override
    public synchronized Claimed claim(List<StoredPatent> candidates, Collection<String> vectorIds) throws IOException {
        Map<String, StoredPatent> byKey = new HashMap<>();
        candidates.forEach(c -> byKey.put(c.document().id(), c));
        List<String> mine = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        ByteArrayOutputStream creates = new ByteArrayOutputStream();
        for (String key : byKey.keySet()) {
            ObjectNode action = Dsl.object();
            action.putObject("create").put("_id", key);
            line(creates, action);
            line(creates, claimSource());
        }
        List<String> keys = new ArrayList<>(byKey.keySet());
        JsonNode items = bulk(creates, keys.size());
        for (int i = 0; i < keys.size(); i++) {
            JsonNode r = ClusterClient.bulkResult(items.get(i));
            if (r.path("status").asInt() == 201) {
                hold(keys.get(i), r);
                mine.add(keys.get(i));
            } else if (r.path("status").asInt() == 409) {
                taken.add(keys.get(i));
            } else {
                throw new IOException("claiming " + keys.get(i) + " in " + claims + " failed: " + ClusterClient.reason(r));
            }
        }
        List<String> elsewhere = new ArrayList<>();
        int takenOver = takeOverExpired(taken, mine, elsewhere);
        List<StoredPatent> out = new ArrayList<>();
        Set<String> done = embeddedMeanwhile(mine, vectorIds);
        release(done);
        for (String key : mine) {
            if (!done.contains(key)) {
                out.add(byKey.get(key));
            }
        }
        return new Claimed(out, elsewhere, takenOver);
    }

    /** Takes over the expired claims among these, conditional on the version read; the live ones go to {@code elsewhere}. */
    private int takeOverExpired(List<String> taken, List<String> mine, List<String> elsewhere) throws IOException {
        if (taken.isEmpty()) {
            return 0;
        }
        ObjectNode ids = Dsl.object();
        taken.forEach(ids.putArray("ids")::add);
        JsonNode docs = client.post("/" + claims + "/_mget", ids).path("docs");
        long now = System.currentTimeMillis();
        ByteArrayOutputStream overs = new ByteArrayOutputStream();
        List<String> expired = new ArrayList<>();
        for (JsonNode d : docs) {
            String key = d.path("_id").asText();
            if (!d.path("found").asBoolean()) {
                continue; // released meanwhile: the patent was written, or is on the next work list
            }
            if (d.path("_source").path("expires").asLong() > now) {
                elsewhere.add(key);
                continue;
            }
            ObjectNode action = Dsl.object();
            action.putObject("index").put("_id", key).put("if_seq_no", d.path("_seq_no").asLong())
                    .put("if_primary_term", d.path("_primary_term").asLong());
            line(overs, action);
            line(overs, claimSource());
            expired.add(key);
        }
        if (expired.isEmpty()) {
            return 0;
        }
        JsonNode items = bulk(overs, expired.size());
        int n = 0;
        for (int i = 0; i < expired.size(); i++) {
            JsonNode r = ClusterClient.bulkResult(items.get(i));
            if (r.path("status").asInt() < 300) {
                hold(expired.get(i), r);
                mine.add(expired.get(i));
                n++;
            } else {
                elsewhere.add(expired.get(i)); // another worker took it over first
            }
        }
        return n;
    }

    /** The claimed patents another worker embedded after this one read its work list (read in real time). */
    private Set<String> embeddedMeanwhile(List<String> keys, Collection<String> vectorIds) throws IOException {
        Set<String> done = new HashSet<>();
        if (keys.isEmpty() || vectorIds.isEmpty()) {
            return done;
        }
        ObjectNode ids = Dsl.object();
        keys.forEach(ids.putArray("ids")::add);
        JsonNode docs = client.post("/" + patents + "/_mget?_source_includes=" + ClusterFields.EMBEDDED_WITH, ids)
                .path("docs");
        for (JsonNode d : docs) {
            JsonNode with = d.path("_source").path(ClusterFields.EMBEDDED_WITH);
            if (!d.path("found").asBoolean() || vectorIds.contains(with.asText())) {
                done.add(d.path("_id").asText()); // embedded, or deleted: nothing to do
            }
        }
        return done;
    }

    @Override
    public synchronized Set<String> renew() throws IOException {
        long due = System.nanoTime() - lease.toNanos() / 3;
        List<String> keys = new ArrayList<>();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, Lease> e : held.entrySet()) {
            if (e.getValue().writtenNanos() < due) {
                ObjectNode action = Dsl.object();
                action.putObject("index").put("_id", e.getKey()).put("if_seq_no", e.getValue().seqNo())
                        .put("if_primary_term", e.getValue().primaryTerm());
                line(body, action);
                line(body, claimSource());
                keys.add(e.getKey());
            }
        }
        Set<String> lost = new HashSet<>();
        if (keys.isEmpty()) {
            return lost;
        }
        JsonNode items = bulk(body, keys.size());
        for (int i = 0; i < keys.size(); i++) {
            JsonNode r = ClusterClient.bulkResult(items.get(i));
            if (r.path("status").asInt() < 300) {
                hold(keys.get(i), r);
            } else {
                held.remove(keys.get(i));
                lost.add(keys.get(i));
            }
        }
        return lost;
    }

    @Override
    public synchronized void release(Collection<String> keys) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int n = 0;
        for (String key : keys) {
            Lease l = held.remove(key);
            if (l != null) {
                ObjectNode action = Dsl.object();
                action.putObject("delete").put("_id", key).put("if_seq_no", l.seqNo()).put("if_primary_term", l.primaryTerm());
                line(body, action);
                n++;
            }
        }
        if (n > 0) {
            bulk(body, n); // a claim taken over meanwhile (409) is the other worker's to release
        }
    }

    @Override
    public void purgeExpired() throws IOException {
        client.post("/" + claims + "/_refresh", null); // never refreshed otherwise: the query must see every claim
        ObjectNode body = Dsl.object();
        body.putObject("query").putObject("range").putObject("expires").put("lt", System.currentTimeMillis());
        client.post("/" + claims + "/_delete_by_query?conflicts=proceed&refresh=true", body);
    }

    /** The keys this worker holds now (for tests and messages). */
    synchronized Set<String> held() {
        return Set.copyOf(held.keySet());
    }

    private void hold(String key, JsonNode result) {
        held.put(key, new Lease(result.path("_seq_no").asLong(), result.path("_primary_term").asLong(), System.nanoTime()));
    }

    private ObjectNode claimSource() {
        return Dsl.object().put("worker", worker).put("expires", System.currentTimeMillis() + lease.toMillis());
    }

    private JsonNode bulk(ByteArrayOutputStream body, int expected) throws IOException {
        JsonNode items = client.ndjson("/" + claims + "/_bulk", body.toByteArray()).path("items");
        if (items.size() != expected) {
            throw new IOException("the cluster answered " + expected + " claim operations with " + items.size() + " results");
        }
        return items;
    }

    private static void line(ByteArrayOutputStream out, ObjectNode json) throws IOException {
        out.writeBytes(ClusterClient.JSON.writeValueAsBytes(json));
        out.write('\n');
    }
}
