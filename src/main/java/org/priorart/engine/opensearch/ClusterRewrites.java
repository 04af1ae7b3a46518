package org.priorart.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.priorart.config.ClusterWork;
import org.priorart.engine.PassageVectors;
import org.priorart.engine.RejectedDocumentException;
import org.priorart.engine.SearchEngine.Rewrite;
import org.priorart.engine.StoredPatent;

/**
 * The embedding stage's rewrites of patents in the cluster, a batch at a time: one real-time
 * {@code _mget} of the patents' content hashes and model marks with their sequence numbers, then one
 * {@code _bulk} (split at {@link ClusterWork#bulkBytes()}) of {@code index} operations conditional on
 * those sequence numbers. A patent rewritten since it was read (another content hash), deleted, or
 * already marked with the same model by another worker is left alone, and so is one that changes
 * between the read and the write (the cluster answers 409): the same guarantees as one conditional
 * write per patent, in two round trips per batch instead of two per patent.
 */
final class ClusterRewrites {

    private final ClusterClient client;
    private final String index;
    private final ClusterDocuments documents;
    private final ClusterWork limits;
    private final Set<String> vectorFields = ConcurrentHashMap.newKeySet();

    ClusterRewrites(ClusterClient client, String index, ClusterDocuments documents, ClusterWork limits) {
        this.client = client;
        this.index = index;
        this.documents = documents;
        this.limits = limits;
    }

    /** A patent's state in the cluster when the batch is read: its version, content hash and model mark. */
    private record Current(long seqNo, long primaryTerm, String contentHash, String embeddedWith) {
    }

    /** An index operation of the bulk body, with the rewrite it carries. */
    private record Operation(int rewrite, byte[] lines) {
    }

    /**
     * Writes the rewrites that still apply; see the class comment.
     *
     * @return per rewrite, whether it was written
     */
    boolean[] write(List<Rewrite> rewrites, BiConsumer<StoredPatent, RejectedDocumentException> rejected)
            throws IOException {
        boolean[] written = new boolean[rewrites.size()];
        if (rewrites.isEmpty()) {
            return written;
        }
        Map<String, Current> current = read(rewrites);
        List<Operation> operations = new ArrayList<>();
        for (int i = 0; i < rewrites.size(); i++) {
            StoredPatent patent = rewrites.get(i).patent();
            PassageVectors passages = rewrites.get(i).passages();
            Current c = current.get(patent.document().id());
            if (c == null || !patent.contentHash().equals(c.contentHash())) {
                continue; // deleted or rewritten since it was read: the newer content stays
            }
            if (passages != null && passages.model().vectorId().equals(c.embeddedWith())) {
                continue; // another embedding worker wrote these vectors since this one read its work list
            }
            if (passages != null) {
                ensureVectorField(passages);
            }
            operations.add(new Operation(i, lines(patent, passages, c)));
        }
        int from = 0;
        while (from < operations.size()) {
            int to = from;
            long bytes = 0;
            while (to < operations.size() && (to == from || bytes + operations.get(to).lines().length < limits.bulkBytes())) {
                bytes += operations.get(to).lines().length;
                to++;
            }
            send(rewrites, operations.subList(from, to), written, rejected);
            from = to;
        }
        return written;
    }

    /** The patents' current state, by key (one real-time mget); absent keys are left out. */
    private Map<String, Current> read(List<Rewrite> rewrites) throws IOException {
        ObjectNode body = Dsl.object();
        rewrites.forEach(r -> body.withArray("ids").add(r.patent().document().id()));
        JsonNode docs = client.post("/" + index + "/_mget?_source_includes=" + ClusterFields.CONTENT_HASH + ","
                + ClusterFields.EMBEDDED_WITH, body).path("docs");
        Map<String, Current> out = new HashMap<>();
        for (JsonNode d : docs) {
            if (d.path("found").asBoolean()) {
                JsonNode source = d.path("_source");
                out.put(d.path("_id").asText(), new Current(d.path("_seq_no").asLong(), d.path("_primary_term").asLong(),
                        source.path(ClusterFields.CONTENT_HASH).asText(null), source.path(ClusterFields.EMBEDDED_WITH).asText(null)));
            }
        }
        return out;
    }

    private byte[] lines(StoredPatent patent, PassageVectors passages, Current c) throws IOException {
        ObjectNode action = Dsl.object();
        action.putObject("index").put("_id", patent.document().id()).put("if_seq_no", c.seqNo())
                .put("if_primary_term", c.primaryTerm());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ClusterClient.JSON.writeValueAsBytes(action));
        out.write('\n');
        out.writeBytes(ClusterClient.JSON.writeValueAsBytes(documents.toSource(patent.document(), patent.contentHash(), passages)));
        out.write('\n');
        return out.toByteArray();
    }

    private void send(List<Rewrite> rewrites, List<Operation> batch, boolean[] written,
                      BiConsumer<StoredPatent, RejectedDocumentException> rejected) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        batch.forEach(o -> body.writeBytes(o.lines()));
        JsonNode items = client.ndjson("/" + index + "/_bulk", body.toByteArray()).path("items");
        if (items.size() != batch.size()) {
            throw new IOException("the cluster answered " + batch.size() + " rewrites with " + items.size() + " results");
        }
        for (int i = 0; i < batch.size(); i++) {
            JsonNode r = ClusterClient.bulkResult(items.get(i));
            int status = r.path("status").asInt(500);
            int rewrite = batch.get(i).rewrite();
            if (status < 300) {
                written[rewrite] = true;
            } else if (status == 429 || status >= 500) {
                // the cluster, not the document: the caller stops, and a rerun embeds what is left
                throw new ClusterClient.ClusterException(status, "OpenSearch " + client.location() + " refused a rewrite of "
                        + rewrites.get(rewrite).patent().document().id() + " (" + status + "): " + ClusterClient.reason(r), r);
            } else if (status != 409) { // 409: changed between the read and the write, the other write stays
                rejected.accept(rewrites.get(rewrite).patent(), new RejectedDocumentException(
                        "the cluster refuses the document (" + status + "): " + ClusterClient.reason(r), null));
            }
        }
    }

    /**
     * Rewrites the patents that match a query without their passages and model mark, a page at a time
     * (in key order), each from its canonical JSON and conditional on its version as {@link #write} is:
     * a patent rewritten meanwhile keeps the newer write.
     *
     * @throws IOException when the cluster refuses one (it took it before, so the cluster is at fault)
     */
    void withoutPassages(ObjectNode query) throws IOException {
        List<String> refused = new ArrayList<>();
        String after = null;
        while (true) {
            ObjectNode body = Dsl.object().put("size", limits.bulkDocs());
            body.set("query", query.deepCopy());
            body.putObject("_source").putArray("excludes").add(ClusterFields.PASSAGES);
            body.putArray("sort").addObject().put(ClusterFields.ID, "asc");
            if (after != null) {
                body.putArray("search_after").add(after);
            }
            JsonNode hits = client.post("/" + index + "/_search", body).path("hits").path("hits");
            if (hits.isEmpty()) {
                break;
            }
            List<Rewrite> page = new ArrayList<>();
            for (JsonNode hit : hits) {
                JsonNode source = hit.path("_source");
                page.add(new Rewrite(new StoredPatent(documents.fromSource(source),
                        source.path(ClusterFields.CONTENT_HASH).asText()), null));
                after = source.path(ClusterFields.ID).asText();
            }
            write(page, (patent, e) -> refused.add(patent.document().id() + ": " + e.getMessage()));
        }
        if (!refused.isEmpty()) {
            throw new IOException("the cluster refused to rewrite " + refused.size() + " patent(s) without their passages, "
                    + "first " + refused.get(0));
        }
    }

    private void ensureVectorField(PassageVectors passages) throws IOException {
        String field = ClusterFields.vectorField(passages.model().name());
        if (vectorFields.contains(field) || passages.vectors().isEmpty()) {
            return;
        }
        client.put("/" + index + "/_mapping", ClusterFields.vectorMapping(passages.model().name(),
                passages.vectors().get(0).length));
        vectorFields.add(field);
    }
}
