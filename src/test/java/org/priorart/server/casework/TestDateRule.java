package org.priorart.server.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.priorart.engine.PriorArtRule;
import org.priorart.server.session.Category;

/** Why a date decides, on each kind of document a case meets, and the ST.14 categories. */
class TestDateRule {

    private static final CaseFile CASE = new CaseFile("US1", null, LocalDate.parse("2014-09-25"), LocalDate.parse("2015-09-25"),
            List.of(), List.of(), null, null, PriorArtRule.EFFECTIVE);

    private static DateVerdict v(String published, String filed) {
        return DateRule.verdict(CASE, published == null ? null : LocalDate.parse(published), filed == null ? null : LocalDate.parse(filed));
    }

    @Test
    void eachKindOfDocumentGetsItsVerdictAndReason() {
        assertEquals(DateVerdict.PRIOR_ART, v("2010-01-01", null).status());
        assertEquals(DateVerdict.INTERMEDIATE, v("2015-01-01", null).status());
        assertEquals(DateVerdict.EARLIER_FILED, v("2016-01-01", "2013-01-01").status());
        assertEquals(DateVerdict.NOT_PRIOR_ART, v("2016-01-01", null).status());
        assertEquals(DateVerdict.NOT_PRIOR_ART, v("2016-01-01", "2015-01-01").status());
        DateVerdict missing = v(null, "2013-05-01");
        assertEquals(DateVerdict.DATE_MISSING, missing.status());
        assertTrue(missing.reason().contains("no publication date") && missing.reason().contains("2014-09-25"), missing.reason());
        assertEquals(DateVerdict.DATE_MISSING, v(null, null).status());
        assertEquals(DateVerdict.NOT_PRIOR_ART, v(null, "2015-01-01").status());
    }

    @Test
    void categoriesCombineAsSt14Says() {
        assertEquals(List.of(Category.X, Category.E), Categories.parse("e, x"));
        assertEquals("Y,P", Categories.format(Categories.parse("YP")));
        assertEquals(List.of(Category.E), Categories.parse("E"));
        for (String bad : List.of("X,Y", "Q", "XX", " ")) {
            assertThrows(IllegalArgumentException.class, () -> Categories.parse(bad), bad);
        }
    }

    @Test
    void claimNumbersAreNumbersAndRangesWithinTheApplication() {
        ClaimNumbers.check("1-3, 5", 20);
        ClaimNumbers.check("", 20);
        for (String bad : List.of("claim one, 99, 3-1", "3-1", "0", "21")) {
            assertThrows(IllegalArgumentException.class, () -> ClaimNumbers.check(bad, 20), bad);
        }
    }
}
