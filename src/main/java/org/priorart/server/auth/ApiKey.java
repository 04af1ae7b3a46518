package org.priorart.server.auth;

import java.time.Instant;

/**
 * One API key as the keys file stores it: never the key itself, only a salted hash of it.
 *
 * @param id                the public part of the key (also printed by {@code keys list}); keys look up by it
 * @param name              who or what the key is for, unique among active keys
 * @param role              what the key may do
 * @param salt              random per-key salt (base64)
 * @param hash              SHA-256 of salt and key (hex)
 * @param created           when it was created
 * @param revoked           when it was revoked, or null while it is active
 * @param ratePerMinute     its own per-minute limit, or null for the server's default (0: unlimited)
 * @param dailyQuota        its own daily quota, or null for the server's default (0: unlimited)
 */
public record ApiKey(String id, String name, Role role, String salt, String hash, Instant created, Instant revoked,
                     Integer ratePerMinute, Long dailyQuota) {

    public boolean active() {
        return revoked == null;
    }

    ApiKey revokedAt(Instant when) {
        return new ApiKey(id, name, role, salt, hash, created, when, ratePerMinute, dailyQuota);
    }
}
