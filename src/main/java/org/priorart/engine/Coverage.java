package org.priorart.engine;

/**
 * The semantic coverage of an index: of the passages its patents have to embed, how many are.
 *
 * @param passagesEmbedded  passage documents with a vector
 * @param passagesExpected  passages the patents have (by the passage rules at ingest)
 * @param patentsEmbedded   patents whose block holds their passages
 * @param patents           all patents
 */
public record Coverage(long passagesEmbedded, long passagesExpected, long patentsEmbedded, long patents) {

    /** The share of passages embedded, 0..1 (1 for an empty index: nothing is missing). */
    public double share() {
        return passagesExpected == 0 ? (patents == 0 ? 1.0 : (double) patentsEmbedded / patents)
                : Math.min(1.0, (double) passagesEmbedded / passagesExpected);
    }

    public boolean complete() {
        return patentsEmbedded >= patents;
    }
}
