package org.priorart.ingest.uspto;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.priorart.ingest.DocumentReader;
import org.priorart.ingest.IngestListener;
import org.priorart.ingest.SourcePosition;
import org.priorart.patent.PatentDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads USPTO full-text XML of every era from one stream that holds one document or many
 * concatenated ones, as the weekly bulk files do.
 *
 * <p>The stream is cut into documents line by line ({@link XmlDocumentSplitter}), so only one
 * document is in memory at a time; each is parsed by a hardened parser ({@link XmlChunkParser}) and
 * mapped by its root element:
 * <ul>
 *   <li>{@code us-patent-grant}, {@code us-patent-application}: XML v4.x, 2005 on ({@link IceXmlMapper});
 *   <li>{@code patent-application-publication}: application XML v1.5, 2001-2004 ({@link PapXmlMapper});
 *   <li>{@code PATDOC}: grant SGML/XML v2.x, 2001-2004 ({@link SgmlGrantMapper}).
 * </ul>
 * Any other root is skipped with its name. A document that is malformed (truncated, unbalanced, no
 * publication number) is reported to the listener with the line where it starts and the reason, and
 * reading goes on with the next document.
 */
public final class UsptoXmlReader implements DocumentReader {

    /** The default largest document kept: weekly files hold single grants of tens of megabytes. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 128L << 20;

    private static final UsptoDocumentMapper ICE = new IceXmlMapper();
    private static final Map<String, UsptoDocumentMapper> MAPPERS = Map.of(
            "us-patent-grant", ICE,
            "us-patent-application", ICE,
            "patent-application-publication", new PapXmlMapper(),
            "PATDOC", new SgmlGrantMapper());

    private final long maxDocumentBytes;

    public UsptoXmlReader() {
        this(DEFAULT_MAX_DOCUMENT_BYTES);
    }

    /** @param maxDocumentBytes documents larger than this are skipped rather than parsed */
    public UsptoXmlReader(long maxDocumentBytes) {
        if (maxDocumentBytes <= 0) {
            throw new IllegalArgumentException("maxDocumentBytes must be positive: " + maxDocumentBytes);
        }
        this.maxDocumentBytes = maxDocumentBytes;
    }

    @Override
    public void read(InputStream in, String sourceName, IngestListener listener) throws IOException {
        XmlDocumentSplitter splitter = new XmlDocumentSplitter(in, maxDocumentBytes);
        XmlChunkParser parser = new XmlChunkParser();
        XmlChunk chunk;
        while ((chunk = splitter.next()) != null) {
            if (chunk.oversized()) {
                listener.skipped(new SourcePosition(sourceName, chunk.startLine(), chunk.ordinal(), null),
                        "document of " + chunk.size() + " bytes is larger than the limit of " + maxDocumentBytes + " bytes");
                continue;
            }
            try {
                PatentDocument doc = map(parser.parse(chunk));
                listener.document(doc, new SourcePosition(sourceName, chunk.startLine(), chunk.ordinal(), doc.number().toString()));
            } catch (MalformedDocumentException e) {
                String number = e.documentNumber() != null ? e.documentNumber() : PublicationNumberSniffer.sniff(chunk.content());
                listener.skipped(new SourcePosition(sourceName, chunk.startLine(), chunk.ordinal(), number), e.getMessage());
            } catch (RuntimeException e) {
                // A document that trips an unforeseen case must not cost the rest of a weekly file.
                listener.skipped(new SourcePosition(sourceName, chunk.startLine(), chunk.ordinal(),
                        PublicationNumberSniffer.sniff(chunk.content())), "could not map the document: " + e);
            }
        }
    }

    private static PatentDocument map(Document dom) throws MalformedDocumentException {
        Element root = dom.getDocumentElement();
        UsptoDocumentMapper mapper = MAPPERS.get(root.getTagName());
        if (mapper == null) {
            throw new MalformedDocumentException("unsupported root element <" + root.getTagName()
                    + ">; expected us-patent-grant, us-patent-application, patent-application-publication or PATDOC");
        }
        return mapper.map(root);
    }
}
