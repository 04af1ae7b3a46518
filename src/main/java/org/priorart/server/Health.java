package org.priorart.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.priorart.embed.VectorModels;
import org.priorart.engine.Coverage;
import org.priorart.engine.EngineHealth;
import org.priorart.engine.EngineView;
import org.priorart.engine.SearchEngine;
import org.priorart.search.SearchService;
import org.priorart.server.background.BackgroundWork;

/**
 * The health data, served as JSON at /health and /api/v1/health and shown on the page at /status:
 * status, documents, passages, the index version, the demo indexing and the semantic coverage, and on a
 * cluster the cluster's status.
 */
final class Health {

    private Health() {
    }

    /** While the index opens (or after it failed to): the status alone. */
    static Map<String, Object> opening(boolean failed) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("status", failed ? "failed" : "starting");
        return h;
    }

    /** Whether the health says the server can answer searches (else /health answers 503). */
    static boolean ready(Map<String, Object> health) {
        return "ok".equals(health.get("status"));
    }

    /**
     * The health of an open index. On a cluster, its status too: green or yellow (with the reason) is
     * ready; red or no answer is {@code unavailable}, with the cluster's status alone (the figures would
     * need the cluster).
     */
    static Map<String, Object> of(SearchEngine engine, SearchService search, VectorModels models, BackgroundWork background) {
        EngineHealth cluster = engine.health();
        if (cluster != null && !cluster.ready()) {
            return unavailable(cluster);
        }
        try {
            Map<String, Object> h = figures(engine, search, models, background);
            if (cluster != null) {
                h.put("cluster", cluster(cluster));
            }
            return h;
        } catch (UncheckedIOException e) {
            if (cluster == null) {
                throw e;
            }
            return unavailable(new EngineHealth(EngineHealth.UNREACHABLE, 0, 0, String.valueOf(e.getCause().getMessage())));
        }
    }

    private static Map<String, Object> unavailable(EngineHealth cluster) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("status", "unavailable");
        h.put("cluster", cluster(cluster));
        return h;
    }

    private static Map<String, Object> cluster(EngineHealth c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", c.status());
        m.put("nodes", c.nodes());
        m.put("unassigned_shards", c.unassignedShards());
        if (c.reason() != null) {
            m.put("reason", c.reason());
        }
        return m;
    }

    private static Map<String, Object> figures(SearchEngine engine, SearchService search, VectorModels models,
                                               BackgroundWork background) {
        Coverage coverage = coverage(search);
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("status", "ok");
        h.put("documents", patentCount(engine));
        h.put("passages", coverage.passagesEmbedded());
        Map<String, Object> index = new LinkedHashMap<>();
        try (EngineView view = engine.view()) {
            index.put("version", view.version());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        index.put("schema_version", engine.schemaVersion());
        index.put("writable", engine.writable());
        h.put("index", index);
        h.put("indexing", background.indexing());
        h.put("semantic", semantic(models, coverage, background));
        return h;
    }

    private static Map<String, Object> semantic(VectorModels models, Coverage coverage, BackgroundWork background) {
        Map<String, Object> s = new LinkedHashMap<>();
        if (models == null) {
            s.put("enabled", false);
            return s;
        }
        s.put("enabled", true);
        s.put("model", models.defaultModel().name());
        s.put("coverage", Math.round(coverage.share() * 1000) / 1000.0);
        s.put("passages_embedded", coverage.passagesEmbedded());
        s.put("passages_expected", coverage.passagesExpected());
        s.put("patents_embedded", coverage.patentsEmbedded());
        s.put("embedding", background.embedding());
        return s;
    }

    /** The semantic coverage of the index, for health and the gauges. */
    static Coverage coverage(SearchService search) {
        try {
            return search.coverage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The patents searchable now, for health and the gauges. */
    static int patentCount(SearchEngine engine) {
        try (EngineView view = engine.view()) {
            return view.patentCount();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
