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

    /** The shapes of the issue: each one normalized to country + number + kind. */
    @ParameterizedTest
    @CsvSource({
            "USRE41234E, USRE41234E",
            "'US RE 41,234 E', USRE41234E",
            "USR15866, USRE15866",
            "USR42592, USRE42592",
            "USPP12345P2, USPP12345P2",
            "USD435854S, USD435854S",
            "USH1234H, USH1234H",
            "UST100001I4, UST100001I4",
            "US2007204872A1, US20070204872A1",
            "'US-A1- 2007 204 872', US20070204872A1",
            "'US-B1- 6 382 450', US6382450B1",
            "JPH10123456A, JPH10123456A",
            "'JP H10-123456 A', JPH10123456A",
            "JPS6012345, JPS6012345",
            "JP2005123456A, JP2005123456A",
            "'JP 2005-123456 A', JP2005123456A",
            "TWM123456U, TWM123456U",
            "TWI123456B, TWI123456B",
            "TW200512345A, TW200512345A",
            "KR1020050012345A, KR1020050012345A",
            "'KR 10-2005-0012345 A', KR1020050012345A",
            "KR100123456B1, KR100123456B1",
            "CN101234567A, CN101234567A",
            "'CN-U- 202 128 028', CN202128028U",
            "WO2001/12345, WO2001012345",
            "WO0112345, WO2001012345",
            "'WO 01/12345 A1', WO2001012345A1",
            "WO9912345A1, WO1999012345A1",
            "'WO 2004/012345 A2', WO2004012345A2",
            "WO2023012807A1, WO2023012807A1",
            "'WO-A1-2014/114885', WO2014114885A1",
            "'WO-A-01/92999', WO2001092999A",
            "'EP-A- 0 123 456', EP123456A",
            "'FR-A1- 2 973 005', FR2973005A1",
            "DE19912345A1, DE19912345A1",
    })
    void normalizesTheShapesOfEveryOffice(String raw, String expected) {
        assertEquals(expected, PublicationNumber.parse(raw).toString());
    }

    /** Issue 12: the longest text read as a number has one home (the API's endpoints each had their own 64). */
    @Test
    void textLongerThanTheLimitIsNoNumberAndIsNotEchoedWhole() {
        String padded = "US" + " ".repeat(PublicationNumber.MAX_LENGTH - 11) + "6,859,910";
        assertEquals(PublicationNumber.MAX_LENGTH, padded.length());
        assertEquals("US6859910", PublicationNumber.parse(padded).toString(), "at the limit: read");
        assertNull(PublicationNumber.tryParse(" " + padded), "one character over: not a number");
        String huge = "US" + "1".repeat(10_000);
        var refused = assertThrows(org.priorart.error.UserInputException.class, () -> PublicationNumber.parse(huge));
        assertTrue(refused.getMessage().length() < 200, refused.getMessage());
    }

    @Test
    void pctApplicationNumbersAreApplicationsNotPublications() {
        assertNull(PublicationNumber.tryParse("PCT/US01/12345"));
        assertEquals("PCT/US2001/012345", ApplicationNumbers.pct("PCT/US01/12345"));
        assertEquals("PCT/US2001/012345", ApplicationNumbers.pct("pct/us2001/012345"));
        assertEquals("PCT/EP1999/004321", ApplicationNumbers.pct("PCT/EP99/04321"));
        assertNull(ApplicationNumbers.pct("US6859910"));
        Citation c = Citation.ofReference("PCT/US01/12345", null, "examiner");
        assertNull(c.number());
        assertEquals("PCT/US2001/012345", c.applicationNumber());
    }

    @Test
    void lettersThatAreNoSeriesOfTheCountryAreNoNumber() {
        assertNull(PublicationNumber.tryParse("ABC123"));
        assertNull(PublicationNumber.tryParse("EPX1234567"));
        assertNull(PublicationNumber.tryParse("USQ123"));
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
