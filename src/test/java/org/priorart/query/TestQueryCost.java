package org.priorart.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Queries within the length and nesting limits whose engine form grows exponentially (each NEAR,
 * WITH and SAME holds its operands twice) are refused by the clause limit as they are built, at the
 * operator that crosses it, not after the whole expansion was made and counted (which took 5 s for
 * 20 chained NEARs and minutes for 28). The time bound is generous on purpose: the refusal takes
 * milliseconds, the old expansion seconds to minutes.
 */
class TestQueryCost {

    /** Far above the milliseconds a refusal takes, far below what the unbounded expansion took. */
    private static final Duration BOUND = Duration.ofSeconds(2);

    private static QueryLimitException refused(String query) {
        return assertTimeoutPreemptively(BOUND, () -> assertThrows(QueryLimitException.class,
                () -> QueryFixture.compile(query)), query);
    }

    private static String chain(String first, String operatorAndOperand, int operators) {
        return first + (" " + operatorAndOperand).repeat(operators);
    }

    @Test
    void chainedNearIsRefusedAtTheOperatorThatCrossesTheClauseLimit() {
        for (int operators : List.of(20, 28, 31)) {
            String query = chain("charging", "NEAR10 circuit", operators);
            QueryLimitException e = refused(query);
            assertTrue(e.getMessage().contains("needs more than 1024 search clauses"), e.getMessage());
            // doubling from 4 clauses, the 9th NEAR (1534 clauses) is the first past 1024 in one field
            assertEquals(query.indexOf("NEAR10") + 15 * 8, e.position(), e.getMessage());
        }
    }

    @Test
    void chainedSentenceAndParagraphOperatorsAreRefusedAlike() {
        for (String operator : List.of("WITH", "SAME")) {
            refused(chain("charging", operator + " circuit", 28));
        }
        // mixed operators and OR groups in the operands
        refused(chain("(charging OR \"charge pump\")", "NEAR5 (circuit OR \"control circuit\" OR converter)", 28));
        refused(chain("TI=(battery", "NEAR/3 cell", 30) + ")");
    }

    @Test
    void queriesWithinTheLimitStillSearch() throws Exception {
        // six chained NEARs: 190 clauses per field, 760 in all four
        String six = chain("charging", "NEAR10 circuit", 6);
        QueryFixture.ids(six);
        // seven make 382 per field, 1528 in all: refused for the whole query, per field it is fine
        QueryLimitException seven = refused(chain("charging", "NEAR10 circuit", 7));
        assertTrue(seven.getMessage().startsWith("the query needs more than 1024 search clauses"), seven.getMessage());
        QueryFixture.compile("CL=(" + chain("charging", "NEAR10 circuit", 7) + ")");
        // long W/n chains grow linearly and are not refused
        QueryFixture.compile(chain("charging", "W/10 circuit", 31));
    }
}
