package org.priorart.server.api;

import io.javalin.http.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.Request;

/**
 * When an exchange is over: Jetty says so once the last byte of the answer is written, or the
 * exchange failed (the client gone, a timeout). What a request holds until then (its place among a
 * client's requests in flight, the memory of its answer) is given back here, whatever happened.
 */
public final class Completion {

    private Completion() {
    }

    /**
     * Whether the exchange ended without its answer: the client went away (or Jetty gave up on it), so
     * whatever status the response shows was never sent. True, too, once the exchange is recycled.
     */
    public static boolean aborted(Context ctx) {
        try {
            return ServletContextRequest.getServletContextRequest(ctx.req()).getServletChannel().isAborted();
        } catch (RuntimeException recycled) { // IllegalStateException, or a NullPointerException inside Jetty
            return true;
        }
    }

    /** Runs the action once the exchange is over (exactly once, on whichever thread ends it). */
    public static void whenDone(Context ctx, Runnable action) {
        Request.addCompletionListener(ServletContextRequest.getServletContextRequest(ctx.req()), failure -> action.run());
    }
}
