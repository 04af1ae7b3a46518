package org.priorart.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.priorart.config.ClusterWork;
import org.priorart.engine.EngineException;
import org.priorart.engine.RejectedDocumentException;

/**
 * The ingest's writes to the cluster, queued and sent as {@code _bulk} requests of at most
 * {@link ClusterWork#bulkDocs()} documents or {@link ClusterWork#bulkBytes()} bytes.
 *
 * <p>Each item of a bulk answer is mapped back to its document: a document the cluster refuses
 * (a mapping error, an immense term) goes to that document's callback, so the ingest names its file
 * and line, and the others of the batch are kept. A batch the cluster does not take as a whole (no
 * node answers, 429 too many requests, 502-504), or the items of it refused for those reasons, are
 * tried again after a backoff that doubles, then the write fails with an error that says so.
 *
 * <p>Order: batches are sent one at a time, in the order they filled, so two versions of one patent
 * reach the cluster in the order they were written (in one batch the node applies them in order).
 * The thread whose document fills a batch sends it, the others go on filling the next one.
 *
 * <p>What a killed process leaves: every document is indexed whole, by its key, with its content
 * hash, or not at all; a rerun compares each document's hash with the cluster's (the checkpoint it
 * trusts is the cluster's own content, not a position in the input) and writes what is missing or
 * different. Nothing is doubled, since the key is the document's id.
 */
final class BulkWriter {

    /** One queued write: the action and source lines of the bulk body, and who hears of a refusal. */
    private record Pending(String key, byte[] action, byte[] source, Consumer<RejectedDocumentException> rejected) {
    }

    private final ClusterClient client;
    private final String index;
    private final ClusterWork limits;
    private final Object bufferLock = new Object();
    /** Held while a batch is sent; taken while holding the buffer lock, so batches go in the order they filled. */
    private final ReentrantLock sendLock = new ReentrantLock();
    private List<Pending> buffer = new ArrayList<>();
    private long bufferBytes;
    /** A batch failed for good: the cluster is down or overloaded, so closing sends nothing more. */
    private volatile boolean failed;

    BulkWriter(ClusterClient client, String index, ClusterWork limits) {
        this.client = client;
        this.index = index;
        this.limits = limits;
    }

    /** Queues a document; sends the batch when it is full (on this thread). */
    void add(String key, ObjectNode source, Consumer<RejectedDocumentException> rejected) throws IOException {
        ObjectNode action = Dsl.object();
        action.putObject("index").put("_id", key);
        Pending p = new Pending(key, ClusterClient.JSON.writeValueAsBytes(action), ClusterClient.JSON.writeValueAsBytes(source),
                rejected);
        List<Pending> full;
        synchronized (bufferLock) {
            buffer.add(p);
            bufferBytes += p.action().length + p.source().length + 2;
            if (buffer.size() < limits.bulkDocs() && bufferBytes < limits.bulkBytes()) {
                return;
            }
            full = take();
            sendLock.lock();
        }
        sendLocked(full);
    }

    /** Sends what is queued, after any batch being sent: every document added before has been sent on return. */
    void flush() throws IOException {
        List<Pending> rest;
        synchronized (bufferLock) {
            rest = take();
            sendLock.lock();
        }
        sendLocked(rest);
    }

    /** Whether a batch failed for good (then the caller stops, and a rerun writes the rest). */
    boolean failed() {
        return failed;
    }

    private List<Pending> take() {
        List<Pending> batch = buffer;
        buffer = new ArrayList<>();
        bufferBytes = 0;
        return batch;
    }

    private void sendLocked(List<Pending> batch) throws IOException {
        try {
            if (!batch.isEmpty()) {
                send(batch);
            }
        } finally {
            sendLock.unlock();
        }
    }

    private void send(List<Pending> batch) throws IOException {
        List<Pending> todo = batch;
        String last = null;
        long started = System.nanoTime();
        for (int attempt = 1; attempt <= limits.attempts(); attempt++) {
            if (attempt > 1) {
                sleep(limits.firstBackoff().toMillis() << Math.min(attempt - 2, 10));
            }
            JsonNode answer;
            try {
                answer = client.ndjson("/" + index + "/_bulk", body(todo));
            } catch (ClusterClient.ClusterException e) {
                if (!retryable(e.status)) {
                    throw e;
                }
                last = e.getMessage();
                continue;
            } catch (IOException e) { // no node answers (EngineException), a timeout, a dropped connection
                last = e.getMessage();
                continue;
            }
            todo = outcomes(todo, answer);
            if (todo.isEmpty()) {
                return;
            }
            last = todo.size() + " of the documents were refused for now";
        }
        failed = true;
        throw new EngineException("the cluster at " + client.location() + " did not take a batch of " + todo.size()
                + " documents (first " + todo.get(0).key() + ") in " + limits.attempts() + " attempts over "
                + (System.nanoTime() - started) / 1_000_000_000 + " s; last answer: " + last
                + ". The documents written before are kept: run the same command again to write the rest");
    }

    /** Reports the refused documents to their callbacks; returns those to try again. */
    private static List<Pending> outcomes(List<Pending> sent, JsonNode answer) throws IOException {
        JsonNode items = answer.path("items");
        if (items.size() != sent.size()) {
            throw new IOException("the cluster answered a bulk request of " + sent.size() + " documents with "
                    + items.size() + " results");
        }
        List<Pending> again = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            JsonNode result = ClusterClient.bulkResult(items.get(i));
            int status = result.path("status").asInt(500);
            if (status < 300) {
                continue;
            }
            if (retryable(status)) {
                again.add(sent.get(i));
            } else {
                sent.get(i).rejected().accept(new RejectedDocumentException("the cluster refuses the document ("
                        + status + "): " + ClusterClient.reason(result), null));
            }
        }
        return again;
    }

    /** Too many requests, or a node or shard unavailable: worth another try; anything else is the document's fault. */
    private static boolean retryable(int status) {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }

    private static byte[] body(List<Pending> batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Pending p : batch) {
            out.writeBytes(p.action());
            out.write('\n');
            out.writeBytes(p.source());
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting to retry a bulk request");
        }
    }
}
