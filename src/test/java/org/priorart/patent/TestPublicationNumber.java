package org.priorart.patent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TestPublicationNumber {

    @ParameterizedTest
    @CsvSource({
            "US6859910B2, US6859910B2",
            "US06859910B2, US6859910B2",
            "'US 6,859,910 B2', US6859910B2",
            "US06836996-20050104, US6836996",
            "US20050004437A1, US20050004437A1",
            "'US 2005/0004437 A1', US20050004437A1",
            "USPP012345-20050104, USPP12345",
            "USRE041234E, USRE41234E",
            "USD0435854S1, USD435854S1",
            "us20130210636, US20130210636",
            "EP1234567A1, EP1234567A1",
            "'EP 1 234 567 B1', EP1234567B1",
    })
    void normalizes(String raw, String expected) {
        assertEquals(expected, PublicationNumber.parse(raw).toString());
    }

    @Test
    void usKeyIgnoresKindOtherCountriesKeepIt() {
        assertEquals("US6859910", PublicationNumber.parse("US6859910B2").key());
        assertEquals(PublicationNumber.parse("US6859910").key(), PublicationNumber.parse("US6859910B1").key());
        assertEquals("EP1234567A1", PublicationNumber.parse("EP1234567A1").key());
        assertEquals("EP1234567", PublicationNumber.parse("EP1234567B1").withoutKind());
    }

    @Test
    void recognizesUsApplications() {
        assertTrue(PublicationNumber.parse("US20050004437A1").isUsApplication());
        assertEquals(false, PublicationNumber.parse("US6859910").isUsApplication());
    }

    @Test
    void rejectsNonNumbers() {
        assertNull(PublicationNumber.tryParse("hello world"));
        assertNull(PublicationNumber.tryParse("12345"));
        assertNull(PublicationNumber.tryParse(""));
        var e = assertThrows(IllegalArgumentException.class, () -> PublicationNumber.parse("W1535601016x"));
        assertTrue(e.getMessage().contains("W1535601016x"));
    }

    @Test
    void partsAreJoined() {
        assertEquals("US6859910B2", PublicationNumber.of("US", "06859910", "B2").toString());
        assertEquals("US20050004437A1", PublicationNumber.of("US", "20050004437", "A1").toString());
    }
}
