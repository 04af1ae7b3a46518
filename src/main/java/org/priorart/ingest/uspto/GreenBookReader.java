package org.priorart.ingest.uspto;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorart.ingest.DocumentReader;
import org.priorart.ingest.IngestListener;
import org.priorart.ingest.SourcePosition;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.PublicationNumber;

/**
 * Reads the 1976-2001 APS "Green Book" full text: an optional {@code HHHHHT} file header, then the
 * patents, each starting at a {@code PATN} line.
 *
 * <p>Only one patent's lines are held at a time. A patent whose lines are corrupted or whose
 * number or dates cannot be read is reported with the line of its PATN record and the reason
 * ({@link GreenBookRecord}, {@link GreenBookMapper}), and reading goes on at the next PATN. The
 * text is read as ISO-8859-1: the files are ASCII, and a stray byte must not stop the reader.
 */
public final class GreenBookReader implements DocumentReader {

    private static final Pattern WKU_LINE = Pattern.compile("^WKU  ([A-Z0-9]+)");

    @Override
    public void read(InputStream in, String sourceName, IngestListener listener) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1), 1 << 16);
        List<GreenBookRecord.Line> patent = null;
        boolean reportedStrayText = false;
        int ordinal = 0;
        long number = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.startsWith("PATN") && line.substring(4).isBlank()) {
                if (patent != null) {
                    emit(patent, ++ordinal, sourceName, listener);
                }
                patent = new ArrayList<>();
            }
            if (patent != null) {
                patent.add(new GreenBookRecord.Line(number, line));
            } else if (!line.isBlank() && !line.startsWith("HHHHHT") && !reportedStrayText) {
                listener.skipped(new SourcePosition(sourceName, number, 0, null),
                        "text before the first PATN record ignored: '" + line.strip() + "'");
                reportedStrayText = true;
            }
        }
        if (patent != null) {
            emit(patent, ++ordinal, sourceName, listener);
        }
    }

    private static void emit(List<GreenBookRecord.Line> lines, int ordinal, String sourceName, IngestListener listener) {
        long start = lines.get(0).number();
        try {
            PatentDocument doc = GreenBookMapper.map(GreenBookRecord.parse(lines));
            listener.document(doc, new SourcePosition(sourceName, start, ordinal, doc.number().toString()));
        } catch (MalformedDocumentException e) {
            String id = e.documentNumber() != null ? e.documentNumber() : sniffNumber(lines);
            listener.skipped(new SourcePosition(sourceName, start, ordinal, id), e.getMessage());
        } catch (RuntimeException e) {
            // A patent that trips an unforeseen case must not cost the rest of the file.
            listener.skipped(new SourcePosition(sourceName, start, ordinal, sniffNumber(lines)),
                    "could not map the patent: " + e);
        }
    }

    /** The patent number of a record that could not be read, for the message: best effort. */
    private static String sniffNumber(List<GreenBookRecord.Line> lines) {
        for (GreenBookRecord.Line l : lines) {
            Matcher m = WKU_LINE.matcher(l.text());
            if (m.find()) {
                PublicationNumber n = GreenBookMapper.patentNumber(m.group(1));
                return n == null ? null : n.toString();
            }
        }
        return null;
    }
}
