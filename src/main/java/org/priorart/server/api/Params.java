package org.priorart.server.api;

import java.util.List;
import java.util.Set;

/**
 * Named request parameters, typed, read the same way from a query string (GET) and from a JSON
 * object (POST), so both forms of an endpoint take the same names and give the same errors. A wrong
 * value is a 400 naming the parameter.
 */
interface Params {

    /** The names given. */
    Set<String> names();

    /** A text value, or null when absent. */
    String string(String name);

    /** Several text values (repeated, comma-separated, or a JSON array); empty when absent. */
    List<String> strings(String name);

    Integer integer(String name);

    Double decimal(String name);

    Boolean bool(String name);

    /** A nested object's parameters (JSON only: a query string has none), or null when absent. */
    default Params object(String name) {
        return null;
    }
}
