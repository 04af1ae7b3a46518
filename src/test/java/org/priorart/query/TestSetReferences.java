package org.priorart.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Set references (L1 AND L2 NOT L3) expanded in the query language, and what is not a reference. */
class TestSetReferences {

    private static final Map<Integer, String> SETS = Map.of(1, "batter* W/3 fold*", 2, "(stretch* OR flexib*) AND CPC=H01M");

    private static String expand(String q) throws QuerySyntaxException {
        return SetReferences.expand(q, n -> {
            String d = SETS.get(n);
            if (d == null) {
                throw new IllegalArgumentException("there is no set L" + n);
            }
            return d;
        });
    }

    @Test
    void referencesBecomeTheSetsQueriesAndParseAsOne() throws Exception {
        String e = expand("L1 AND L2 NOT cut*");
        assertEquals("(batter* W/3 fold*) AND ((stretch* OR flexib*) AND CPC=H01M) NOT cut*", e);
        ExaminerQuery parsed = QueryParser.parse(e);
        assertEquals(QueryParser.parse("(batter* W/3 fold*) AND (stretch* OR flexib*) AND CPC=H01M AND NOT cut*").toString(),
                parsed.toString());
        assertEquals(List.of(1, 2), SetReferences.referenced("L1 OR (L2 AND L1)"));
    }

    @Test
    void quotedLowercaseAndLongerWordsAreNoReferences() throws Exception {
        assertEquals("\"L1\" AND l1 AND L1A AND L0", expand("\"L1\" AND l1 AND L1A AND L0"));
    }

    @Test
    void anUnknownSetOrAFieldCodeIsASyntaxErrorAtTheReference() {
        QuerySyntaxException unknown = assertThrows(QuerySyntaxException.class, () -> expand("L1 AND L9"));
        assertEquals(7, unknown.position());
        assertTrue(unknown.getMessage().contains("no set L9"));
        QuerySyntaxException field = assertThrows(QuerySyntaxException.class, () -> expand("TI=L1"));
        assertEquals(0, field.position());
    }

    /**
     * Thousands of references to a long set made a query of hundreds of megabytes (3,300 references to
     * a set of 20,000 characters: 66 million characters, in 3 s and 230 MB of the server's memory)
     * before the parser refused it as too long; the expansion stops at the reference that passes the
     * parser's length.
     */
    @Test
    void anExpansionLongerThanAQueryMayBeStopsAtTheReferenceThatPassesIt() {
        String set = "TI=(" + "battery OR ".repeat(1000) + "cell)"; // 11,009 characters
        int[] asked = {0};
        String query = String.join(" OR ", java.util.Collections.nCopies(3000, "L1"));
        QueryLimitException e = assertThrows(QueryLimitException.class, () -> SetReferences.expand(query, n -> {
            asked[0]++;
            return set;
        }));
        assertEquals(6, e.position()); // the second reference: one set fits, two do not
        assertTrue(e.getMessage().contains("longer than " + QueryLimits.DEFAULT.maxLength()), e.getMessage());
        assertEquals(2, asked[0]);
    }
}
