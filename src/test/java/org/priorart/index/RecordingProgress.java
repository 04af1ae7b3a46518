package org.priorart.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.priorart.ingest.SourcePosition;

/** Keeps the skip and warning messages of an ingest run, for assertions. */
public final class RecordingProgress implements IngestProgress {

    public final List<String> skipped = Collections.synchronizedList(new ArrayList<>());
    public final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void skipped(SourcePosition where, String reason) {
        skipped.add(where + ": " + reason);
    }

    @Override
    public void warning(SourcePosition where, String message) {
        warnings.add(where + ": " + message);
    }

    public String find(String fragment) {
        synchronized (skipped) {
            return skipped.stream().filter(s -> s.contains(fragment)).findFirst()
                    .orElseThrow(() -> new AssertionError("no skip message contains '" + fragment + "': " + skipped));
        }
    }
}
