package org.priorart.patent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestClassificationCode {

    @ParameterizedTest
    @CsvSource({
            "H01M10/0525, H01M10/0525",
            "'H01M 10/0525', H01M10/0525",
            "'H01M  10/0525 (2010.01)', H01M10/0525",
            "H01M0010052500, H01M10/0525",
            "A01K0097000000, A01K97/00",
            "'G06F 17/30', G06F17/30",
            "h04l9/32, H04L9/32",
            "Y02E60/10, Y02E60/10",
            "B60R, B60R",
    })
    void normalizes(String raw, String expected) {
        assertEquals(expected, ClassificationCode.normalize(raw));
    }

    @Test
    void rejectsGarbage() {
        assertNull(ClassificationCode.normalize("not a code"));
        assertNull(ClassificationCode.normalize(""));
        assertNull(ClassificationCode.normalize(null));
    }

    @Test
    void queryPrefixFollowsTheHierarchy() {
        assertEquals("H", ClassificationCode.queryPrefix("H"));
        assertEquals("H01M", ClassificationCode.queryPrefix("h01m"));
        // a main group matches its subgroups only, not H01M100/...
        assertEquals("H01M10/", ClassificationCode.queryPrefix("H01M10"));
        assertEquals("H01M10/", ClassificationCode.queryPrefix("H01M 10"));
        assertEquals("H01M10/05", ClassificationCode.queryPrefix("H01M10/05"));
        assertTrue("H01M10/0525".startsWith(ClassificationCode.queryPrefix("H01M10/05")));
        assertTrue(!"H01M100/02".startsWith(ClassificationCode.queryPrefix("H01M10")));
    }

    @Test
    void badPrefixIsNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> ClassificationCode.queryPrefix("battery"));
        assertTrue(e.getMessage().contains("'battery'"), e.getMessage());
    }
}
