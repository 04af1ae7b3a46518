package org.priorart.engine;

import org.priorart.embed.ModelSpec;

/**
 * A nearest-neighbour ranking: the patents whose best passage is closest to a query vector.
 *
 * @param model   the model that made the vector; only passages of that model are searched
 * @param vector  the query vector (unit length)
 * @param filters restrictions on the hits, applied inside the graph search
 * @param within  a compiled query whose examiner part the patents must match (its free text never
 *                filters), or null
 * @param k       how many patents
 */
public record NearestQuery(ModelSpec model, float[] vector, SearchFilters filters, CompiledQuery within, int k) {

    public NearestQuery {
        filters = filters == null ? SearchFilters.NONE : filters;
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
    }
}
