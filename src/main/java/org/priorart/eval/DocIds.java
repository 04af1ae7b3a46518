package org.priorart.eval;

import org.priorart.patent.PublicationNumber;

/**
 * Document ids as the evaluator compares them. A run of PriorArt names documents by their index key
 * ({@link PublicationNumber#key()}: {@code US6993175}, the kind left out for US documents), while
 * qrels and other systems' runs often carry the kind ({@code US6993175B2}) or another spelling
 * ({@code US 6,993,175 B2}). Every id that parses as a publication number is therefore replaced by
 * its key, in qrels and runs alike, so that the spellings of one document agree; any other id
 * (a paper id, a TREC docno) is kept as it is.
 */
public final class DocIds {

    private DocIds() {
    }

    /** The key of a publication number, or the id unchanged when it is not one. */
    public static String normalize(String id) {
        PublicationNumber number = PublicationNumber.tryParse(id);
        return number == null ? id : number.key();
    }
}
