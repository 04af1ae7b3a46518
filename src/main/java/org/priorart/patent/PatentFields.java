package org.priorart.patent;

import java.util.List;

/**
 * The names of a patent's searchable fields, in one place: the query language's field codes, the
 * field weights, snippets and document marks name fields by them, and every engine stores its fields
 * under them (so the embedded index and a cluster answer "claims" alike).
 */
public final class PatentFields {

    public static final String TITLE = "title";
    public static final String ABSTRACT = "abstract";
    /** One value per claim, in order. */
    public static final String CLAIMS = "claims";
    /** One value per description paragraph, in order. */
    public static final String DESCRIPTION = "description";
    /** The text fields, in display order. */
    public static final List<String> TEXT = List.of(TITLE, ABSTRACT, CLAIMS, DESCRIPTION);

    public static final String APPLICANT = "applicant";
    public static final String INVENTOR = "inventor";
    /** Normalized CPC symbols (H01M10/0525); prefixes give the hierarchy. */
    public static final String CPC = "cpc";
    public static final String IPC = "ipc";
    public static final String FAMILY = "family";
    /** The document's language (ISO 639-1, declared or detected): what LA= searches. */
    public static final String LANGUAGE = "language";

    public static final String PUBLICATION_DATE = "publication_date";
    public static final String FILING_DATE = "filing_date";
    public static final String PRIORITY_DATE = "priority_date";
    /** Earliest priority, else filing, else publication date: what prior art is judged against. */
    public static final String EFFECTIVE_DATE = "effective_date";

    private PatentFields() {
    }
}
