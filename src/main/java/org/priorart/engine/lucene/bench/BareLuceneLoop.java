package org.priorart.engine.lucene.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.analysis.Analyzers;
import org.priorart.analysis.PatentAnalyzer;
import org.priorart.engine.lucene.IndexFields;
import org.priorart.ingest.IngestListener;
import org.priorart.ingest.InputFormat;
import org.priorart.ingest.InputSource;
import org.priorart.ingest.JsonDocumentMapper;
import org.priorart.ingest.SourcePosition;
import org.priorart.ingest.epo.EpoXmlReader;
import org.priorart.patent.Claim;
import org.priorart.patent.DescriptionParagraph;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.Translation;

/**
 * The baseline of the ingest benchmark: a bare Lucene loop over the same input (JSONL, or EPO XML)
 * that parses each document (a JSONL line; an EP full text with the same EPO reader), builds a
 * document with the same text fields (an EP document's translations each in its language's chain),
 * analyzers, keywords and dates, and adds it; one commit at the end. What PriorArt's ingest into the
 * embedded engine is measured against.
 */
public final class BareLuceneLoop {

    private BareLuceneLoop() {
    }

    /** Runs the loop over the sources into a temporary index (deleted after); the seconds it took. */
    public static double time(List<InputSource> sources, long[] docs) throws IOException {
        Path dir = Files.createTempDirectory("priorart-bench-bare");
        JsonDocumentMapper json = new JsonDocumentMapper();
        long start = System.nanoTime();
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.get(AnalysisLanguage.ENGLISH, PatentAnalyzer.Mode.INDEX));
        config.setRAMBufferSizeMB(128);
        try (FSDirectory fs = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(fs, config)) {
            for (InputSource source : sources) {
                if (isEpo(source)) {
                    bareEpo(source, writer, docs);
                    continue;
                }
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(source.open(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        if (line.isBlank()) {
                            continue;
                        }
                        writer.addDocument(bareDocument(json.fromJson(line)));
                        docs[0]++;
                    }
                } catch (JsonDocumentMapper.BadDocumentException e) {
                    throw new IOException("the benchmark needs clean JSONL input: " + e.getMessage(), e);
                }
            }
            writer.commit();
        } finally {
            deleteTree(dir);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static boolean isEpo(InputSource source) throws IOException {
        try (InputStream in = source.open()) {
            byte[] head = in.readNBytes(4096);
            return InputFormat.detect(source.name(), head, head.length) == InputFormat.EPO_XML;
        } catch (InputFormat.UnknownFormatException e) {
            return false;
        }
    }

    /** The EP full texts of a source, read by the same reader, added as bare documents. */
    private static void bareEpo(InputSource source, IndexWriter writer, long[] docs) throws IOException {
        try (InputStream in = source.open()) {
            new EpoXmlReader().read(in, source.name(), new IngestListener() {
                @Override
                public void document(PatentDocument document, SourcePosition where) {
                    try {
                        writer.addDocument(bareDocument(document));
                        docs[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void skipped(SourcePosition where, String reason) {
                    throw new IllegalStateException("the benchmark needs clean input: " + where + ": " + reason);
                }
            });
        }
    }

    private static final FieldType TEXT = textType();

    private static FieldType textType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    private static Document bareDocument(PatentDocument d) {
        Analyzer analyzer = Analyzers.get(AnalysisLanguage.forCode(d.language()), PatentAnalyzer.Mode.INDEX);
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, d.id(), Field.Store.YES));
        addText(doc, IndexFields.TITLE, d.title(), analyzer);
        addText(doc, IndexFields.ABSTRACT, d.abstractText(), analyzer);
        for (Claim c : d.claims()) {
            addText(doc, IndexFields.CLAIMS, c.text(), analyzer);
        }
        for (DescriptionParagraph p : d.description()) {
            addText(doc, IndexFields.DESCRIPTION, p.text(), analyzer);
        }
        for (Translation t : d.translations()) {
            Analyzer other = Analyzers.get(AnalysisLanguage.forCode(t.language()), PatentAnalyzer.Mode.INDEX);
            addText(doc, IndexFields.TITLE, t.title(), other);
            addText(doc, IndexFields.ABSTRACT, t.abstractText(), other);
            t.claims().forEach(c -> addText(doc, IndexFields.CLAIMS, c.text(), other));
        }
        d.cpc().forEach(c -> doc.add(new StringField(IndexFields.CPC, c, Field.Store.NO)));
        addDate(doc, IndexFields.PUBLICATION_DATE, d.publicationDate());
        addDate(doc, IndexFields.FILING_DATE, d.filingDate());
        return doc;
    }

    private static void addText(Document doc, String field, String text, Analyzer analyzer) {
        if (text != null) {
            doc.add(new Field(field, text, TEXT) {
                @Override
                public TokenStream tokenStream(Analyzer ignored, TokenStream reuse) {
                    return analyzer.tokenStream(name(), stringValue());
                }
            });
        }
    }

    private static void addDate(Document doc, String field, LocalDate date) {
        if (date != null) {
            doc.add(new IntPoint(field, (int) date.toEpochDay()));
            doc.add(new NumericDocValuesField(field, date.toEpochDay()));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
