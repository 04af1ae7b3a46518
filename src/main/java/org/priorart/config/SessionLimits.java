package org.priorart.config;

/**
 * How large one search session may grow, in one place. A session is written whole at every change
 * (a tag, a search recorded) and answered whole by {@code GET /sessions/{id}}; without a bound, a
 * key that records searches with 20,000-character queries and texts made a session of about 40 MB
 * in 1,000 searches (the history's count limit), each further change rewriting all of it while the
 * other sessions' changes waited. A real session (a case with its claims, a thousand searches with
 * pasted claims as their texts, a thousand tags with notes) takes a few megabytes at most.
 */
public final class SessionLimits {

    /**
     * The most bytes of one session as stored (its JSON). Beyond, the oldest searches of its history
     * are dropped, as beyond the history's count limit; a change that would pass it with the history
     * down to its last search is refused.
     */
    public static final long MAX_SESSION_BYTES = 8L << 20;

    /**
     * The most bytes of all the sessions of one key (the file storage keeps them in memory): without it,
     * a key's 1,000 sessions at {@link #MAX_SESSION_BYTES} each would hold 8 GB. A change that grows a
     * session past it is refused (nothing written); deleting sessions makes room.
     */
    public static final long MAX_OWNER_BYTES = 256L << 20;

    private SessionLimits() {
    }
}
