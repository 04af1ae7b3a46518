package org.priorart.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.priorart.patent.PatentDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads JSON Lines, one document per line. Each line's keys tell its shape (see
 * {@link JsonDocumentMapper}), so files mixing shapes are fine. A bad line is skipped with its line
 * number and the reason; blank lines are ignored.
 */
public final class JsonlReader implements DocumentReader {

    private final JsonDocumentMapper mapper = new JsonDocumentMapper();

    @Override
    public void read(InputStream in, String sourceName, IngestListener listener) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16)) {
            String line;
            long lineNumber = 0;
            int ordinal = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                ordinal++;
                try {
                    JsonNode node = mapper.parse(line);
                    PatentDocument doc = mapper.fromJson(node);
                    SourcePosition where = new SourcePosition(sourceName, lineNumber, ordinal, doc.number().toString());
                    for (String warning : JsonDocumentMapper.warnings(node)) {
                        listener.warning(where, warning);
                    }
                    listener.document(doc, where);
                } catch (JsonDocumentMapper.BadDocumentException e) {
                    listener.skipped(new SourcePosition(sourceName, lineNumber, ordinal, e.documentId()), e.getMessage());
                }
            }
        }
    }
}
