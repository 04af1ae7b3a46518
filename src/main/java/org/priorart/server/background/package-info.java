/**
 * The server's work beside the requests, each in its own class: the demo indexing of an empty index
 * ({@link org.priorart.server.background.DemoIndexer}), the embedding loop that embeds what is not
 * embedded yet ({@link org.priorart.server.background.EmbeddingLoop}), the refresher that makes writes
 * searchable within a second ({@link org.priorart.server.background.Refresher}), started and stopped
 * together ({@link org.priorart.server.background.BackgroundWork}), with their states for /health. They
 * talk to the engine through its interface only.
 */
package org.priorart.server.background;
