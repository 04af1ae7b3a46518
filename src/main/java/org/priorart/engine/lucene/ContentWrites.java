package org.priorart.engine.lucene;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The numbering of content writes: each write of a patent's content (a write or a delete) gets the
 * next number, remembered per key, so a writer that read a patent at some number (the embedding
 * stage, which reads, embeds for a while, then writes back) can tell whether the patent's content
 * was written since. The writes of one key are serialized on its stripe.
 */
final class ContentWrites {

    private final Object[] stripes = new Object[256];
    private final AtomicLong sequence = new AtomicLong();
    private final ConcurrentHashMap<String, Long> last = new ConcurrentHashMap<>();

    ContentWrites() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
    }

    /** What the writes of one key synchronize on. */
    Object stripe(String key) {
        return stripes[Math.floorMod(key.hashCode(), stripes.length)];
    }

    /** Numbers a content write of the key (call it holding the key's stripe, after the write). */
    void written(String key) {
        last.put(key, sequence.incrementAndGet());
    }

    /** The number of the latest content write. */
    long current() {
        return sequence.get();
    }

    /** Whether the key's content was written after {@code readAt}. */
    boolean writtenAfter(String key, long readAt) {
        Long at = last.get(key);
        return at != null && at > readAt;
    }

    /** Forgets the numbers up to a sequence no reader still holds (keeps the map small). */
    void forgetUpTo(long sequence) {
        last.values().removeIf(seq -> seq <= sequence);
    }
}
