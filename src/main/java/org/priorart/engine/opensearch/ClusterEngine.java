package org.priorart.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.config.ClusterSettings;
import org.priorart.config.ClusterWork;
import org.priorart.config.FieldWeights;
import org.priorart.engine.Coverage;
import org.priorart.engine.Deadline;
import org.priorart.engine.EmbeddingClaims;
import org.priorart.engine.EngineException;
import org.priorart.engine.EngineHealth;
import org.priorart.engine.EngineView;
import org.priorart.engine.PassageVectors;
import org.priorart.engine.RejectedDocumentException;
import org.priorart.engine.SearchEngine;
import org.priorart.engine.StoredPatent;
import org.priorart.engine.VectorCache;
import org.priorart.patent.PatentDocument;

/**
 * The patents in an OpenSearch cluster: the second implementation of the engine seam. One index holds
 * the patents ({@link ClusterFields}); beside it, {@code INDEX-state} holds what the embedded engine
 * records in its commit data (the models of the vectors, resumable work) and {@code INDEX-vectors}
 * the vector cache, so every PriorArt process on the cluster reads the same.
 *
 * <p>The ingest's writes ({@link #submit}) go in {@code _bulk} batches ({@link BulkWriter}), sent
 * when full and at each refresh and commit; other writes go one request each, after what is queued.
 * Writes are durable at {@link #commit()} (a {@code _flush}; the translog is also synced every 5 s): a
 * killed ingest resumes by content hash like the embedded one, since a write that was lost has no hash
 * in the index and is written again. A document the cluster refuses (a mapping error, a term too long)
 * fails alone, with {@link RejectedDocumentException}, so the ingest reports it with its file and line.
 * A rewrite by the embedding stage ({@link #writeIfUnchanged}) is conditional on the patent's sequence
 * number in the cluster (optimistic concurrency): a patent changed meanwhile, by this process or
 * another worker, keeps its newer content, and one embedded meanwhile by another worker is not
 * written again. Embedding workers share the work through claims in {@code INDEX-claims}
 * ({@link ClusterClaims}).
 */
public final class ClusterEngine implements SearchEngine {

    private static final String STATE = "-state";
    private static final String VECTORS_RECORD = "vectors";

    private final ClusterSettings settings;
    private final ClusterClient client;
    private final boolean writable;
    private final BulkWriter bulk;
    private final ClusterDocuments documents = new ClusterDocuments();
    private final AtomicLong writes = new AtomicLong();
    private final ClusterRewrites rewrites;
    private ClusterVectorCache vectorCache;

    private ClusterEngine(ClusterSettings settings, boolean writable, ClusterWork work) {
        this.settings = settings;
        this.client = new ClusterClient(settings);
        this.writable = writable;
        this.bulk = new BulkWriter(client, settings.index(), work);
        this.rewrites = new ClusterRewrites(client, settings.index(), documents, work);
    }

    /** Opens the cluster's index for writing, creating it (and its state and cache indices) when absent. */
    public static ClusterEngine openWritable(ClusterSettings settings) throws IOException {
        return openWritable(settings, ClusterWork.DEFAULT);
    }

    /** Opens the cluster's index for writing, with these batch sizes and retries. */
    public static ClusterEngine openWritable(ClusterSettings settings, ClusterWork work) throws IOException {
        ClusterEngine e = new ClusterEngine(settings, true, work);
        try {
            e.ensureIndices();
            return e;
        } catch (IOException | RuntimeException x) {
            e.client.close();
            throw x;
        }
    }

    /** Opens the cluster's index for searching; it must exist. */
    public static ClusterEngine openReadOnly(ClusterSettings settings) throws IOException {
        ClusterEngine e = new ClusterEngine(settings, false, ClusterWork.DEFAULT);
        try {
            JsonNode mapping = e.client.getOrNull("/" + settings.index() + "/_mapping");
            if (mapping == null) {
                throw new EngineException("no index '" + settings.index() + "' in the cluster at "
                        + String.join(",", settings.nodes()) + " (build one with './priorart index --backend opensearch "
                        + "--cluster URL --input ...')");
            }
            e.checkSchema(mapping);
            return e;
        } catch (IOException | RuntimeException x) {
            e.client.close();
            throw x;
        }
    }

    private void ensureIndices() throws IOException {
        String index = settings.index();
        JsonNode mapping = client.getOrNull("/" + index + "/_mapping");
        if (mapping == null) {
            client.put("/" + index, ClusterFields.index(settings.shards(), settings.replicas()));
        } else {
            checkSchema(mapping);
        }
        if (client.getOrNull("/" + index + STATE + "/_mapping") == null) {
            ObjectNode body = Dsl.object();
            body.putObject("settings").putObject("index").put("number_of_shards", 1).put("number_of_replicas", settings.replicas());
            body.putObject("mappings").put("dynamic", "strict").putObject("properties").putObject("value").put("type", "keyword")
                    .put("index", false).put("doc_values", false);
            client.createIndexIfAbsent(index + STATE, body);
        }
        ClusterVectorCache.ensureIndex(client, index + ClusterVectorCache.SUFFIX, settings.replicas());
        ClusterClaims.ensureIndex(client, index + ClusterClaims.SUFFIX, settings.replicas());
    }

    private void checkSchema(JsonNode mapping) throws EngineException {
        JsonNode meta = mapping.path(settings.index()).path("mappings").path("_meta");
        String schema = meta.path("schema").asText(null);
        if (schema != null && schema.startsWith("cluster-") && !ClusterFields.SCHEMA.equals(schema)) {
            // an index an older (or newer) PriorArt made: its mapping lacks fields this one reads, so it is not used at all
            throw new EngineException("the cluster's index '" + settings.index() + "' has PriorArt's index schema " + schema
                    + ", this PriorArt reads schema " + ClusterFields.SCHEMA + "; reindex: index the same inputs into a new index "
                    + "('./priorart index --backend opensearch --cluster URL --cluster-index NEW --input ...', then "
                    + "'./priorart embed' with --vector-cache-from to reuse the vectors), or delete this one and index again");
        }
        if (!ClusterFields.SCHEMA.equals(schema)) {
            throw new EngineException("the cluster's index '" + settings.index() + "' is not a PriorArt index of schema "
                    + ClusterFields.SCHEMA + " (found " + schema + "); choose another index name (PRIORART_CLUSTER_INDEX)");
        }
    }

    ClusterClient client() {
        return client;
    }

    String index() {
        return settings.index();
    }

    ClusterDocuments documents() {
        return documents;
    }

    /** A key in a request path. */
    static String encode(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    @Override
    public String location() {
        return client.location();
    }

    @Override
    public boolean writable() {
        return writable;
    }

    @Override
    public String schemaVersion() {
        return ClusterFields.SCHEMA;
    }

    @Override
    public EngineView view(FieldWeights weights, Deadline deadline) {
        return new ClusterView(this, weights, deadline);
    }

    private void checkWritable() throws EngineException {
        if (!writable) {
            throw new EngineException("the cluster index " + location() + " is open read-only");
        }
    }

    @Override
    public void write(PatentDocument doc, String contentHash, boolean replace) throws IOException {
        checkWritable();
        bulk.flush(); // a queued version of this patent must not arrive after this one
        put(doc.id(), documents.toSource(doc, contentHash, null));
        writes.incrementAndGet();
    }

    /** Queues the write for the next {@code _bulk} batch (sent when full, and at each refresh and commit). */
    @Override
    public void submit(PatentDocument doc, String contentHash, boolean replace,
                       Consumer<RejectedDocumentException> rejected) throws IOException {
        checkWritable();
        bulk.add(doc.id(), documents.toSource(doc, contentHash, null), rejected);
        writes.incrementAndGet();
    }

    /** Indexes a document. */
    private void put(String key, ObjectNode source) throws IOException {
        try {
            client.post("/" + settings.index() + "/_doc/" + encode(key), source);
        } catch (ClusterClient.ClusterException e) {
            if (e.status == 400) {
                throw new RejectedDocumentException("the cluster refuses the document: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    @Override
    public void delete(String key) throws IOException {
        checkWritable();
        bulk.flush();
        client.delete("/" + settings.index() + "/_doc/" + encode(key));
        writes.incrementAndGet();
    }

    @Override
    public long writeSequence() {
        return writes.get();
    }

    @Override
    public boolean writeIfUnchanged(StoredPatent patent, PassageVectors passages, long readAt) throws IOException {
        RejectedDocumentException[] refused = new RejectedDocumentException[1];
        boolean written = writeAllIfUnchanged(List.of(new Rewrite(patent, passages)), readAt, (p, e) -> refused[0] = e)[0];
        if (refused[0] != null) {
            throw refused[0];
        }
        return written;
    }

    /** Conditional on each patent's sequence number in the cluster: one mget and one bulk per batch ({@link ClusterRewrites}). */
    @Override
    public boolean[] writeAllIfUnchanged(List<Rewrite> rewrites, long readAt,
                                         BiConsumer<StoredPatent, RejectedDocumentException> rejected) throws IOException {
        checkWritable();
        bulk.flush();
        return rewrites.isEmpty() ? new boolean[0] : this.rewrites.write(rewrites, rejected);
    }

    @Override
    public void forgetWritesUpTo(long sequence) {
        // nothing kept per write: rewrites are conditional on the cluster's own sequence numbers
    }

    @Override
    public void dropPassagesNotEmbeddedWith(Collection<String> vectorIds) throws IOException {
        checkWritable();
        Dsl.Bool q = new Dsl.Bool().filter(existsQuery(ClusterFields.EMBEDDED_WITH));
        if (!vectorIds.isEmpty()) {
            q.mustNot(Dsl.terms(ClusterFields.EMBEDDED_WITH, List.copyOf(vectorIds)));
        }
        // Rewritten whole from their canonical JSON: an update script rewrites a patent from its source,
        // which lacks the fields left out of it (the texts, the summary), so it would drop them.
        bulk.flush();
        rewrites.withoutPassages(q.build());
        refresh();
        writes.incrementAndGet();
    }

    private static ObjectNode existsQuery(String field) {
        ObjectNode q = Dsl.object();
        q.putObject("exists").put("field", field);
        return q;
    }

    @Override
    public void refresh() throws IOException {
        bulk.flush();
        client.post("/" + settings.index() + "/_refresh", null);
    }

    /** Makes the writes so far durable: the vector cache's buffer written, the index's translog synced (_flush). */
    @Override
    public void commit() throws IOException {
        bulk.flush();
        if (vectorCache != null) {
            vectorCache.commit();
        }
        if (writable) {
            client.post("/" + settings.index() + "/_flush", null);
        }
    }

    @Override
    public List<String> vectorIds() throws IOException {
        String recorded = recorded(VECTORS_RECORD);
        return recorded == null || recorded.isBlank() ? List.of() : Arrays.asList(recorded.split(","));
    }

    @Override
    public void recordVectorIds(List<String> vectorIds) throws IOException {
        record(VECTORS_RECORD, String.join(",", vectorIds));
    }

    @Override
    public String recorded(String name) throws IOException {
        JsonNode d = client.getOrNull("/" + settings.index() + STATE + "/_doc/" + encode(name));
        return d == null || !d.path("found").asBoolean() ? null : d.path("_source").path("value").asText(null);
    }

    @Override
    public void record(String name, String value) throws IOException {
        checkWritable();
        ObjectNode body = Dsl.object().put("value", value);
        client.put("/" + settings.index() + STATE + "/_doc/" + encode(name) + "?refresh=true", body);
    }

    @Override
    public EmbeddingClaims claims(String worker, Duration lease) throws IOException {
        checkWritable();
        return new ClusterClaims(client, settings.index(), worker, lease);
    }

    @Override
    public synchronized VectorCache vectorCache() throws IOException {
        checkWritable();
        if (vectorCache == null) {
            vectorCache = new ClusterVectorCache(client, settings.index() + ClusterVectorCache.SUFFIX);
        }
        return vectorCache;
    }

    /** The semantic coverage, for the models the index records: one search with aggregations. */
    Coverage coverage() throws IOException {
        List<String> ids = vectorIds();
        ObjectNode body = Dsl.object().put("size", 0).put("track_total_hits", true);
        ObjectNode aggs = body.putObject("aggs");
        aggs.putObject("expected").putObject("sum").put("field", ClusterFields.PASSAGE_COUNT);
        ObjectNode embedded = aggs.putObject("embedded");
        embedded.set("filter", ids.isEmpty() ? Dsl.matchNone() : Dsl.terms(ClusterFields.EMBEDDED_WITH, ids));
        embedded.putObject("aggs").putObject("passages").putObject("nested").put("path", ClusterFields.PASSAGES);
        JsonNode answer = client.post("/" + settings.index() + "/_search", body);
        JsonNode a = answer.path("aggregations");
        return new Coverage(a.path("embedded").path("passages").path("doc_count").asLong(),
                (long) a.path("expected").path("value").asDouble(), a.path("embedded").path("doc_count").asLong(),
                answer.path("hits").path("total").path("value").asLong());
    }

    /** The languages the index has text in. */
    Set<AnalysisLanguage> textLanguages() throws IOException {
        ObjectNode body = Dsl.object().put("size", 0);
        body.putObject("aggs").putObject("languages").putObject("terms").put("field", ClusterFields.TEXT_LANGUAGE).put("size", 100);
        return ClusterView.languagesOf(client.post("/" + settings.index() + "/_search", body)
                .path("aggregations").path("languages").path("buckets"));
    }

    /** Deletes the patents' index and the indices beside it (state, vector cache, claims): benchmarks' scratch indices. */
    public void dropIndices() throws IOException {
        checkWritable();
        String i = settings.index();
        client.delete("/" + i + "," + i + STATE + "," + i + ClusterVectorCache.SUFFIX + "," + i + ClusterClaims.SUFFIX
                + "?ignore_unavailable=true");
    }

    @Override
    public EngineException explain(Throwable failure) {
        String m = String.valueOf(failure.getMessage());
        if (m.contains("cluster_block_exception") || m.contains("read_only_allow_delete")) {
            return new EngineException("the cluster at " + location() + " refuses writes (" + m + "): its disks passed the "
                    + "flood-stage watermark or the index is blocked; free space, then clear the block");
        }
        if (failure instanceof ClusterClient.ClusterException e && (e.status == 429 || e.status == 503)) {
            return new EngineException("the cluster at " + location() + " is overloaded or unavailable (" + e.status
                    + "); the documents written so far are kept: run the same command again");
        }
        return null;
    }

    @Override
    public EngineHealth health() {
        return ClusterHealth.of(client, settings.index());
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (writable && !bulk.failed()) {
                bulk.flush(); // what was submitted is sent, as the embedded engine's close keeps its buffered writes
            }
            if (vectorCache != null && writable) {
                vectorCache.commit();
            }
        } finally {
            client.close();
        }
    }
}
