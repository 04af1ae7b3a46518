package org.priorart.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.priorart.engine.EngineHealth;

/**
 * The cluster's health for the patent index, as /health reports it: OpenSearch's own status of the
 * index ({@code _cluster/health/INDEX}, answered from the asked node's cluster state so that a cluster
 * without a manager still answers) with the reason in words. Never throws: no answer is
 * {@link EngineHealth#UNREACHABLE}.
 */
final class ClusterHealth {

    private ClusterHealth() {
    }

    static EngineHealth of(ClusterClient client, String index) {
        JsonNode h;
        try {
            h = client.get("/_cluster/health/" + index + "?local=true&timeout=1s");
        } catch (ClusterClient.ClusterException e) {
            if (e.answer == null || !e.answer.has("status")) { // 408 still carries the health (a red index timed out)
                return new EngineHealth(EngineHealth.UNREACHABLE, 0, 0, "the cluster answered " + e.getMessage());
            }
            h = e.answer;
        } catch (IOException | RuntimeException e) {
            return new EngineHealth(EngineHealth.UNREACHABLE, 0, 0, String.valueOf(e.getMessage()));
        }
        return of(h);
    }

    /** The health from OpenSearch's answer. */
    static EngineHealth of(JsonNode h) {
        String status = h.path("status").asText(EngineHealth.RED);
        int nodes = h.path("number_of_nodes").asInt();
        int unassigned = h.path("unassigned_shards").asInt() + h.path("initializing_shards").asInt();
        int active = h.path("active_shards").asInt();
        String onNodes = " (the cluster has " + nodes + (nodes == 1 ? " node" : " nodes") + ")";
        String reason = switch (status) {
            case EngineHealth.GREEN -> null;
            case EngineHealth.YELLOW -> unassigned + " of " + (active + unassigned) + " shard copies of the index are not "
                    + "active (unassigned or still recovering)" + onNodes + ": replicas are unassigned, so searches are answered but losing another node may lose data";
            default -> "primary shards of the index have no node (" + unassigned + " shard copies unassigned, "
                    + h.path("active_primary_shards").asInt() + " primaries active)" + onNodes
                    + ": searches would miss documents or fail";
        };
        if (!h.path("discovered_cluster_manager").asBoolean(true)) {
            reason = (reason == null ? "" : reason + "; ") + "no cluster manager is elected: writes are refused";
        }
        return new EngineHealth(status, nodes, unassigned, reason);
    }
}
