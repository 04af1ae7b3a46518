package org.priorart.server.auth;

import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.priorart.server.api.ApiException;
import org.priorart.server.api.Completion;

/**
 * Requests of one client in flight at once, at most: a key, or, without keys, an address. A request
 * holds its place from before its body is read to after the last byte of its answer is written, so a
 * client that sends or reads slowly fills only its own places; one more is a 429 at once (with
 * {@code Retry-After: 1}), and the other clients' requests go on as before.
 */
public final class ClientLimits {

    /** The attribute that names a request's client, once {@link #acquire} has counted it. */
    private static final String CLIENT = "priorart.client";

    private final int perClient;
    private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();

    /** @param perClient requests of one client in flight at most */
    public ClientLimits(int perClient) {
        this.perClient = perClient;
    }

    /** Takes a place for this request until its exchange is over; a 429 when the client has none left. */
    void acquire(Context ctx, Principal who) {
        String client = who.anonymous() ? "address " + ctx.ip() : "key " + who.keyId();
        boolean[] taken = new boolean[1];
        inFlight.compute(client, (c, n) -> {
            int now = n == null ? 0 : n;
            if (now >= perClient) {
                return n;
            }
            taken[0] = true;
            return now + 1;
        });
        if (!taken[0]) {
            throw new ApiException(429, "rate_limited", "more than " + perClient + " requests at once "
                    + (who.anonymous() ? "from this address" : "with this key") + "; wait for an answer before sending more",
                    ApiException.details("limit", perClient, "window", "concurrent", "cost", 1, "retry_after_seconds", 1),
                    Map.of("Retry-After", "1"));
        }
        ctx.attribute(CLIENT, client);
        try {
            Completion.whenDone(ctx, () -> inFlight.computeIfPresent(client, (c, n) -> n <= 1 ? null : n - 1));
        } catch (RuntimeException e) {
            inFlight.computeIfPresent(client, (c, n) -> n <= 1 ? null : n - 1);
            throw e;
        }
    }

    /** Who sent this request ("key ID", "address IP"), or null on a route that counts no one (the public ones). */
    public static String clientOf(Context ctx) {
        return ctx.attribute(CLIENT);
    }
}
