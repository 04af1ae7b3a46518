package org.priorart.ingest.uspto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.priorart.patent.DescriptionParagraph;
import org.priorart.patent.PatentDocument;

/** The 2001 pre-grant publication samples (DTD v1.5). Expected values read off the files. */
class PapSamplesTest {

    private final UsptoXmlReader reader = new UsptoXmlReader();

    @Test
    void publicationWithoutXmlDeclarationAndWithCrLf() {
        PatentDocument d = Samples.readOne(reader, "pap/US20010000044A1.xml");
        Samples.check(new Samples.Expected("US20010000044A1",
                "Systems and Methods For Transacting Business Over A Global Communications Network Such As The Internet",
                "A business model / process is described for conducting business transactions over the Internet",
                21, "A method of doing business over a global communications network comprising the steps:",
                4, List.of(3), List.of(), List.of("G06F17/60"), "1999-06-29", "2001-03-15", 0, 0, null), d);
        assertNull(d.priorityDate());
        assertEquals(List.of("Wayne W Lin"), d.inventors(), "name-prefix Mr. left out");
        assertTrue(d.abstractText().contains("based on the buyer's performance"), "&apos;");
        assertTrue(!d.abstractText().startsWith("Abstract of Disclosure"), "the abstract's heading is not abstract text");
        DescriptionParagraph first = d.description().get(0);
        assertEquals(1, first.number());
        assertEquals("Field OF Invention", first.heading());
        assertEquals("The present invention relates generally to systems and methods of doing business over a global"
                + " communications network such as the Internet, and more particularly to systems and methods wherein various"
                + " forms of competition and/or entertainment are used to determine transaction prices between buyers and"
                + " sellers.", first.text(), "the printed <number>1.</number> is the number, not text");
        assertEquals("Background Of Invention", d.description().get(1).heading());
    }

    @Test
    void publicationWithForeignPriorityFormulasAndTables() {
        PatentDocument d = Samples.readOne(reader, "pap/US20010000943A1.xml");
        Samples.check(new Samples.Expected("US20010000943A1", "Organic electroluminescence device and method of manufacturing same",
                "An organic ELECTROLUMINESCENCE device exhibiting a minimal change in the color purity",
                13, "An organic electroluminescence device containing an organic layer formed between electrodes",
                12, List.of(11), List.of(), List.of("H01J1/62"), "2000-12-04", "2001-05-10", 0, 0, null), d);
        assertEquals(LocalDate.of(1999, 4, 5), d.priorityDate(), "JP 11-097727; the PCT continuation is none");
        assertEquals(List.of("IDEMITSU KOSAN CO., LTD."), d.applicants());
        assertEquals(List.of("Kenichi Fukuoka", "Mitsura Eida"), d.inventors());
        assertTrue(d.claims().get(0).text().contains("Min\u221220 nm<t<Min +20 nm (a) Max\u221220 nm<t<Max +20 nm (b) wherein"),
                "in-line formulas with &minus; &lt; &plus; &emsp;: " + d.claims().get(0).text());
        assertTrue(d.claims().get(2).text().startsWith("The organic electroluminescence device according to claim 2,"
                        + " wherein the intensity peak wavelength (S1) of the organic layer"),
                "claim-text inside dependent-claim-reference is inline: " + d.claims().get(2).text());
        assertTrue(d.description().stream().filter(p -> p.number() == 301)
                        .anyMatch(p -> p.text().contains("is shown in FIG. 25. TABLE 1 Example Comparative Example")),
                "the table in paragraph [0301] is kept as text");
        List<DescriptionParagraph> numbered299 = d.description().stream().filter(p -> p.number() == 299).toList();
        assertTrue(numbered299.get(numbered299.size() - 1).text().startsWith("The performance of the organic EL device"),
                "paragraph [0299] keeps its printed number");
    }

    @Test
    void publicationWithProvisionalAndDivision() {
        PatentDocument d = Samples.readOne(reader, "pap/US20010009014A1.xml");
        Samples.check(new Samples.Expected("US20010009014A1", "Facilitating real-time, multi-point communications over the internet",
                "Methods and apparatus are described for facilitating a first conference between a plurality of clients",
                55, "A method for facilitating communication between a plurality of clients on a network, comprising:",
                6, List.of(5), List.of(), List.of("G06F15/16"), "2001-02-05", "2001-07-19", 0, 0, null), d);
        assertEquals(LocalDate.of(1999, 4, 6), d.priorityDate(), "provisional 60/128037; CIP and division are none");
        assertEquals(List.of("James A. Savage III", "Sophie Muller"), d.inventors());
        assertEquals("09777392", d.applicationNumber());
    }
}
