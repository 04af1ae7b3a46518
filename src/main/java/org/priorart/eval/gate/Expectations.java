package org.priorart.eval.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.priorart.eval.EvalInputException;
import org.priorart.eval.metrics.Measure;
import org.priorart.eval.metrics.RunEvaluation;

/**
 * Regression expectations: the metrics a run must reach, read from a JSON file such as
 *
 * <pre>
 * {
 *   "_comment": "keys starting with _ are ignored",
 *   "keyword": {
 *     "map":        {"min": 0.90},
 *     "recip_rank": {"expected": 0.95, "tolerance": 0.02},
 *     "P_100":      {"max": 0.02}
 *   }
 * }
 * </pre>
 *
 * Top-level keys are run names (a mode, or a run file's name without extension); inside, measure
 * names as the report prints them ({@link Measure#label()}); inside those, {@code min},
 * {@code max}, and {@code expected} with {@code tolerance}. The values are the means over topics.
 * Anything else (an unknown measure or key, a value that is not a number) is an error, so that a
 * typo cannot turn a gate off silently.
 */
public final class Expectations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> BOUND_KEYS = Set.of("min", "max", "expected", "tolerance");

    private final List<Bound> bounds;

    public Expectations(List<Bound> bounds) {
        this.bounds = List.copyOf(bounds);
    }

    public List<Bound> bounds() {
        return bounds;
    }

    public static Expectations read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new EvalInputException(file, line, "invalid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new EvalInputException(file, 0, "expected a JSON object of run names");
        }
        List<Bound> bounds = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> runs = root.fields(); runs.hasNext(); ) {
            Map.Entry<String, JsonNode> run = runs.next();
            if (run.getKey().startsWith("_")) {
                continue;
            }
            if (!run.getValue().isObject()) {
                throw new EvalInputException(file, 0, run.getKey() + ": expected an object of measures");
            }
            for (Iterator<Map.Entry<String, JsonNode>> measures = run.getValue().fields(); measures.hasNext(); ) {
                Map.Entry<String, JsonNode> m = measures.next();
                if (m.getKey().startsWith("_")) {
                    continue;
                }
                String where = run.getKey() + "." + m.getKey();
                Measure measure;
                try {
                    measure = Measure.byLabel(m.getKey());
                } catch (IllegalArgumentException e) {
                    throw new EvalInputException(file, 0, run.getKey() + ": " + e.getMessage());
                }
                bounds.add(bound(file, where, run.getKey(), measure, m.getValue()));
            }
        }
        if (bounds.isEmpty()) {
            throw new EvalInputException(file, 0, "no expectations: the file names no run and measure");
        }
        return new Expectations(bounds);
    }

    private static Bound bound(Path file, String where, String run, Measure measure, JsonNode node) throws EvalInputException {
        if (!node.isObject()) {
            throw new EvalInputException(file, 0, where + ": expected an object such as {\"min\": 0.9}");
        }
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!BOUND_KEYS.contains(key) && !key.startsWith("_")) {
                throw new EvalInputException(file, 0, where + ": unknown key '" + key + "' (use min, max, expected with tolerance)");
            }
        }
        try {
            return new Bound(run, measure, number(file, where, node, "min"), number(file, where, node, "max"),
                    number(file, where, node, "expected"), number(file, where, node, "tolerance"));
        } catch (IllegalArgumentException e) {
            throw new EvalInputException(file, 0, where + ": " + e.getMessage());
        }
    }

    private static Double number(Path file, String where, JsonNode node, String key) throws EvalInputException {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new EvalInputException(file, 0, where + "." + key + ": expected a number, found " + v);
        }
        return v.asDouble();
    }

    /** Checks every bound against the evaluations (by run name); a run not evaluated fails its bounds. */
    public List<GateCheck> check(Map<String, RunEvaluation> evaluations) {
        List<GateCheck> checks = new ArrayList<>();
        for (Bound b : bounds) {
            RunEvaluation e = evaluations.get(b.run());
            if (e == null) {
                checks.add(new GateCheck(b, Double.NaN, List.of("run '" + b.run() + "' was not evaluated (runs: "
                        + String.join(", ", evaluations.keySet()) + ")")));
            } else {
                double value = e.mean(b.measure());
                checks.add(new GateCheck(b, value, b.violations(value)));
            }
        }
        return checks;
    }
}
