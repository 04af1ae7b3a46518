/**
 * The cluster engine: PriorArt's patents in an OpenSearch 3.x cluster behind the engine seam
 * ({@link org.priorart.engine.opensearch.ClusterEngine}), chosen with {@code --backend opensearch
 * --cluster URL[,URL...]}. The same analysis (PriorArt's analyzers as an OpenSearch plugin), the
 * examiner query language and free text compiled to the query DSL clause for clause as the embedded
 * engine builds its Lucene queries, nearest-neighbour search on nested passage vectors with the
 * filters inside, and snippets and marks by the embedded engine's own highlighter on the page's
 * documents; what the embedded engine keeps in its directory (recorded state, the vector cache) in
 * indices beside the patents, and so do the servers' search sessions and API keys
 * ({@link org.priorart.engine.opensearch.ClusterSharedState}). Ingest writes go in {@code _bulk} batches
 * ({@link org.priorart.engine.opensearch.BulkWriter}); embedding workers on several machines share the
 * work through claims with leases ({@link org.priorart.engine.opensearch.ClusterClaims}).
 */
package org.priorart.engine.opensearch;
