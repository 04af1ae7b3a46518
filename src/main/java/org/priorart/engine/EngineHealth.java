package org.priorart.engine;

/**
 * The health of the engine's storage where it has one of its own (a cluster): whether searches can be
 * answered, and why not or what is at risk. The embedded engine has none: open means ready.
 *
 * @param status           {@code green} (every copy of every shard assigned), {@code yellow} (the primaries
 *                         are, some replicas are not: searches go on, one more lost node may lose data),
 *                         {@code red} (some primary is not: searches miss documents or fail) or
 *                         {@code unreachable} (no node answers)
 * @param nodes            the nodes in the cluster, as the answering node sees it (0 when unreachable)
 * @param unassignedShards shard copies not active: without a node, or still recovering on one
 * @param reason           what is wrong in words, or null when green
 */
public record EngineHealth(String status, int nodes, int unassignedShards, String reason) {

    public static final String GREEN = "green";
    public static final String YELLOW = "yellow";
    public static final String RED = "red";
    public static final String UNREACHABLE = "unreachable";

    /** Whether searches can be answered in full: green or yellow. */
    public boolean ready() {
        return GREEN.equals(status) || YELLOW.equals(status);
    }
}
