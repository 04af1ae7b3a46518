package org.priorart.search;

import java.util.List;
import org.priorart.analysis.LanguageDetector;
import org.priorart.embed.ModelException;
import org.priorart.embed.ModelSpec;
import org.priorart.embed.VectorModels;

/**
 * The query side of semantic ranking: which model embeds a query (the model of its language, once it
 * is checked that the index holds vectors of that model), and the query's vector.
 */
final class QueryEmbedder {

    private final VectorModels models;

    /** @param models the embedding models, or null when semantic search is not configured */
    QueryEmbedder(VectorModels models) {
        this.models = models;
    }

    /**
     * The model that embeds this query.
     *
     * @param indexVectorIds the vector ids of the models whose vectors the index holds
     * @throws SemanticUnavailableException when no model is loaded, the index has no vectors, or not
     *                                      the vectors of the query's model
     */
    ModelSpec modelFor(String query, List<String> indexVectorIds) {
        if (models == null) {
            throw new SemanticUnavailableException("semantic search is not configured (no embedding model loaded)");
        }
        ModelSpec model = models.forLanguage(LanguageDetector.detect(query).code());
        if (indexVectorIds.isEmpty()) {
            throw new SemanticUnavailableException("the index has no passage vectors yet: run './priorart embed' "
                    + "(or let 'serve' embed in the background)");
        }
        if (!indexVectorIds.contains(model.vectorId())) {
            throw new SemanticUnavailableException("the index's vectors were made by " + String.join(", ", indexVectorIds)
                    + ", not by the installed model " + model.vectorId() + "; vectors of two models are never mixed "
                    + "(re-embed with './priorart embed --reset', or use the model the index was embedded with)");
        }
        return model;
    }

    /** Embeds a query (timed by the caller). */
    float[] embed(ModelSpec model, String query) throws ModelException {
        return models.queryEmbedder(model).embedQuery(query);
    }
}
