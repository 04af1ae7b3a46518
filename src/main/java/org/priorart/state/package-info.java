/**
 * What several PriorArt servers share besides the patents: small JSON documents with a version each
 * ({@link org.priorart.state.VersionedDocuments}), written conditionally on the version they were read
 * at (optimistic concurrency), so that two servers changing the same document never lose a change:
 * the second write fails, and its writer reads again and re-applies its change. The search sessions
 * ({@link org.priorart.server.session}) and the API keys ({@link org.priorart.server.auth}) are kept
 * in them in cluster mode; the cluster engine implements them
 * ({@link org.priorart.engine.opensearch.ClusterSharedState}).
 */
package org.priorart.state;
