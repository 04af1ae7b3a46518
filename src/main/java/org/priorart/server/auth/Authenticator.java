package org.priorart.server.auth;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.priorart.server.api.ApiException;

/**
 * Runs before every route that names a {@link Role}: who is calling (the key in
 * {@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}), whether their role may use the route
 * (else 403), whether they have a place left among their requests in flight ({@link ClientLimits})
 * and whether their limits allow it (else 429, with {@code Retry-After}); the {@code RateLimit-*}
 * headers go on every limited answer. Routes without a role (health, the
 * OpenAPI document, the API page) are public.
 *
 * <p>Without any active key, and only on a server bound to a loopback address, requests without a
 * key are local use and may do everything. The server refuses to bind another address without keys
 * (see {@code ServeCommand}), and a key presented is always checked: a wrong key is never ignored.
 * Once a key was active, keys stay required ({@link KeyStore#keysRequired}): a keys file deleted,
 * emptied or without an active key locks the API rather than opening it.
 */
public final class Authenticator {

    private static final String PRINCIPAL = "priorart.principal";
    private static final Map<String, String> CHALLENGE = Map.of("WWW-Authenticate", "Bearer realm=\"priorart\"");

    private final KeyStore keys;
    private final RateLimiter limiter;
    private final ClientLimits inFlight;
    private final boolean loopbackOnly;
    private final int defaultRatePerMinute;
    private final long defaultDailyQuota;

    /**
     * @param loopbackOnly whether the server is bound to a loopback address (only then may requests
     *                     without a key be served, and only while no key is active)
     */
    public Authenticator(KeyStore keys, RateLimiter limiter, ClientLimits inFlight, boolean loopbackOnly,
                         int defaultRatePerMinute, long defaultDailyQuota) {
        this.keys = keys;
        this.limiter = limiter;
        this.inFlight = inFlight;
        this.loopbackOnly = loopbackOnly;
        this.defaultRatePerMinute = defaultRatePerMinute;
        this.defaultDailyQuota = defaultDailyQuota;
    }

    /** The before-handler of routes with a role. */
    public void handle(Context ctx) {
        Role required = required(ctx);
        if (required == null) {
            return;
        }
        Principal who = authenticate(ctx);
        if (!who.role().includes(required)) {
            throw new ApiException(403, "forbidden", "this key (role " + who.role().lowerName() + ") may not use "
                    + ctx.method() + " " + ApiException.echo(ctx.path()) + ": it needs the role " + required.lowerName()
                    + " or higher", ApiException.details("role", who.role().lowerName(), "required_role", required.lowerName()),
                    null);
        }
        ctx.attribute(PRINCIPAL, who);
        inFlight.acquire(ctx, who); // before the charge: a request refused for its place costs nothing
        charge(ctx, who, 1, 1);
    }

    /**
     * GET /api/v1/whoami (public): whether this server needs a key, and, when one is sent, whose it
     * is and its role. The page asks once at load, so it asks the examiner for a key only when one
     * is needed; a wrong key is a 401 here too. Nothing is charged: no search runs.
     */
    public void whoami(Context ctx) {
        boolean required = !keyless();
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("key_required", required);
        if (credential(ctx).isPresent()) {
            Principal who = authenticate(ctx);
            out.put("authenticated", true);
            out.put("name", who.name());
            out.put("role", who.role().lowerName());
        } else {
            out.put("authenticated", false);
            if (!required) {
                out.put("role", Principal.ANONYMOUS.role().lowerName()); // local use may do everything
            }
        }
        ctx.json(out);
    }

    /** Who made this request (after {@link #handle}); anonymous on public routes. */
    public static Principal principal(Context ctx) {
        Principal p = ctx.attribute(PRINCIPAL);
        return p == null ? Principal.ANONYMOUS : p;
    }

    /**
     * Charges a batch of {@code searches}: one was counted when the request came in, the rest now.
     * A batch that does not fit is refused whole (429) and its first count is given back.
     */
    public void chargeBatch(Context ctx, Principal who, int searches) {
        try {
            charge(ctx, who, searches - 1, searches);
        } catch (ApiException e) {
            limiter.refund(who, 1);
            throw e;
        }
    }

    private void charge(Context ctx, Principal who, int cost, int shownCost) {
        RateLimiter.Decision d = limiter.acquire(who, cost);
        if (d.limited()) {
            ctx.header("RateLimit-Limit", String.valueOf(d.limit()));
            ctx.header("RateLimit-Remaining", String.valueOf(Math.max(0, d.remaining())));
            ctx.header("RateLimit-Reset", String.valueOf(d.resetSeconds()));
            ctx.header("RateLimit-Policy", d.policy());
        }
        if (!d.allowed()) {
            boolean daily = "day".equals(d.exceeded());
            String message = shownCost > d.limit()
                    ? "a request costing " + shownCost + " (one per search) can never fit the " + (daily ? "daily quota" : "per-minute limit")
                      + " of " + d.limit() + ": send smaller batches"
                    : daily
                    ? "the daily quota of " + d.limit() + " requests of this key is used up; it resets at 00:00 UTC"
                    : "more than " + d.limit() + " requests in a minute with this key; retry after " + d.retryAfterSeconds() + " s";
            throw new ApiException(429, daily ? "quota_exceeded" : "rate_limited", message,
                    ApiException.details("limit", d.limit(), "window", daily ? "day" : "minute", "cost", shownCost,
                            "retry_after_seconds", d.retryAfterSeconds()),
                    Map.of("Retry-After", String.valueOf(d.retryAfterSeconds())));
        }
    }

    private Principal authenticate(Context ctx) {
        Optional<String> presented = credential(ctx);
        if (presented.isEmpty()) {
            if (keyless()) {
                return Principal.ANONYMOUS;
            }
            throw new ApiException(401, "unauthorized",
                    "an API key is needed: send 'Authorization: Bearer KEY' (or 'X-API-Key: KEY')", null, CHALLENGE);
        }
        ApiKey key = keys.verify(presented.get()).orElseThrow(() -> new ApiException(401, "unauthorized",
                "the API key is not valid (unknown, revoked or mistyped)", null, CHALLENGE));
        return new Principal(key.id(), key.name(), key.role(),
                key.ratePerMinute() != null ? key.ratePerMinute() : defaultRatePerMinute,
                key.dailyQuota() != null ? key.dailyQuota() : defaultDailyQuota);
    }

    /** Local use without keys: a loopback server that has never had an active key. */
    public boolean keyless() {
        return loopbackOnly && !keys.keysRequired();
    }

    /**
     * The key the request presents, in {@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}. Two
     * different keys (one in each header, or a header given twice) are refused, never one of them chosen:
     * a revoked or mistyped key must not pass because a valid one travels beside it.
     */
    private static Optional<String> credential(Context ctx) {
        java.util.Set<String> presented = new java.util.LinkedHashSet<>();
        for (String authorization : headers(ctx, "Authorization")) {
            String[] parts = authorization.strip().split("\\s+", 2);
            boolean emptyBearer = parts.length == 1 && parts[0].equalsIgnoreCase("bearer");
            // "Bearer " with nothing after it: a script's empty $PRIORART_KEY sends no key there; a key in
            // X-API-Key beside it counts, else a server that needs one says so, a local one answers.
            if (!emptyBearer) {
                if (parts.length != 2 || !parts[0].toLowerCase(Locale.ROOT).equals("bearer")) {
                    throw new ApiException(401, "unauthorized", "the Authorization header must read 'Bearer KEY'", null, CHALLENGE);
                }
                presented.add(parts[1].strip());
            }
        }
        for (String apiKey : headers(ctx, "X-API-Key")) {
            presented.add(apiKey.strip());
        }
        if (presented.size() > 1) {
            throw new ApiException(401, "unauthorized", "the request presents " + presented.size()
                    + " different API keys (Authorization and X-API-Key, or a header given twice): send one", null, CHALLENGE);
        }
        return presented.stream().findFirst();
    }

    /** The non-blank values of a header given once or more. */
    private static List<String> headers(Context ctx, String name) {
        List<String> values = new java.util.ArrayList<>();
        for (var e = ctx.req().getHeaders(name); e != null && e.hasMoreElements(); ) {
            String v = e.nextElement();
            if (v != null && !v.isBlank()) {
                values.add(v);
            }
        }
        return values;
    }

    private static Role required(Context ctx) {
        Role least = null;
        for (RouteRole r : ctx.routeRoles()) {
            if (r instanceof Role role && (least == null || role.ordinal() < least.ordinal())) {
                least = role;
            }
        }
        return least;
    }
}
