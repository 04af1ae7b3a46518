package org.priorart.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The parse tree of every query in {@code parse-trees.tsv}, in canonical form. */
class TestParseTrees {

    static Stream<Arguments> rows() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/query/parse-trees.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            DefaultOperator op = cols.length > 2 ? DefaultOperator.valueOf(cols[2]) : DefaultOperator.AND;
            rows.add(Arguments.of(cols[0], cols[1], op));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "[{2}] {0}  =>  {1}")
    @MethodSource("rows")
    void parsesToItsCanonicalTree(String query, String tree, DefaultOperator op) throws QuerySyntaxException {
        ExaminerQuery parsed = QueryParser.parse(query, QueryOptions.DEFAULT.withDefaultOperator(op));
        assertEquals(tree, parsed.toString());
        assertEquals(query, parsed.text());
    }

    @Test
    void theTableHasMoreThanAHundredQueries() throws IOException {
        assertTrue(rows().count() >= 100, "the table should cover 100+ queries");
    }

    @Test
    void canonicalTreesOfPlainQueriesParseBackToThemselves() throws QuerySyntaxException {
        // the canonical form of operator-free and infix queries is not query syntax, but its words are
        ExaminerQuery q = QueryParser.parse("(battery OR cell) W/3 anode AND CPC=H01M10 AND PD<2015");
        assertEquals("AND(W/3(OR(battery, cell), anode), CPC=H01M10, PD<2015)", q.toString());
        assertEquals(q.root().toString(), q.toString());
    }

    @Test
    void nodesRememberWhereTheyStart() throws QuerySyntaxException {
        QueryNode.And and = (QueryNode.And) QueryParser.parse("lithium  AND \"ion cell\" AND CPC=H01M AND batter*").root();
        assertEquals(0, and.clauses().get(0).position());
        assertEquals(13, and.clauses().get(1).position());
        assertEquals(32, and.clauses().get(2).position());
        assertEquals(41, and.clauses().get(3).position());
    }

    @Test
    void datesResolveToInclusiveDayRanges() throws QuerySyntaxException {
        assertEquals("null..2014-12-31", range("PD<2015"));
        assertEquals("null..2015-12-31", range("PD<=2015"));
        assertEquals("2016-01-01..null", range("PD>2015"));
        assertEquals("2015-01-01..null", range("PD>=2015"));
        assertEquals("2015-02-01..2015-02-28", range("PD=2015-02"));
        assertEquals("2016-02-01..2016-02-29", range("PD=2016-02"));
        assertEquals("2015-03-01..2015-03-01", range("PD=20150301"));
        assertEquals("2010-01-01..2015-06-30", range("AD=2010..2015-06"));
        assertEquals("2015-02-28..null", range("PD>2015-02-27"));
    }

    private static String range(String query) throws QuerySyntaxException {
        QueryNode.DateClause d = (QueryNode.DateClause) QueryParser.parse(query).root();
        return d.from() + ".." + d.to();
    }
}
