package org.priorart.server.auth;

/**
 * Who makes a request, with the limits that apply to them.
 *
 * @param keyId         the key's public id, or "anonymous"
 * @param name          the key's name
 * @param role          what they may do
 * @param ratePerMinute requests per minute (0: unlimited)
 * @param dailyQuota    requests per UTC day (0: unlimited)
 */
public record Principal(String keyId, String name, Role role, int ratePerMinute, long dailyQuota) {

    /**
     * Local use without keys: a server without keys listens on the loopback address only, so whoever
     * reaches it is on this machine and may do everything, unlimited.
     */
    public static final Principal ANONYMOUS = new Principal("anonymous", "anonymous", Role.ADMIN, 0, 0);

    public boolean anonymous() {
        return this == ANONYMOUS;
    }
}
