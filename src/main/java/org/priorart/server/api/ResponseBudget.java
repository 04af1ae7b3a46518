package org.priorart.server.api;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bound on the memory of answers in flight. An answer is held in memory from when its handler made
 * it until its last byte is written, which for a client that does not read takes until Jetty gives up
 * on it: a hundred such clients fetching an 8 MB document held 2.5 GB. Each large answer takes its size
 * from this budget until it is written (or its client is gone); one that does not fit is a 503
 * {@code overloaded} instead, which is small. Answers of at most {@link #SMALL} bytes are not counted:
 * the socket's buffers take them whole, and the limits on requests in flight bound their number.
 */
public final class ResponseBudget {

    /** Answers up to this size are not counted. */
    static final int SMALL = 64 * 1024;

    private final long limit;
    private final AtomicLong inFlight = new AtomicLong();

    /** @param limit bytes of large answers in flight at most */
    public ResponseBudget(long limit) {
        this.limit = limit;
    }

    /**
     * After the handler: the answer it made takes its size from the budget until written, or, when it
     * does not fit, is replaced by a 503 (and its memory freed at once).
     */
    void bound(Context ctx) {
        InputStream result = ctx.resultInputStream();
        if (!(result instanceof ByteArrayInputStream bytes) || bytes.available() <= SMALL) {
            return; // small, or already streamed
        }
        long size = bytes.available();
        long after = inFlight.addAndGet(size);
        if (after > limit) {
            inFlight.addAndGet(-size);
            ErrorMapper.write(ctx, ApiException.unavailable("overloaded", "the server holds as many large answers for "
                    + "slow readers as it can; retry shortly", 1));
            return;
        }
        Counted counted = new Counted(bytes, size);
        ctx.result(counted);
        Completion.whenDone(ctx, counted::giveBack); // also when the answer is never written (the exchange failed)
    }

    /** Bytes of large answers in flight now. */
    public long inFlight() {
        return inFlight.get();
    }

    /** An answer that gives its size back when closed: Javalin closes the result once written, or when it fails. */
    private final class Counted extends FilterInputStream {
        private final long size;
        private final AtomicBoolean returned = new AtomicBoolean();

        Counted(InputStream in, long size) {
            super(in);
            this.size = size;
        }

        void giveBack() {
            if (returned.compareAndSet(false, true)) {
                inFlight.addAndGet(-size);
            }
        }

        @Override
        public void close() throws IOException {
            giveBack();
            super.close();
        }
    }
}
