/**
 * The HTTP server (Javalin): {@link org.priorart.server.PriorArtServer} holds the route table (declared
 * in one place, {@code PriorArtServer#routes}) and wires the parts together: the versioned API under
 * {@code /api/v1} ({@link org.priorart.server.api}), its keys and limits ({@link org.priorart.server.auth}),
 * metrics ({@link org.priorart.server.metrics}), the health data ({@link org.priorart.server.Health}) and
 * page, and the work beside the requests ({@link org.priorart.server.background}: the demo indexing on
 * first start, the near-real-time refresh, the embedding loop).
 */
package org.priorart.server;
