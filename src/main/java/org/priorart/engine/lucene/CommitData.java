package org.priorart.engine.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * Values recorded with the index's commits (Lucene's commit user data): the schema version, the
 * vector ids of the models that made the vectors, the state of work that resumes after a restart.
 * They survive with the commit they were written with, and a read-only process reads those of the
 * last commit.
 */
final class CommitData {

    private CommitData() {
    }

    /** The value under the key: live in a writable index, of the last commit in a read-only one (writer null). */
    static String get(IndexWriter writer, Directory directory, String key) throws IOException {
        if (writer != null) {
            for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
                if (e.getKey().equals(key)) {
                    return e.getValue();
                }
            }
            return null;
        }
        return SegmentInfos.readLatestCommit(directory).getUserData().get(key);
    }

    /** Sets a value for the next commit (the caller commits). */
    static void set(IndexWriter writer, String key, String value) {
        Map<String, String> userData = new HashMap<>();
        writer.getLiveCommitData().forEach(e -> userData.put(e.getKey(), e.getValue()));
        userData.put(key, value);
        writer.setLiveCommitData(userData.entrySet());
    }
}
