package org.priorart.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.priorart.engine.VectorCache;

/**
 * The vector cache in the cluster ({@code INDEX-vectors}): one document per cache key holding the
 * vector as little-endian float32 bytes (a {@code binary} field, neither indexed nor searched), so
 * every PriorArt process and embedding worker on the cluster reuses the vectors any of them computed.
 * Puts are buffered and written with one {@code _bulk} request at {@link #commit()}.
 */
final class ClusterVectorCache implements VectorCache {

    static final String SUFFIX = "-vectors";
    private static final int BULK = 2000;

    private final ClusterClient client;
    private final String index;
    private final Map<String, float[]> pending = new LinkedHashMap<>();

    ClusterVectorCache(ClusterClient client, String index) {
        this.client = client;
        this.index = index;
    }

    static void ensureIndex(ClusterClient client, String index, int replicas) throws IOException {
        if (client.getOrNull("/" + index + "/_mapping") != null) {
            return;
        }
        ObjectNode body = Dsl.object();
        body.putObject("settings").putObject("index").put("number_of_shards", 1).put("number_of_replicas", replicas);
        body.putObject("mappings").put("dynamic", "strict").putObject("properties").putObject("v").put("type", "binary");
        client.createIndexIfAbsent(index, body);
    }

    @Override
    public synchronized Map<String, float[]> getAll(Set<String> keys) throws IOException {
        Map<String, float[]> out = new HashMap<>();
        List<String> ask = new ArrayList<>();
        for (String k : keys) {
            float[] v = pending.get(k);
            if (v != null) {
                out.put(k, v);
            } else {
                ask.add(k);
            }
        }
        for (int from = 0; from < ask.size(); from += BULK) {
            ObjectNode body = Dsl.object();
            ArrayNode ids = body.putArray("ids");
            ask.subList(from, Math.min(ask.size(), from + BULK)).forEach(ids::add);
            for (JsonNode d : client.post("/" + index + "/_mget", body).path("docs")) {
                if (d.path("found").asBoolean()) {
                    out.put(d.path("_id").asText(), decode(d.path("_source").path("v").asText()));
                }
            }
        }
        return out;
    }

    @Override
    public synchronized void put(String key, float[] vector) throws IOException {
        pending.put(key, vector.clone());
        if (pending.size() >= BULK) {
            commit();
        }
    }

    @Override
    public synchronized void commit() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (Map.Entry<String, float[]> e : pending.entrySet()) {
            lines.append("{\"index\":{\"_id\":").append(ClusterClient.JSON.writeValueAsString(e.getKey())).append("}}\n");
            lines.append("{\"v\":\"").append(encode(e.getValue())).append("\"}\n");
        }
        JsonNode answer = client.ndjson("/" + index + "/_bulk", lines.toString());
        if (answer.path("errors").asBoolean()) {
            throw new IOException("the cluster's vector cache " + index + " refused vectors: "
                    + answer.path("items").path(0).toString());
        }
        pending.clear();
    }

    static String encode(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : v) {
            b.putFloat(f);
        }
        return Base64.getEncoder().encodeToString(b.array());
    }

    static float[] decode(String s) {
        ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(s)).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[b.remaining() / 4];
        for (int i = 0; i < v.length; i++) {
            v[i] = b.getFloat();
        }
        return v;
    }
}
