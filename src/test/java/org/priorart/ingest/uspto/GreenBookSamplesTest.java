package org.priorart.ingest.uspto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.priorart.patent.Citation;
import org.priorart.patent.PatentDocument;

/** The 1976 and 1982 Green Book samples. Expected values read off the files. */
class GreenBookSamplesTest {

    private final GreenBookReader reader = new GreenBookReader();

    @Test
    void telephoneWithTablesAndContinuationInPart() {
        PatentDocument d = Samples.readOne(reader, "greenbook/US03932709.greenbook");
        Samples.check(new Samples.Expected("US3932709A", "Electronic business telephone",
                "An electronic business telephone for the transmission and receipt of voice messages and digital data.",
                17, "An electronic communications terminal comprising: a. keyboard means for entry of numeric information",
                5, List.of(4), List.of(), List.of("H04M11/00"), "1974-03-07", "1976-01-13", 9, 0, "US3518629"), d);
        assertEquals("05449155", d.applicationNumber(), "series 5, serial 449155, check digit 6 dropped");
        assertNull(d.priorityDate(), "the RLAP continuation-in-part is no priority claim");
        assertEquals(List.of("Don G. Hoff", "Patrick Young"), d.inventors());
        assertEquals(List.of("General Teletronics Incorporated"), d.applicants());
        assertEquals("CROSS REFERENCE TO RELATED APPLICATION", d.description().get(0).heading(), "PARN record");
        assertEquals("BACKGROUND OF THE INVENTION", d.description().get(1).heading());
        assertTrue(d.description().stream().anyMatch(p -> p.text().startsWith("TABLE 1 Normal Number Comments 4 4 1 4 1 5")),
                "TBL kept without its rules");
        Citation last = d.citations().get(8);
        assertEquals("US3760121", last.number().toString());
        assertEquals(LocalDate.of(1973, 9, 1), last.date(), "19730900");
        assertNull(last.citedBy());
    }

    @Test
    void boatLoaderWithoutHeadings() {
        PatentDocument d = Samples.readOne(reader, "greenbook/US03937375.greenbook");
        Samples.check(new Samples.Expected("US3937375A", "Bumper support for a boat loader",
                "A unit mountable on a rear bumper of a vehicle, and which does not interfere with the conventional trailer hookup",
                3, "In a bumper support for a boat loader, the combination of a pair of spaced apart bumper traps",
                3, List.of(2), List.of(), List.of("B60R9/00"), "1974-10-29", "1976-02-10", 5, 0, "US2542907"), d);
        assertEquals(LocalDate.of(1951, 2, 1), d.citations().get(0).date(), "19510200: day 00");
        assertEquals(List.of("Everette E. Daniels"), d.inventors());
        assertTrue(d.applicants().isEmpty());
        assertEquals("05518454", d.applicationNumber());
        assertEquals(21, d.description().size(), "9 BSUM + 4 DRWD + 8 DETD paragraphs");
        assertNull(d.description().get(0).heading());
        assertEquals("This invention relates generally to automotive accessories.", d.description().get(0).text());
    }

    @Test
    void balanceWithForeignPriorityAndThreeIpcCodes() {
        PatentDocument d = Samples.readOne(reader, "greenbook/US04347903.greenbook");
        Samples.check(new Samples.Expected("US4347903A", "Electronic reading balance",
                "A weighing balance to provide an average weight to an object which tends to move while being weighed",
                3, "A weighing balance device designed to provide an average weight to a weighed object",
                2, List.of(1), List.of(), List.of("G01G19/04", "G01G23/10", "G06F7/28"), "1980-03-10", "1982-09-07",
                3, 2, "US4231439"), d);
        assertEquals(LocalDate.of(1978, 7, 10), d.priorityDate(), "PRIR JP 53/84696");
        assertEquals(8, d.inventors().size());
        assertEquals("Shozo Yano", d.inventors().get(0));
        assertEquals(List.of("Shimadzu Corporation"), d.applicants());
        assertTrue(d.claims().get(0).text().contains("in combination: (a) balance means (1) disposed to receive"),
                "PA1 sub-paragraphs belong to the claim: " + d.claims().get(0).text());
        assertEquals("BRIEF DESCRIPTION OF THE PRIOR ART", d.description().get(1).heading());
        assertEquals("DETAILED DESCRIPTION OF THE INVENTION", d.description().stream()
                .filter(p -> p.text().startsWith("Referring to FIG. 1")).findFirst().orElseThrow().heading());
    }
}
