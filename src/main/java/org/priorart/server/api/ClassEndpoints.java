package org.priorart.server.api;

import io.javalin.http.Context;
import org.priorart.server.casework.ClassHierarchy;

/**
 * {@code GET /api/v1/cpc?symbol=H01M10/04}: a CPC symbol's place in the hierarchy (section, class,
 * subclass, group, subgroup), each level with the prefix that searches it and a title where the
 * data has one ({@link ClassHierarchy}).
 */
public final class ClassEndpoints {

    private ClassEndpoints() {
    }

    public static void get(Context ctx) {
        String symbol = ctx.queryParam("symbol");
        if (symbol == null || symbol.isBlank()) {
            throw ApiException.badParameter("symbol", "symbol is required: a CPC symbol such as H01M10/04");
        }
        ctx.json(ClassHierarchy.of(symbol));
    }
}
