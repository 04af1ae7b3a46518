package org.priorart.server;

import java.util.Map;
import org.priorart.server.background.IndexingStatus;

/**
 * The minimal HTML health page at {@code /}: what the index holds and whether indexing is running.
 * Every value is escaped; the page refreshes itself while indexing runs.
 */
final class HealthPage {

    private HealthPage() {
    }

    private static String clusterText(Map<String, Object> cluster) {
        return cluster.get("status") + ", " + cluster.get("nodes") + " nodes"
                + (cluster.get("reason") == null ? "" : ": " + cluster.get("reason"));
    }

    static String render(Map<String, Object> health) {
        IndexingStatus.Snapshot indexing = (IndexingStatus.Snapshot) health.get("indexing");
        @SuppressWarnings("unchecked")
        Map<String, Object> cluster = (Map<String, Object>) health.get("cluster");
        if (indexing == null) { // the index is still opening, or its cluster cannot answer
            return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>PriorArt</title>"
                    + "<meta http-equiv=\"refresh\" content=\"2\"></head><body><h1>PriorArt</h1><p>Status: "
                    + escape(String.valueOf(health.get("status"))) + "</p>"
                    + (cluster == null ? "" : "<p>Cluster: " + escape(clusterText(cluster)) + "</p>") + "</body></html>\n";
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> sem = (Map<String, Object>) health.get("semantic");
        boolean running = "indexing".equals(indexing.state())
                || sem != null && sem.get("coverage") instanceof Number c && c.doubleValue() < 1.0;
        StringBuilder html = new StringBuilder("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>PriorArt</title>
                """);
        if (running) {
            html.append("<meta http-equiv=\"refresh\" content=\"3\">\n");
        }
        html.append("""
                <style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:50rem}
                td{padding:.2rem 1rem .2rem 0}th{text-align:left;padding-right:1rem}</style></head>
                <body><h1>PriorArt</h1><p>Patent prior-art search server.</p><table>
                """);
        row(html, "Status", health.get("status"));
        row(html, "Documents searchable", health.get("documents"));
        @SuppressWarnings("unchecked")
        Map<String, Object> index = (Map<String, Object>) health.get("index");
        row(html, "Index", "version " + index.get("version") + " (schema " + index.get("schema_version") + ")"
                + (Boolean.TRUE.equals(index.get("writable")) ? "" : ", read-only"));
        if (cluster != null) {
            row(html, "Cluster", clusterText(cluster));
        }
        row(html, "Background indexing", indexing.state()
                + (indexing.percent() != null ? " (" + indexing.percent() + "% of input, " + indexing.documentsRead() + " documents read)" : ""));
        if (indexing.message() != null) {
            row(html, "Last indexing run", indexing.message());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> semantic = (Map<String, Object>) health.get("semantic");
        if (semantic != null && Boolean.TRUE.equals(semantic.get("enabled"))) {
            double share = ((Number) semantic.get("coverage")).doubleValue();
            row(html, "Semantic coverage", String.format("%.1f%% of passages embedded (%s of %s), model %s, %s",
                    100 * share, semantic.get("passages_embedded"), semantic.get("passages_expected"),
                    semantic.get("model"), semantic.get("embedding")));
        } else {
            row(html, "Semantic search", "off (keyword only)");
        }
        html.append("</table><p>Machine-readable: <a href=\"/health\">/health</a>. The API: "
                + "<a href=\"/api/v1/docs\">/api/v1/docs</a> (OpenAPI: <a href=\"/api/v1/openapi.json\">/api/v1/openapi.json</a>)."
                + "</p></body></html>\n");
        return html.toString();
    }

    private static void row(StringBuilder html, String label, Object value) {
        html.append("<tr><th>").append(escape(label)).append("</th><td>")
                .append(escape(String.valueOf(value))).append("</td></tr>\n");
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
