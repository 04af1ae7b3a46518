package org.priorart.ingest.uspto;

import java.io.IOException;
import java.io.InputStream;
import org.priorart.ingest.DocumentReader;
import org.priorart.ingest.IngestListener;

/** Placeholder until the USPTO readers land. */
public final class UsptoXmlReader implements DocumentReader {
    @Override
    public void read(InputStream in, String sourceName, IngestListener listener) throws IOException {
        throw new IOException("UsptoXmlReader is not implemented yet");
    }
}
