package org.priorart.ingest.epo;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.priorart.ingest.DocumentReader;
import org.priorart.ingest.IngestListener;
import org.priorart.ingest.SourcePosition;
import org.priorart.patent.PatentDocument;

/**
 * Reads the EPO's XML: EP publication-server full text ({@code ep-patent-document}) and DOCDB
 * bibliographic records ({@code exch:exchange-document}), from single files, bulk files of many
 * records, and archives (their XML files read as one stream). Records are cut from the stream one
 * at a time ({@link XmlRecordSplitter}), parsed ({@link XmlRecordParser}) and mapped by their
 * element ({@link EpDocumentMapper}, {@link DocdbMapper}). A full text is reported as a document; a
 * DOCDB record as a {@linkplain IngestListener#bibliographic bibliographic record}, which the index
 * merges into the full text of the same publication. A broken record is reported with the line it
 * starts at and the reason, and reading goes on; repairs of stray characters are reported as warnings.
 */
public final class EpoXmlReader implements DocumentReader {

    /** The largest record kept, as for USPTO documents: an EP full text with its tables runs to megabytes. */
    public static final long DEFAULT_MAX_RECORD_BYTES = 128L << 20;
    private static final String EP = "ep-patent-document";
    private static final Set<String> RECORDS = Set.of(EP, "exch:exchange-document", "exchange-document");

    private final long maxRecordBytes;
    private final EpDocumentMapper ep = new EpDocumentMapper();
    private final DocdbMapper docdb = new DocdbMapper();

    public EpoXmlReader() {
        this(DEFAULT_MAX_RECORD_BYTES);
    }

    public EpoXmlReader(long maxRecordBytes) {
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public void read(InputStream in, String sourceName, IngestListener listener) throws IOException {
        XmlRecordSplitter splitter = new XmlRecordSplitter(in, RECORDS, maxRecordBytes);
        XmlRecordParser parser = new XmlRecordParser();
        XmlRecordSplitter.Chunk chunk;
        while ((chunk = splitter.next()) != null) {
            if (chunk.oversized()) {
                listener.skipped(new SourcePosition(sourceName, chunk.startLine(), chunk.ordinal(), null),
                        "record of " + chunk.size() + " bytes is larger than the limit of " + maxRecordBytes + " bytes");
                continue;
            }
            try {
                XmlRecordParser.Parsed parsed = parser.parse(chunk);
                boolean fullText = parsed.root().name().equals(EP);
                PatentDocument doc = fullText ? ep.map(parsed.root()) : docdb.map(parsed.root());
                SourcePosition where = new SourcePosition(sourceName, chunk.startLine(), chunk.ordinal(), doc.number().toString());
                for (String repair : parsed.repairs()) {
                    listener.warning(where, repair);
                }
                if (fullText) {
                    listener.document(doc, where);
                } else {
                    listener.bibliographic(doc, where);
                }
            } catch (MalformedRecordException e) {
                listener.skipped(new SourcePosition(sourceName, chunk.startLine(), chunk.ordinal(), e.documentNumber()), e.getMessage());
            } catch (RuntimeException e) {
                // a record that trips an unforeseen case must not cost the rest of a bulk file
                listener.skipped(new SourcePosition(sourceName, chunk.startLine(), chunk.ordinal(), null), "could not map the record: " + e);
            }
        }
    }
}
