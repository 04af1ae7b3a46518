package org.priorart.server.auth;

import io.javalin.security.RouteRole;
import java.util.Locale;

/**
 * What an API key may do. Roles are ordered: each includes the ones before it, so a route names
 * the least role it needs.
 */
public enum Role implements RouteRole {
    /** Search, read documents, find similar documents, read the metrics. */
    SEARCH,
    /** Also add, replace and delete documents. */
    INGEST,
    /** Everything. */
    ADMIN;

    /** Whether a key of this role may use a route that needs {@code required}. */
    public boolean includes(Role required) {
        return ordinal() >= required.ordinal();
    }

    public String lowerName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown role '" + s + "'; expected search, ingest or admin");
        }
    }
}
