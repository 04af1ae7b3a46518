package org.priorart.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.priorart.state.Version;
import org.priorart.state.VersionedDocuments;

/**
 * Versioned documents in one index of the cluster ({@code {"group": keyword, "body": object}}, the
 * body stored, not indexed). Reads by id are OpenSearch's real-time GET (every acknowledged write,
 * refreshed or not); a replace names the {@code if_seq_no} and {@code if_primary_term} it read, and the
 * cluster's answer 409 (changed or deleted meanwhile) becomes {@code false}. Creations and deletions
 * refresh the index before they answer (they are rare: a session made or deleted, the first key), so
 * a list made next, on any server, has them; a list reads its documents' content by real-time
 * {@code _mget}, so it is as current as a GET. The index is made on the first write; before, every
 * read finds nothing.
 */
final class ClusterVersionedIndex implements VersionedDocuments {

    private final ClusterClient client;
    private final String index;
    private final int replicas;
    private final String nodes;
    private volatile boolean exists;

    ClusterVersionedIndex(ClusterClient client, String index, int replicas, String nodes) {
        this.client = client;
        this.index = index;
        this.replicas = replicas;
        this.nodes = nodes;
    }

    @Override
    public Optional<Document> get(String id) throws IOException {
        JsonNode answer = client.getOrNull(doc(id));
        return answer == null || !answer.path("found").asBoolean() ? Optional.empty() : Optional.of(document(answer));
    }

    @Override
    public boolean create(String id, String group, JsonNode body) throws IOException {
        ensureIndex();
        return written(client.postOrConflict("/" + index + "/_create/" + ClusterEngine.encode(id) + "?refresh=true",
                source(group, body)));
    }

    @Override
    public boolean replace(String id, String group, JsonNode body, Version expected) throws IOException {
        ensureIndex();
        return written(client.postOrConflict(doc(id) + "?if_seq_no=" + expected.sequence() + "&if_primary_term="
                + expected.term(), source(group, body)));
    }

    @Override
    public void delete(String id) throws IOException {
        client.delete(doc(id) + "?refresh=true");
    }

    @Override
    public List<Document> find(String group, int max) throws IOException {
        ObjectNode search = Dsl.object();
        search.put("size", max).put("_source", false).putObject("query").putObject("term").put("group", group);
        search.putArray("sort").add("_doc");
        JsonNode hits = client.postOrConflict("/" + index + "/_search", search);
        List<Document> out = new ArrayList<>();
        if (hits == null || hits.path("hits").path("hits").isEmpty()) {
            return out; // no index yet, or nothing in the group
        }
        ObjectNode mget = Dsl.object();
        ArrayNode ids = mget.putArray("ids");
        hits.path("hits").path("hits").forEach(h -> ids.add(h.path("_id").asText()));
        for (JsonNode d : client.post("/" + index + "/_mget", mget).path("docs")) {
            // real time: the content as written, even when the search saw an older one; gone meanwhile: left out
            if (d.path("found").asBoolean() && group.equals(d.path("_source").path("group").asText())) {
                out.add(document(d));
            }
        }
        return out;
    }

    @Override
    public long count(String group) throws IOException {
        ObjectNode body = Dsl.object();
        body.putObject("query").putObject("term").put("group", group);
        JsonNode answer = client.postOrConflict("/" + index + "/_count", body);
        return answer == null ? 0 : answer.path("count").asLong();
    }

    @Override
    public String describe() {
        return "the index " + index + " of the cluster at " + nodes;
    }

    private String doc(String id) {
        return "/" + index + "/_doc/" + ClusterEngine.encode(id);
    }

    private static ObjectNode source(String group, JsonNode body) {
        ObjectNode source = Dsl.object();
        source.put("group", group);
        source.set("body", body);
        return source;
    }

    private static Document document(JsonNode answer) {
        JsonNode source = answer.path("_source");
        return new Document(answer.path("_id").asText(), source.path("group").asText(), source.path("body"),
                new Version(answer.path("_seq_no").asLong(), answer.path("_primary_term").asLong()));
    }

    /** A write's answer: written, or refused with 409 (a version conflict, or the id taken). */
    private boolean written(JsonNode answer) throws IOException {
        if (answer == null) {
            throw new IOException("the cluster's index " + index + " is gone (deleted while in use)");
        }
        return answer.path("status").asInt(200) != 409;
    }

    /** Creates the index unless it exists (another server may just have made it). */
    private void ensureIndex() throws IOException {
        if (exists) {
            return;
        }
        if (client.getOrNull("/" + index + "/_mapping") == null) {
            ObjectNode body = Dsl.object();
            body.putObject("settings").putObject("index").put("number_of_shards", 1).put("number_of_replicas", replicas);
            ObjectNode properties = body.putObject("mappings").put("dynamic", "strict").putObject("properties");
            properties.putObject("group").put("type", "keyword");
            properties.putObject("body").put("type", "object").put("enabled", false);
            client.createIndexIfAbsent(index, body);
        }
        exists = true;
    }
}
