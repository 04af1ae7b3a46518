package org.priorart.engine.lucene;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.analysis.Analyzers;
import org.priorart.analysis.LanguageDetector;
import org.priorart.analysis.PatentAnalyzer;
import org.priorart.embed.Passage;
import org.priorart.embed.Passages;
import org.priorart.ingest.JsonDocumentMapper;
import org.priorart.patent.Citation;
import org.priorart.patent.Claim;
import org.priorart.patent.DescriptionParagraph;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.Translation;

/**
 * Maps a {@link PatentDocument} to the Lucene document of its patent, and a stored Lucene document
 * back to the {@link PatentDocument}. Texts are stored once, in their own fields (the highlighter
 * needs them there); everything else is kept in one stored JSON ({@link IndexFields#META}) in the
 * canonical shape with the texts left out, so nothing is stored twice.
 */
final class DocumentMapper {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonDocumentMapper json = new JsonDocumentMapper();
    private final Passages passages;

    /** @param passages what of each patent gets embedded (for the passage count of the coverage) */
    DocumentMapper(Passages passages) {
        this.passages = passages;
    }

    /** The Lucene document of a patent (the last, parent document of its block). */
    Document toLucene(PatentDocument doc, String contentHash) {
        Document d = new Document();
        String key = doc.id();
        d.add(new StringField(IndexFields.ID, key, Field.Store.YES));
        // Also as doc values: batch ranking reads a thousand keys per query without stored fields.
        d.add(new SortedDocValuesField(IndexFields.ID, new BytesRef(key)));
        // The small stored fields go first: reading a hit's metadata then decompresses only the start
        // of the stored document, not a long description before it (measured: 1000 hits of full
        // texts went from 1.4 s to a fraction).
        d.add(new StringField(IndexFields.CONTENT_HASH, contentHash, Field.Store.YES));
        AnalysisLanguage language = language(doc);
        ObjectNode canonical = json.toJson(doc);
        canonical.put("language", language.code());
        d.add(new BinaryDocValuesField(IndexFields.SUMMARY, SummaryValues.encode(canonical)));
        StoredLayout.strip(canonical); // the texts are stored fields of their own
        d.add(new StoredField(IndexFields.META, canonical.toString()));
        d.add(new StringField(IndexFields.BLOCK, key, Field.Store.NO));
        d.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_PATENT, Field.Store.NO));
        d.add(new StringField(IndexFields.NUMBER, doc.number().withoutKind(), Field.Store.NO));

        Analyzer analyzer = Analyzers.get(language, PatentAnalyzer.Mode.INDEX);
        d.add(new StringField(IndexFields.LANGUAGE, language.code(), Field.Store.NO));
        d.add(new StringField(IndexFields.TEXT_LANGUAGE, language.code(), Field.Store.NO));
        // Each field's values: the document's own first, then each translation's in its language
        // (StoredLayout records which is which, for reading them back and naming a snippet's place).
        addText(d, IndexFields.TITLE, doc.title(), analyzer);
        for (Translation t : doc.translations()) {
            addText(d, IndexFields.TITLE, t.title(), analyzer(t));
        }
        addText(d, IndexFields.ABSTRACT, doc.abstractText(), analyzer);
        for (Translation t : doc.translations()) {
            addText(d, IndexFields.ABSTRACT, t.abstractText(), analyzer(t));
        }
        for (Claim c : doc.claims()) {
            addText(d, IndexFields.CLAIMS, c.text(), analyzer);
        }
        for (Translation t : doc.translations()) {
            Analyzer other = analyzer(t);
            t.claims().forEach(c -> addText(d, IndexFields.CLAIMS, c.text(), other));
            String code = AnalysisLanguage.forCode(t.language()).code();
            if (!code.equals(language.code())) {
                d.add(new StringField(IndexFields.TEXT_LANGUAGE, code, Field.Store.NO));
            }
        }
        for (DescriptionParagraph p : doc.description()) {
            addText(d, IndexFields.DESCRIPTION, p.text(), analyzer);
        }

        doc.cpc().forEach(code -> d.add(new StringField(IndexFields.CPC, code, Field.Store.NO)));
        doc.ipc().forEach(code -> d.add(new StringField(IndexFields.IPC, code, Field.Store.NO)));
        Analyzer names = Analyzers.names();
        doc.applicants().forEach(n -> d.add(new AnalyzedField(IndexFields.APPLICANT, n, names, AnalyzedField.UNSTORED_WITH_OFFSETS)));
        doc.inventors().forEach(n -> d.add(new AnalyzedField(IndexFields.INVENTOR, n, names, AnalyzedField.UNSTORED_WITH_OFFSETS)));
        if (doc.familyId() != null) {
            d.add(new StringField(IndexFields.FAMILY, doc.familyId(), Field.Store.NO));
        }
        for (Citation c : doc.citations()) {
            if (c.isPatent()) {
                d.add(new StringField(IndexFields.CITES, c.number().withoutKind(), Field.Store.NO));
            }
        }
        addDate(d, IndexFields.PUBLICATION_DATE, doc.publicationDate());
        addDate(d, IndexFields.FILING_DATE, doc.filingDate());
        addDate(d, IndexFields.PRIORITY_DATE, doc.priorityDate());
        addDate(d, IndexFields.EFFECTIVE_DATE, doc.effectiveDate());
        DenseNorms.fill(d);

        d.add(new NumericDocValuesField(IndexFields.PASSAGE_COUNT, passages.of(doc).size()));
        return d;
    }

    /**
     * The block of an embedded patent: one document per passage, then the patent (last, as block join
     * wants it), marked as embedded with the model. Passages carry the patent's filter fields (CPC,
     * dates, family, language), so a filtered kNN search filters passages directly.
     */
    List<Document> toEmbeddedBlock(PatentDocument doc, String contentHash, List<Passage> parts,
                                          List<float[]> vectors, String vectorField, String vectorId) {
        List<Document> block = new ArrayList<>(parts.size() + 1);
        String key = doc.id();
        String language = language(doc).code();
        for (int i = 0; i < parts.size(); i++) {
            Passage p = parts.get(i);
            Document c = new Document();
            c.add(new StringField(IndexFields.BLOCK, key, Field.Store.NO));
            c.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_PASSAGE, Field.Store.NO));
            c.add(new KnnFloatVectorField(vectorField, vectors.get(i), VectorSimilarityFunction.DOT_PRODUCT));
            c.add(new StoredField(IndexFields.PASSAGE_LOCATION, p.location()));
            c.add(new StoredField(IndexFields.PASSAGE_KIND, p.kind().name()));
            c.add(new StoredField(IndexFields.PASSAGE_INDEX, p.index()));
            c.add(new StoredField(IndexFields.PASSAGE_TEXT, p.text()));
            c.add(new StringField(IndexFields.LANGUAGE, language, Field.Store.NO));
            doc.cpc().forEach(code -> c.add(new StringField(IndexFields.CPC, code, Field.Store.NO)));
            doc.ipc().forEach(code -> c.add(new StringField(IndexFields.IPC, code, Field.Store.NO)));
            if (doc.familyId() != null) {
                c.add(new StringField(IndexFields.FAMILY, doc.familyId(), Field.Store.NO));
            }
            // Same schema as on the patent (Lucene requires one per field): points and doc values.
            addDate(c, IndexFields.PUBLICATION_DATE, doc.publicationDate());
            addDate(c, IndexFields.FILING_DATE, doc.filingDate());
            addDate(c, IndexFields.PRIORITY_DATE, doc.priorityDate());
            addDate(c, IndexFields.EFFECTIVE_DATE, doc.effectiveDate());
            DenseNorms.fill(c);
            block.add(c);
        }
        Document parent = toLucene(doc, contentHash);
        parent.add(new StringField(IndexFields.EMBEDDED_WITH, vectorId, Field.Store.NO));
        block.add(parent);
        return block;
    }


    /** The language a document is analyzed in: declared, else detected from its text. */
    static AnalysisLanguage language(PatentDocument doc) {
        return LanguageDetector.resolve(doc.language(), doc.languageSample());
    }

    private static Analyzer analyzer(Translation t) {
        return Analyzers.get(AnalysisLanguage.forCode(t.language()), PatentAnalyzer.Mode.INDEX);
    }

    private static void addText(Document d, String field, String text, Analyzer analyzer) {
        if (text != null) {
            d.add(new AnalyzedField(field, text, analyzer, AnalyzedField.STORED_WITH_OFFSETS));
        }
    }

    private static void addDate(Document d, String field, LocalDate date) {
        if (date != null) {
            int day = (int) date.toEpochDay();
            d.add(new IntPoint(field, day));
            d.add(new NumericDocValuesField(field, day));
        }
    }


    /**
     * The canonical JSON without the texts, which are stored in their own fields, with the language
     * the document was analyzed in (declared or detected) and, for a document with translations, the
     * layout of its stored values ({@link StoredLayout}).
     */
    /** Rebuilds the document from its stored fields. */
    PatentDocument fromStored(Document stored) {
        try {
            ObjectNode o = (ObjectNode) JSON.readTree(stored.get(IndexFields.META));
            StoredLayout.fill(o, values(stored, IndexFields.TITLE), values(stored, IndexFields.ABSTRACT),
                    values(stored, IndexFields.CLAIMS), values(stored, IndexFields.DESCRIPTION));
            return json.fromJson(o);
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt stored document " + stored.get(IndexFields.ID), e);
        } catch (JsonDocumentMapper.BadDocumentException e) {
            throw new IllegalStateException("corrupt stored document " + stored.get(IndexFields.ID) + ": " + e.getMessage(), e);
        }
    }

    private static List<String> values(Document stored, String field) {
        List<String> values = new ArrayList<>();
        for (IndexableField f : stored.getFields(field)) {
            values.add(f.stringValue());
        }
        return values;
    }
}
