/**
 * Configuration in one home: {@link org.priorart.config.PriorArtConfig} is built from defaults,
 * environment variables and command-line flags, and handed to the index, the search service and
 * the server.
 */
package org.priorart.config;
