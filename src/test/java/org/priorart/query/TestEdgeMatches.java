package org.priorart.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operator proven on a real index: each row of {@code edge-matches.tsv} is a query and the
 * hand-written edge documents it must match; all other edge documents must not match. The edge
 * documents sit in one index with real patents (see {@link QueryFixture}), so the queries also run
 * against real text.
 */
class TestEdgeMatches {

    static Stream<Arguments> rows() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/query/edge-matches.tsv"), StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 2) {
                throw new IllegalStateException("edge-matches.tsv: expected query<TAB>documents: " + line);
            }
            rows.add(Arguments.of(cols[0], cols[1]));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}  ->  {1}")
    @MethodSource("rows")
    void matchesExactlyTheseEdgeDocuments(String query, String expected) throws Exception {
        Set<String> want = new TreeSet<>();
        if (!expected.equals("-")) {
            Arrays.stream(expected.split(",")).map(n -> String.format("US90000%02d", Integer.parseInt(n.strip())))
                    .forEach(want::add);
        }
        assertEquals(want, QueryFixture.edges(query), () -> query + "\n" + explain(query));
    }

    private static String explain(String query) {
        try {
            return QueryParser.parse(query).explain();
        } catch (QuerySyntaxException e) {
            return e.render();
        }
    }
}
