package org.priorart.engine.lucene;

import java.util.List;
import org.priorart.patent.PatentFields;

/**
 * The field names of the Lucene index, in one place: the patent's searchable fields under their
 * shared names ({@link PatentFields}), and the index's own (identity, block structure, passages,
 * stored metadata). Text fields hold all languages; each value is analyzed
 * by the chain of its own language (see {@link org.priorart.analysis.PatentAnalyzer}): a document's
 * texts in its language come first, then its translations (an EP grant's German and French title
 * and claims), each in its language, so that an EP title in de/en/fr is found by a query in any of
 * them, and every search, snippet and highlight reads one set of fields.
 */
public final class IndexFields {

    /** Document identity: {@link org.priorart.patent.PublicationNumber#key()}. Keyword, stored. */
    public static final String ID = "id";
    /** Every document of a patent's block (the patent and its passages) carries the key here. */
    public static final String BLOCK = "block";
    /** "patent" or "passage". */
    public static final String TYPE = "type";
    public static final String TYPE_PATENT = "patent";
    public static final String TYPE_PASSAGE = "passage";
    /** Country + number without kind, for look-ups by a number given without its kind. */
    public static final String NUMBER = "number";

    public static final String TITLE = PatentFields.TITLE;
    public static final String ABSTRACT = PatentFields.ABSTRACT;
    /** One value per claim, in order. */
    public static final String CLAIMS = PatentFields.CLAIMS;
    /** One value per description paragraph, in order. */
    public static final String DESCRIPTION = PatentFields.DESCRIPTION;
    /** The text fields, in display order. */
    public static final List<String> TEXT_FIELDS = PatentFields.TEXT;

    /** Normalized CPC symbols (H01M10/0525), one keyword each; prefix queries give the hierarchy. */
    public static final String CPC = PatentFields.CPC;
    public static final String IPC = PatentFields.IPC;
    public static final String APPLICANT = PatentFields.APPLICANT;
    public static final String INVENTOR = PatentFields.INVENTOR;
    public static final String FAMILY = PatentFields.FAMILY;
    /** The document's language (ISO 639-1, declared or detected): what LA= searches. */
    public static final String LANGUAGE = PatentFields.LANGUAGE;
    /** Every language the document has text in (its own and its translations'): the candidates for a query's language. */
    public static final String TEXT_LANGUAGE = "text_language";
    /** Numbers (without kind) of the patent documents this one cites. */
    public static final String CITES = "cites";

    /** Dates as epoch days: IntPoint for ranges plus NumericDocValues for sorting. */
    public static final String PUBLICATION_DATE = PatentFields.PUBLICATION_DATE;
    public static final String FILING_DATE = PatentFields.FILING_DATE;
    public static final String PRIORITY_DATE = PatentFields.PRIORITY_DATE;
    /** Earliest priority, else filing, else publication date: what prior art is judged against. */
    public static final String EFFECTIVE_DATE = PatentFields.EFFECTIVE_DATE;

    /** On a patent: the vector id of the model whose passages its block holds (absent: not embedded). */
    public static final String EMBEDDED_WITH = "embedded_with";
    /** On a patent: how many passages it has to embed (doc values), for the semantic coverage. */
    public static final String PASSAGE_COUNT = "passage_count";

    /** On a passage: where it sits ("claim 3"), its part and position, and its text; all stored. */
    public static final String PASSAGE_LOCATION = "passage_location";
    public static final String PASSAGE_KIND = "passage_kind";
    public static final String PASSAGE_INDEX = "passage_index";
    public static final String PASSAGE_TEXT = "passage_text";

    /** The vector field of a model's passages: one field per model, so vectors of two models never mix. */
    public static String vectorField(String modelName) {
        return "vector_" + modelName;
    }

    /** Hash of the document's canonical JSON: an unchanged document is not rewritten. */
    public static final String CONTENT_HASH = "content_hash";
    /** Stored JSON of everything that is not stored as a text field (numbers, dates, claim structure). */
    public static final String META = "_meta";
    /**
     * A patent's summary as a binary doc value ({@link SummaryValues}): what fusion and hits read of
     * thousands of candidates, without decompressing their stored documents.
     */
    public static final String SUMMARY = "_summary";

    private IndexFields() {
    }
}
