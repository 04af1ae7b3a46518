/**
 * The HTTP server (Javalin): for now the health endpoint and page, and the background indexing of
 * the demo corpus on first start. Routes are declared in one place,
 * {@link org.priorart.server.PriorArtServer#routes}.
 */
package org.priorart.server;
