package org.priorart.server.auth;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-key request limits: a per-minute rate and a daily quota, each a fixed window (the clock minute,
 * the UTC day). Fixed windows because they are what the {@code RateLimit-*} headers describe
 * exactly: a limit, what is left of it, and when it resets; and a client can plan on them.
 *
 * <p>A request that does not fit is refused whole and consumes nothing, so retrying after
 * {@code Retry-After} seconds works. A batch costs one per search in it. Counts live in memory: a
 * restart starts the current minute and day afresh.
 */
public final class RateLimiter {

    /** The answer for one request, with what the response headers say. */
    public record Decision(boolean allowed, String exceeded, long limit, long remaining, long resetSeconds,
                           String policy) {

        /** Seconds until the request could fit (the reset of the exhausted window). */
        public long retryAfterSeconds() {
            return Math.max(1, resetSeconds);
        }

        public boolean limited() {
            return limit > 0;
        }
    }

    private static final class Usage {
        long minute = Long.MIN_VALUE;
        long inMinute;
        LocalDate day;
        long inDay;
    }

    private final Clock clock;
    private final ConcurrentHashMap<String, Usage> usage = new ConcurrentHashMap<>();

    public RateLimiter() {
        this(Clock.systemUTC());
    }

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Counts {@code cost} requests of this principal, unless they do not fit in its limits. */
    public Decision acquire(Principal who, int cost) {
        int perMinute = who.ratePerMinute();
        long perDay = who.dailyQuota();
        String policy = policy(perMinute, perDay);
        if (perMinute <= 0 && perDay <= 0) {
            return new Decision(true, null, 0, 0, 0, policy);
        }
        Instant now = clock.instant();
        long minute = now.getEpochSecond() / 60;
        long toNextMinute = 60 - now.getEpochSecond() % 60;
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        long toNextDay = day.plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) - now.getEpochSecond();
        Usage u = usage.computeIfAbsent(who.keyId(), id -> new Usage());
        synchronized (u) {
            if (u.minute != minute) {
                u.minute = minute;
                u.inMinute = 0;
            }
            if (!day.equals(u.day)) {
                u.day = day;
                u.inDay = 0;
            }
            if (perDay > 0 && u.inDay + cost > perDay) {
                return new Decision(false, "day", perDay, perDay - u.inDay, toNextDay, policy);
            }
            if (perMinute > 0 && u.inMinute + cost > perMinute) {
                return new Decision(false, "minute", perMinute, perMinute - u.inMinute, toNextMinute, policy);
            }
            u.inMinute += cost;
            u.inDay += cost;
            long minuteLeft = perMinute > 0 ? perMinute - u.inMinute : Long.MAX_VALUE;
            long dayLeft = perDay > 0 ? perDay - u.inDay : Long.MAX_VALUE;
            // The headers describe the limit closest to running out (what the draft asks).
            return minuteLeft <= dayLeft
                    ? new Decision(true, null, perMinute, minuteLeft, toNextMinute, policy)
                    : new Decision(true, null, perDay, dayLeft, toNextDay, policy);
        }
    }

    /** Gives back {@code cost} requests counted in the current windows (a batch refused after its first count). */
    public void refund(Principal who, int cost) {
        Usage u = usage.get(who.keyId());
        if (u == null) {
            return;
        }
        synchronized (u) {
            u.inMinute = Math.max(0, u.inMinute - cost);
            u.inDay = Math.max(0, u.inDay - cost);
        }
    }

    /** The RateLimit-Policy header value: {@code 600;w=60, 100000;w=86400}. */
    private static String policy(int perMinute, long perDay) {
        StringBuilder s = new StringBuilder();
        if (perMinute > 0) {
            s.append(perMinute).append(";w=60");
        }
        if (perDay > 0) {
            s.append(s.isEmpty() ? "" : ", ").append(perDay).append(";w=86400");
        }
        return s.toString();
    }
}
