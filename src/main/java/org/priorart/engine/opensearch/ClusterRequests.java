package org.priorart.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.priorart.engine.Deadline;

/**
 * The requests a cluster view makes of the patent index (a search, an {@code _msearch}, an
 * {@code _mget}), each with the search's deadline checked before and after it: one place for how a
 * view asks and how an answer's timeout or error is told.
 */
final class ClusterRequests {

    private final ClusterClient client;
    private final String index;
    private final Deadline deadline;

    ClusterRequests(ClusterClient client, String index, Deadline deadline) {
        this.client = client;
        this.index = index;
        this.deadline = deadline;
    }

    /** A search of the patent index; the deadline checked when it answers. */
    JsonNode search(ObjectNode body) throws IOException {
        deadline.check();
        JsonNode answer = client.post("/" + index + "/_search", body);
        if (answer.path("timed_out").asBoolean()) {
            throw deadline.exceeded();
        }
        deadline.check();
        return answer;
    }

    /** Searches of the patent index in one {@code _msearch}, their answers in order; an error of one fails them all, as one search's would. */
    List<JsonNode> msearch(List<ObjectNode> bodies) throws IOException {
        deadline.check();
        StringBuilder lines = new StringBuilder();
        for (ObjectNode body : bodies) {
            lines.append("{}\n").append(ClusterClient.JSON.writeValueAsString(body)).append('\n');
        }
        String path = "/" + index + "/_msearch";
        JsonNode responses = client.ndjson(path, lines.toString()).path("responses");
        if (responses.size() != bodies.size()) {
            throw new IOException("the cluster answered " + bodies.size() + " searches with " + responses.size() + " answers");
        }
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode r : responses) {
            if (r.has("error")) {
                int status = r.path("status").asInt(500);
                throw new ClusterClient.ClusterException(status, "OpenSearch " + client.location() + ": POST " + path
                        + " answered " + status + ": " + ClusterClient.reason(r), r);
            }
            if (r.path("timed_out").asBoolean()) {
                throw deadline.exceeded();
            }
            out.add(r);
        }
        deadline.check();
        return out;
    }

    /** The sources of these keys (one mget), by key; absent keys are left out. */
    Map<String, JsonNode> mget(List<String> keys, String params) throws IOException {
        Map<String, JsonNode> out = new HashMap<>();
        mgetDocs(keys, params).forEach((key, doc) -> out.put(key, doc.path("_source")));
        return out;
    }

    /** The found documents of these keys as the mget answers them (one request), by key; absent keys are left out. */
    Map<String, JsonNode> mgetDocs(List<String> keys, String params) throws IOException {
        Map<String, JsonNode> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        ObjectNode body = Dsl.object();
        ArrayNode ids = body.putArray("ids");
        keys.forEach(ids::add);
        JsonNode answer = client.post("/" + index + "/_mget?" + params, body);
        deadline.check();
        for (JsonNode d : answer.path("docs")) {
            if (d.path("found").asBoolean()) {
                out.put(d.path("_id").asText(), d);
            }
        }
        return out;
    }
}
