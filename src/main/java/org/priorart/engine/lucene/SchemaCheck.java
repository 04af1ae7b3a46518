package org.priorart.engine.lucene;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.priorart.engine.EngineException;

/** Whether an index on disk was written with this PriorArt's schema (its version in the commit data). */
final class SchemaCheck {

    private SchemaCheck() {
    }

    /** @throws EngineException when the index at {@code path} has another schema version */
    static void check(Path path, Directory dir) throws IOException {
        if (!DirectoryReader.indexExists(dir)) {
            return;
        }
        String version = CommitData.get(null, dir, LuceneEngine.SCHEMA_KEY);
        if (version != null && !version.equals(LuceneEngine.SCHEMA_VERSION)) {
            throw new EngineException("the index at " + path + " has schema version " + version
                    + " but this PriorArt uses version " + LuceneEngine.SCHEMA_VERSION + "; re-index into a new directory");
        }
    }
}
