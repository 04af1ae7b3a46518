/**
 * The HTTP server (Javalin): the health page and endpoint, the versioned API under {@code /api/v1}
 * ({@link org.priorart.server.api}), its keys and limits ({@link org.priorart.server.auth}) and
 * metrics ({@link org.priorart.server.metrics}), and the background work: indexing the demo corpus on
 * first start, the near-real-time refresh and the embedding stage. Routes are declared in one place,
 * {@link org.priorart.server.PriorArtServer#routes}.
 */
package org.priorart.server;
