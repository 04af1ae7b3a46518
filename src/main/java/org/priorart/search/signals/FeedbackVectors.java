package org.priorart.search.signals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.priorart.engine.EngineView;
import org.priorart.engine.NearestQuery;
import org.priorart.engine.Ranking;
import org.priorart.error.UserInputException;
import org.priorart.query.QuerySyntaxException;

/**
 * "More like my X/Y documents" in meaning: the stored passage vectors of the tagged documents are
 * averaged (Rocchio's centroid, made unit length) and searched like the query's own vector, with the
 * search's model, filters and depth; a candidate's value is the cosine of its best passage to the
 * centroid, NaN where that search did not reach it. Where the tagged documents have no vectors of
 * the search's model there is nothing to compare with, and no value.
 */
final class FeedbackVectors {

    private FeedbackVectors() {
    }

    /**
     * @param taggedKeys the keys of the documents tagged X or Y
     * @param dense      the search's own nearest-neighbour query
     * @return per candidate the cosine to the centroid (NaN where not reached), or null when no tagged
     *         document has vectors of the model
     */
    static double[] likeness(EngineView view, List<String> taggedKeys, NearestQuery dense, List<String> candidates)
            throws IOException {
        Map<String, List<float[]>> stored = view.passageVectors(taggedKeys, dense.model().name());
        float[] centroid = centroid(stored.values());
        if (centroid == null) {
            return null;
        }
        Ranking near;
        try {
            // only the cosines are read: no best passages
            near = view.rankNearest(new NearestQuery(dense.model(), centroid, dense.filters(), dense.within(), dense.k(),
                    false));
        } catch (QuerySyntaxException e) {
            // the same query restricted the search's own nearest ranking a moment ago, in the same view
            throw new UserInputException("feedback: " + e.getMessage());
        }
        Map<String, Double> cosine = new HashMap<>();
        near.entries().forEach(e -> cosine.put(e.key(), e.score()));
        double[] out = new double[candidates.size()];
        Arrays.fill(out, Double.NaN);
        for (int i = 0; i < out.length; i++) {
            Double c = cosine.get(candidates.get(i));
            if (c != null) {
                out[i] = c;
            }
        }
        return out;
    }

    /** The unit-length mean of every passage vector of every tagged document (each passage weighs the same), or null. */
    static float[] centroid(Iterable<List<float[]>> documents) {
        List<float[]> all = new ArrayList<>();
        documents.forEach(all::addAll);
        if (all.isEmpty()) {
            return null;
        }
        double[] sum = new double[all.get(0).length];
        for (float[] v : all) {
            if (v.length != sum.length) {
                throw new IllegalStateException("passage vectors of one model differ in length: " + v.length + " and " + sum.length);
            }
            for (int i = 0; i < sum.length; i++) {
                sum[i] += v[i];
            }
        }
        double norm = 0;
        for (double x : sum) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return null;
        }
        float[] out = new float[sum.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (sum[i] / norm);
        }
        return out;
    }
}
