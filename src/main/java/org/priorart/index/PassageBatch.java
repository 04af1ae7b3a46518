package org.priorart.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.analysis.LanguageDetector;
import org.priorart.embed.ModelSpec;
import org.priorart.embed.Passage;
import org.priorart.embed.Passages;
import org.priorart.embed.VectorModels;
import org.priorart.engine.PassageVectors;
import org.priorart.engine.StoredPatent;
import org.priorart.engine.VectorCache;
import org.priorart.patent.PatentDocument;

/**
 * One patent's share of an embedding batch: its passages, the model its language gets and the
 * passages' cache keys, planned before any vector is read, so the batch reads the cache once for all
 * its patents; then its vectors, from what the batch read or from the model.
 */
final class PassageBatch {

    private PassageBatch() {
    }

    /**
     * A patent's passages with their model and cache keys (by passage text).
     *
     * @param patent the patent
     * @param keyOf each passage text's cache key
     */
    record Planned(StoredPatent patent, ModelSpec model, List<Passage> passages, Map<String, String> keyOf) {

        /** The cache keys of the patent's passages. */
        Collection<String> keys() {
            return keyOf.values();
        }

        /**
         * The patent's vectors: those in {@code cached}, the rest computed by the model and put in both
         * {@code cached} (a later patent of the batch with the same text reuses it) and the cache.
         */
        PassageVectors vectors(Map<String, float[]> cached, VectorModels models, VectorCache cache) throws IOException {
            LinkedHashSet<String> missing = new LinkedHashSet<>();
            for (Passage p : passages) {
                if (!cached.containsKey(keyOf.get(p.text()))) {
                    missing.add(p.text());
                }
            }
            if (!missing.isEmpty()) {
                List<String> texts = new ArrayList<>(missing);
                List<float[]> computed = models.embedder(model).embedPassages(texts);
                for (int i = 0; i < texts.size(); i++) {
                    String key = keyOf.get(texts.get(i));
                    cached.put(key, computed.get(i));
                    cache.put(key, computed.get(i));
                }
            }
            List<float[]> vectors = new ArrayList<>(passages.size());
            for (Passage p : passages) {
                vectors.add(cached.get(keyOf.get(p.text())));
            }
            return new PassageVectors(model, passages, vectors);
        }
    }

    /** Plans a patent: its passages, and the model chosen by script (CJK has a model of its own; no statistical detection needed). */
    static Planned plan(StoredPatent patent, VectorModels models) {
        PatentDocument doc = patent.document();
        List<Passage> passages = Passages.DEFAULT.of(doc);
        String language = (doc.language() != null ? AnalysisLanguage.forCode(doc.language())
                : LanguageDetector.detect(passages.isEmpty() ? "" : passages.get(0).text())).code();
        ModelSpec model = models.forLanguage(language);
        Map<String, String> keys = new HashMap<>();
        for (Passage p : passages) {
            keys.put(p.text(), VectorCache.key(model, p.text()));
        }
        return new Planned(patent, model, passages, keys);
    }
}
