package org.priorart.patent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TestPatentDocument {

    @Test
    void effectiveDateIsEarliestPriorityElseFilingElsePublication() {
        var b = PatentDocument.builder(PublicationNumber.parse("US1234567B2"))
                .publicationDate(LocalDate.of(2010, 5, 1));
        assertEquals(LocalDate.of(2010, 5, 1), b.build().effectiveDate());
        b.filingDate(LocalDate.of(2008, 1, 1));
        assertEquals(LocalDate.of(2008, 1, 1), b.build().effectiveDate());
        b.priorityDate(LocalDate.of(2007, 6, 1)).priorityDate(LocalDate.of(2007, 3, 1)).priorityDate(LocalDate.of(2007, 9, 1));
        assertEquals(LocalDate.of(2007, 3, 1), b.build().effectiveDate(), "the earliest priority counts");
    }

    @Test
    void builderNormalizesAndDeduplicatesCodes() {
        var d = PatentDocument.builder(PublicationNumber.parse("US1")).cpc("H01M 10/0525").cpc("H01M10/0525")
                .cpc("garbage").ipc("H01M0010052500").build();
        assertEquals(java.util.List.of("H01M10/0525"), d.cpc());
        assertEquals(java.util.List.of("H01M10/0525"), d.ipc());
    }
}
