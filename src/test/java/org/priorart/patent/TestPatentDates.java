package org.priorart.patent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TestPatentDates {

    @Test
    void parsesTheUsualSpellings() {
        assertEquals(LocalDate.of(2005, 2, 22), PatentDates.parse("20050222"));
        assertEquals(LocalDate.of(2005, 2, 22), PatentDates.parse("2005-02-22"));
        assertEquals(LocalDate.of(2012, 2, 14), PatentDates.parse("2012-02-14 00:00:00"));
        assertEquals(LocalDate.of(1951, 2, 1), PatentDates.parse("19510200"), "Green Book day 00");
        assertNull(PatentDates.parse("  "));
    }

    @Test
    void badDatesAreNamed() {
        var e = assertThrows(DateTimeException.class, () -> PatentDates.parse("2005-13-45"));
        assertTrue(e.getMessage().contains("2005-13-45"));
        assertThrows(DateTimeException.class, () -> PatentDates.parse("yesterday"));
    }
}
