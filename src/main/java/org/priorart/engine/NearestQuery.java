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
 * @param passages whether each hit's best passage is wanted (hits shown with their explanation); a
 *                ranking read as keys and scores only (evaluation, {@code --ids}) need not pay for it:
 *                a cluster reads each passage's text from its patent's stored source
 */
public record NearestQuery(ModelSpec model, float[] vector, SearchFilters filters, CompiledQuery within, int k,
                           boolean passages) {

    public NearestQuery {
        filters = filters == null ? SearchFilters.NONE : filters;
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
    }

    /** A ranking whose hits come with their best passages. */
    public NearestQuery(ModelSpec model, float[] vector, SearchFilters filters, CompiledQuery within, int k) {
        this(model, vector, filters, within, k, true);
    }
}
