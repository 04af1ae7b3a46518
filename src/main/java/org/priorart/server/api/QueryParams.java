package org.priorart.server.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link Params} of a query string: {@code ?size=10&cpc=H01M&cpc=H02J}. */
final class QueryParams implements Params {

    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private final Map<String, List<String>> values;

    QueryParams(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * The parameters of a request's query string. A '%' that does not start an escape ({@code %%%})
     * is an error: the server's decoder would drop the parameter, and a filter silently missing
     * changes the results.
     */
    static QueryParams of(Context ctx) {
        String raw = ctx.queryString();
        if (raw != null) {
            Matcher bad = BAD_ESCAPE.matcher(raw);
            if (bad.find()) {
                throw new ApiException(400, "bad_request", "the query string has a malformed %-escape at character "
                        + (bad.start() + 1) + " (write a literal % as %25)", ApiException.details("position", bad.start()), null);
            }
        }
        return new QueryParams(ctx.queryParamMap());
    }

    /** The names given; {@code feedback[positive]} (OpenAPI's deepObject style) is {@code feedback}. */
    @Override
    public Set<String> names() {
        Set<String> names = new java.util.LinkedHashSet<>();
        for (String name : values.keySet()) {
            int bracket = name.indexOf('[');
            names.add(bracket > 0 && name.endsWith("]") ? name.substring(0, bracket) : name);
        }
        return names;
    }

    /** A nested object in the deepObject style: {@code feedback[positive]=US1&feedback[negative]=US2}. */
    @Override
    public Params object(String name) {
        Map<String, List<String>> inner = new java.util.LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(name + "[") && k.endsWith("]")) {
                inner.put(k.substring(name.length() + 1, k.length() - 1), v);
            }
        });
        return inner.isEmpty() ? null : new QueryParams(inner);
    }

    @Override
    public String string(String name) {
        List<String> v = values.get(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (v.size() > 1) {
            throw ApiException.badParameter(name, "parameter '" + name + "' is given " + v.size() + " times; give it once");
        }
        return v.get(0);
    }

    @Override
    public List<String> strings(String name) {
        List<String> out = new ArrayList<>();
        for (String v : values.getOrDefault(name, List.of())) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    @Override
    public Integer integer(String name) {
        String v = string(name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "parameter '" + name + "' must be a whole number, was '" + ApiException.echo(v) + "'");
        }
    }

    @Override
    public Double decimal(String name) {
        String v = string(name);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v.strip());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "parameter '" + name + "' must be a number, was '" + ApiException.echo(v) + "'");
        }
    }

    @Override
    public Boolean bool(String name) {
        String v = string(name);
        if (v == null) {
            return null;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "", "true", "1", "yes" -> true; // "?explain" alone means true
            case "false", "0", "no" -> false;
            default -> throw ApiException.badParameter(name, "parameter '" + name + "' must be true or false, was '"
                    + ApiException.echo(v) + "'");
        };
    }
}
