package org.priorart.engine;

import java.util.List;
import org.priorart.embed.ModelSpec;
import org.priorart.embed.Passage;

/**
 * The passages of one patent with their vectors, as a model embedded them.
 *
 * @param model    the model (its name picks the vector field, its vector id marks the patent)
 * @param passages the passages, in order
 * @param vectors  one vector per passage, in the same order
 */
public record PassageVectors(ModelSpec model, List<Passage> passages, List<float[]> vectors) {

    public PassageVectors {
        passages = List.copyOf(passages);
        vectors = List.copyOf(vectors);
        if (passages.size() != vectors.size()) {
            throw new IllegalArgumentException(passages.size() + " passages but " + vectors.size() + " vectors");
        }
    }
}
