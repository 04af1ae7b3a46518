/** The server's Prometheus metrics (Micrometer), labelled by route template, status and search mode. */
package org.priorart.server.metrics;
