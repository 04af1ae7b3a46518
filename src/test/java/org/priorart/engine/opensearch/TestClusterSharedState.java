package org.priorart.engine.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.priorart.config.ClusterSettings;
import org.priorart.state.Version;
import org.priorart.state.VersionedDocuments;
import org.priorart.state.VersionedDocuments.Document;

/**
 * The versioned documents servers share in the cluster: what one client writes another reads at
 * once (no refresh waited for), a replace on a stale version (changed or deleted meanwhile) writes
 * nothing, an id is created once, and a group lists its documents as they are now.
 */
class TestClusterSharedState {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode body(String text) throws IOException {
        return JSON.readTree(text);
    }

    /** Two processes may create the same index at once: the second finds it made; any other refusal is an error. */
    @Test
    void anIndexThatExistsIsNotCreatedAgainAndABadOneIsRefused() throws Exception {
        ClusterSettings settings = ClusterNode.fresh("create-once");
        try (ClusterClient client = new ClusterClient(settings)) {
            client.createIndexIfAbsent(settings.index(), body("{\"settings\": {\"index\": {\"number_of_replicas\": 0}}}"));
            client.createIndexIfAbsent(settings.index(), body("{\"settings\": {\"index\": {\"number_of_replicas\": 0}}}"));
            assertNotNull(client.getOrNull("/" + settings.index() + "/_mapping"));
            assertThrows(ClusterClient.ClusterException.class, () -> client.createIndexIfAbsent(settings.index() + "-bad",
                    body("{\"settings\": {\"index\": {\"number_of_shards\": -1}}}")));
        } finally {
            ClusterNode.drop(settings);
        }
    }

    @Test
    void writesAreConditionalOnTheVersionReadAndSeenByAnotherClientAtOnce() throws Exception {
        ClusterSettings settings = ClusterNode.fresh("state-docs");
        try (ClusterSharedState one = ClusterSharedState.open(settings); ClusterSharedState two = ClusterSharedState.open(settings)) {
            VersionedDocuments a = one.sessions();
            VersionedDocuments b = two.sessions();
            assertTrue(a.get("s1").isEmpty(), "no index yet: nothing found, no error");
            assertEquals(List.of(), a.find("alice", 10));
            assertEquals(0, a.count("alice"));

            assertTrue(a.create("s1", "alice", body("{\"n\": 1}")));
            assertFalse(b.create("s1", "alice", body("{\"n\": 99}")), "an id is created once");
            Document read = b.get("s1").orElseThrow();
            assertEquals(1, read.body().path("n").asInt());

            assertTrue(b.replace("s1", "alice", body("{\"n\": 2}"), read.version()));
            assertFalse(a.replace("s1", "alice", body("{\"n\": 3}"), read.version()), "a stale version writes nothing");
            Document now = a.get("s1").orElseThrow();
            assertEquals(2, now.body().path("n").asInt(), "the other client's write, read at once (real time)");
            assertNotEquals(read.version(), now.version());

            assertTrue(a.create("s2", "alice", body("{\"n\": 5}")));
            assertTrue(a.create("s3", "bob", body("{\"n\": 6}")));
            assertTrue(a.replace("s2", "alice", body("{\"n\": 7}"), a.get("s2").orElseThrow().version()));
            List<Document> alice = b.find("alice", 10);
            assertEquals(List.of("s1", "s2"), alice.stream().map(Document::id).sorted().toList());
            assertEquals(7, alice.stream().filter(d -> d.id().equals("s2")).findFirst().orElseThrow().body().path("n").asInt(),
                    "a list has the content as written, not as last refreshed");
            assertEquals(2, b.count("alice"));
            assertEquals(1, b.count("bob"));

            Version before = a.get("s2").orElseThrow().version();
            b.delete("s2");
            b.delete("s2"); // nothing when absent
            assertFalse(a.replace("s2", "alice", body("{\"n\": 8}"), before), "a deleted document is not written again");
            assertTrue(a.get("s2").isEmpty());
            assertEquals(List.of("s1"), a.find("alice", 10).stream().map(Document::id).toList());
            assertTrue(one.keys().get("s1").isEmpty(), "the keys live in an index of their own");
        } finally {
            ClusterNode.drop(settings);
        }
    }

    @Test
    void aClusterThatCannotBeReachedFailsEveryReadAndWrite() throws Exception {
        ClusterSettings nowhere = new ClusterSettings(ClusterSettings.Backend.OPENSEARCH, List.of("http://127.0.0.1:1"),
                "state-nowhere", null, null, null, false, 1, 0);
        try (ClusterSharedState state = ClusterSharedState.open(nowhere)) {
            IOException e = assertThrows(IOException.class, () -> state.keys().get("api-keys"));
            assertTrue(e.getMessage().contains("127.0.0.1:1"), e.getMessage());
            assertThrows(IOException.class, () -> state.sessions().create("s", "g", body("{}")));
        }
    }
}
