package org.priorart.query;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.priorart.patent.PatentFields;

/**
 * The field codes of the query language ({@code TI=}, {@code ti:}, {@code CPC=}, {@code PD<}...) and
 * the fields ({@link PatentFields}) each one searches. A code is written before {@code =} or {@code :} (dates also
 * take {@code < <= > >=}); aliases ({@code DESC}, {@code TXT}, {@code FD}...) print as the canonical
 * code.
 */
public enum FieldCode {
    TI(Kind.TEXT, List.of(PatentFields.TITLE), "title", "TI", "TITLE"),
    AB(Kind.TEXT, List.of(PatentFields.ABSTRACT), "abstract", "AB", "ABSTRACT"),
    CL(Kind.TEXT, List.of(PatentFields.CLAIMS), "claims", "CL", "CLM", "CLAIMS"),
    DE(Kind.TEXT, List.of(PatentFields.DESCRIPTION), "description", "DE", "DESC", "DESCRIPTION"),
    /** Title, abstract, claims and description: what a word without a field code searches. */
    ALL(Kind.TEXT, PatentFields.TEXT, "title, abstract, claims and description", "ALL", "TXT"),
    PA(Kind.NAME, List.of(PatentFields.APPLICANT), "applicant names", "PA"),
    IN(Kind.NAME, List.of(PatentFields.INVENTOR), "inventor names", "IN"),
    CPC(Kind.CLASSIFICATION, List.of(PatentFields.CPC), "CPC symbols", "CPC"),
    IPC(Kind.CLASSIFICATION, List.of(PatentFields.IPC), "IPC symbols", "IPC"),
    /** The document's language, an ISO 639-1 code ({@code LA=de}); also what the query's words are analyzed as. */
    LA(Kind.CLASSIFICATION, List.of(PatentFields.LANGUAGE), "document language", "LA", "LANG"),
    PD(Kind.DATE, List.of(PatentFields.PUBLICATION_DATE), "publication date", "PD"),
    AD(Kind.DATE, List.of(PatentFields.FILING_DATE), "filing date", "AD", "FD"),
    PRD(Kind.DATE, List.of(PatentFields.PRIORITY_DATE), "priority date", "PRD"),
    /** Earliest priority, else filing, else publication date: what prior art is judged against. */
    ED(Kind.DATE, List.of(PatentFields.EFFECTIVE_DATE), "effective date", "ED");

    /** What a field code holds, which decides how its values are read and searched. */
    public enum Kind {
        /** Analyzed patent text: words, phrases, truncation, proximity; scored. */
        TEXT,
        /** Applicant and inventor names: words, phrases, truncation, W/NEAR; a filter. */
        NAME,
        /** Codes: CPC/IPC symbols matched by hierarchy prefix, language codes exactly; a filter. */
        CLASSIFICATION,
        /** Epoch-day points compared with {@code < <= > >= =} or a range; a filter. */
        DATE
    }

    private static final Map<String, FieldCode> BY_NAME = new TreeMap<>();

    static {
        for (FieldCode code : values()) {
            for (String name : code.names) {
                BY_NAME.put(name, code);
            }
        }
    }

    private final Kind kind;
    private final List<String> indexFields;
    private final String description;
    private final List<String> names;

    FieldCode(Kind kind, List<String> indexFields, String description, String... names) {
        this.kind = kind;
        this.indexFields = indexFields;
        this.description = description;
        this.names = List.of(names);
    }

    public Kind kind() {
        return kind;
    }

    /** The fields searched ({@link PatentFields}), in display order. */
    public List<String> indexFields() {
        return indexFields;
    }

    /** What the code searches, in words (for explanations). */
    public String description() {
        return description;
    }

    /** The code and its aliases as written in queries (upper case; lookup is case-insensitive). */
    public List<String> names() {
        return names;
    }

    /** The code for a name as written ({@code ti}, {@code Desc}), or null when there is none. */
    public static FieldCode lookup(String name) {
        return BY_NAME.get(name.toUpperCase(Locale.ROOT));
    }

    /** All names, for "unknown field code" messages. */
    static String known() {
        return String.join(", ", BY_NAME.keySet());
    }
}
