package org.priorart.ingest.uspto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.priorart.patent.Citation;
import org.priorart.patent.DescriptionParagraph;
import org.priorart.patent.PatentDocument;

/** The 2001-2002 PATDOC (SGML/XML v2.x) samples. Expected values read off the files. */
class SgmlSamplesTest {

    private final UsptoXmlReader reader = new UsptoXmlReader();

    @Test
    void grantWithForeignPriorityAndNonPatentCitations() {
        PatentDocument d = Samples.readOne(reader, "sgml/US06336130.xml");
        Samples.check(new Samples.Expected("US6336130B1",
                "Arrangement for improving availability of services in a communication system",
                "A communications systems, e.g., a telecommunications system, includes distributed hardware",
                22, "An arrangement in a network including a plurality of mobile terminals and a plurality of fixed terminals",
                5, List.of(4), List.of(), List.of("G06F15/16", "G06F13/00"), "1999-10-05", "2002-01-01", 9, 5, "WO1996025012"), d);
        assertEquals("09413215", d.applicationNumber());
        assertEquals(LocalDate.of(1997, 4, 8), d.priorityDate(), "B300 NO priority; the B630 PCT continuation is none");
        assertEquals(List.of("Thanh Van Do"), d.inventors());
        assertEquals(List.of("Telefonaktiebolaget LM Ericsson (publ)"), d.applicants());
        Citation first = d.citations().get(0);
        assertEquals("US5825759A", first.number().toString());
        assertEquals("examiner", first.citedBy());
        assertEquals(LocalDate.of(1998, 10, 1), first.date());
        assertEquals("other", d.citations().get(5).citedBy(), "<CITED-BY-OTHER/>");
        Citation npl = d.citations().get(6);
        assertNull(npl.number());
        assertTrue(npl.text().startsWith("S. Krause et al.; Mobile Service Agents Enabling \u2018Intelligence on Demand\u2019"
                + " in Telecommunications; Globecom '96"), "ISO entities resolved: " + npl.text());
        assertTrue(d.citations().get(8).text().contains("T. Handeg\u00e5ard, \u201cThe TINA Consortium\u201d"),
                d.citations().get(8).text());
    }

    @Test
    void grantDescriptionSectionsAndHeadings() {
        PatentDocument d = Samples.readOne(reader, "sgml/US06336130.xml");
        DescriptionParagraph relatedApplication = d.description().get(0);
        assertNull(relatedApplication.heading(), "RELAPP has no heading of its own");
        assertTrue(relatedApplication.text().startsWith("This is a continuation of PCT application No. PCT/NO98/00107"));
        assertEquals("FIELD OF THE INVENTION", d.description().get(1).heading());
        DescriptionParagraph drawings = d.description().stream()
                .filter(p -> p.text().startsWith("FIG. 1 is a block diagram")).findFirst().orElseThrow();
        assertEquals("BRIEF DESCRIPTION OF THE DRAWINGS", drawings.heading());
        assertTrue(d.description().get(7).text().contains("the objects CO1 and CO2 are located on two different machines"),
                "<HIL><BOLD> joined to its word: " + d.description().get(7).text());
    }

    @Test
    void grantWithFixedColumnIpcAndFourPriorities() {
        PatentDocument d = Samples.readOne(reader, "sgml/US06337117.xml");
        Samples.check(new Samples.Expected("US6337117B1", "Optical memory device",
                "An optical memory device comprising a luminous material capable of increasing and/or memorizing",
                39, "An optical memory device comprising: a luminous material comprising luminous nanoparticles",
                3, List.of(2), List.of(), List.of("B32B3/02"), "1999-06-30", "2002-01-08", 2, 1, "US5456961A"), d);
        assertEquals(LocalDate.of(1998, 7, 1), d.priorityDate(), "earliest of four JP priorities");
        assertEquals(5, d.inventors().size());
        assertEquals("Shinya Maenosono", d.inventors().get(0));
        assertTrue(d.description().stream().anyMatch(p -> p.text().contains("metal oxides such as TiO2, SiO, and SiO2")),
                "<SB> subscripts joined");
        assertTrue(d.description().stream().anyMatch(p -> p.text().contains("(\u03c4=170 minutes")),
                "&tgr; and &equals; resolved");
    }

    @Test
    void designPatent() {
        PatentDocument d = Samples.readOne(reader, "sgml/USD435854S1.xml");
        // The file is named ...S1, but the 2001 data says kind S (B130), which is the kind US design patents had then.
        Samples.check(new Samples.Expected("USD435854S", "Disc cartridge", null,
                1, "The ornamental design for a disc cartridge, as shown and described.",
                1, List.of(), List.of(), List.of(), "1999-01-06", "2001-01-02", 10, 0, "USD271298"), d);
        assertEquals("USD435854", d.id());
        assertEquals(3, d.applicants().size(), "three B730 assignees");
        assertEquals("Sanyo Electric Co.,Ltd.", d.applicants().get(1));
        assertEquals(8, d.inventors().size());
        assertEquals(1, d.description().size());
        assertNull(d.description().get(0).heading());
        assertTrue(d.ipc().isEmpty(), "B511 1402 is a Locarno class, not IPC");
    }
}
