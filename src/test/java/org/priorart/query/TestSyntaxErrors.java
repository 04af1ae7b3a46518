package org.priorart.query;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the examiner is told about a query that cannot be searched, and where. */
class TestSyntaxErrors {

    static Stream<Arguments> rows() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/query/syntax-errors.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            rows.add(Arguments.of(cols[0], Integer.parseInt(cols[1]), cols[2]));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}  =>  {2}")
    @MethodSource("rows")
    void saysWhatWasExpectedAndWhere(String query, int position, String message) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(query));
        assertEquals(message, e.getMessage());
        assertEquals(position, e.position());
        assertTrue(position >= 0 && position <= query.length());
    }

    @Test
    void theCaretPointsAtThePosition() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryParser.parse("(lithium OR ion AND anode"));
        assertEquals("""
                expected ')' at position 25: found the end of the query; the '(' at position 0 is not closed
                  (lithium OR ion AND anode
                                           ^""", e.render());
        QuerySyntaxException w = assertThrows(QuerySyntaxException.class, () -> QueryParser.parse("anode W/0 silicon"));
        assertEquals("""
                bad distance in 'W/0' at position 6: n must be 1 to 99 words
                  anode W/0 silicon
                        ^""", w.render());
    }

    @Test
    void longQueriesShowAWindowAroundThePosition() {
        String query = "battery AND ".repeat(20) + "XY=cell AND " + "anode AND ".repeat(20) + "cathode";
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(query));
        String[] lines = e.render().split("\n");
        assertEquals(3, lines.length);
        int caret = lines[2].indexOf('^');
        assertEquals("XY=", lines[1].substring(caret, caret + 3));
        assertTrue(lines[1].length() < 90, lines[1]);
        assertTrue(lines[1].contains("..."));
    }

    @Test
    void emptyQueriesAreRefused() {
        assertEquals("the query is empty at position 0",
                assertThrows(QuerySyntaxException.class, () -> QueryParser.parse("  ")).getMessage());
        assertEquals("the query is empty at position 0",
                assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(null)).getMessage());
    }

    @Test
    void nestingBeyondTheLimitIsALimitError() {
        String deep = "(".repeat(40) + "a" + ")".repeat(40);
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(deep));
        assertInstanceOf(QueryLimitException.class, e);
        assertEquals("the query nests deeper than 32 levels at position 32", e.getMessage());
        assertThrows(QueryLimitException.class, () -> QueryParser.parse("NOT ".repeat(100_000 / 4) + "a"));
        // a chain of proximity operators nests too, without any parenthesis
        String chain = "a" + " W/1 a".repeat(40);
        QueryLimitException c = assertThrows(QueryLimitException.class, () -> QueryParser.parse(chain));
        assertTrue(c.getMessage().contains("chained proximity operators count as nesting"), c.getMessage());
        // 32 levels are fine
        assertDoesNotThrow(() -> QueryParser.parse("(".repeat(32) + "a" + ")".repeat(32)));
    }

    @Test
    void tooManyTermsIsALimitError() throws QuerySyntaxException {
        String many = "w ".repeat(1024);
        QueryParser.parse(many);
        QueryLimitException e = assertThrows(QueryLimitException.class, () -> QueryParser.parse(many + "w"));
        assertEquals("the query has more than 1024 terms (words, codes and dates) at position 2048", e.getMessage());
        // phrase words count
        String phrase = "\"" + "w ".repeat(1025) + "\"";
        assertThrows(QueryLimitException.class, () -> QueryParser.parse(phrase));
    }

    @Test
    void leftTruncationsAreCounted() throws QuerySyntaxException {
        QueryParser.parse("*charg* OR *ductor OR *ization OR *ylene OR *amide OR batter* OR elec*");
        QueryLimitException e = assertThrows(QueryLimitException.class,
                () -> QueryParser.parse("*charg* OR *ductor OR *ization OR *ylene OR *amide OR *oxide"));
        assertEquals("the query has more than 5 truncations that start with a wildcard at position 54: "
                + "each one reads the whole word list of the index", e.getMessage());
    }

    @Test
    void tooLongIsALimitError() {
        QueryLimitException e = assertThrows(QueryLimitException.class, () -> QueryParser.parse("a".repeat(20_001)));
        assertEquals("the query is longer than 20000 characters at position 20000", e.getMessage());
    }

    @Test
    void limitsAreConfigurable() throws QuerySyntaxException {
        QueryOptions small = QueryOptions.DEFAULT.withLimits(new QueryLimits(100, 3, 4, 10, 20, 9, 1, 1024));
        QueryParser.parse("((a))", small);
        assertThrows(QueryLimitException.class, () -> QueryParser.parse("((((a))))", small));
        assertThrows(QueryLimitException.class, () -> QueryParser.parse("a b c d e", small));
        assertEquals("bad distance in 'W/10' at position 2: n must be 1 to 9 words",
                assertThrows(QuerySyntaxException.class, () -> QueryParser.parse("a W/10 b", small)).getMessage());
        assertThrows(QueryLimitException.class, () -> QueryParser.parse("*abc OR *abd", small));
        assertThrows(IllegalArgumentException.class, () -> new QueryLimits(100, 3, 4, 10, 20, 100, 1, 1024));
    }
}
