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

/** The v4.x samples: grants of 2005, 2007 and 2015, applications of 2005. Expected values read off the files. */
class IceXmlSamplesTest {

    private final UsptoXmlReader reader = new UsptoXmlReader();

    @Test
    void grant2005WithProvisionalPriority() {
        PatentDocument d = Samples.readOne(reader, "xml2004/US06859910.xml");
        Samples.check(new Samples.Expected("US6859910B2", "Methods and systems for transactional tunneling",
                "Methods and systems for executing an electronic transaction are provided, including parsing pages",
                2, "A method of executing an electronic transaction, comprising: establishing a persistent connection",
                2, List.of(1), List.of(), List.of("G06F15/00", "G06F17/00", "G06F17/21", "G06F17/24"),
                "2001-04-10", "2005-02-22", 8, 7, "US20030208684A1"), d);
        assertEquals("09832323", d.applicationNumber());
        assertEquals(LocalDate.of(2000, 4, 10), d.priorityDate(), "US provisional 60/195,933");
        assertEquals(List.of("John Charles Croy"), d.inventors(), "applicant-inventor of a v4.0 grant");
        assertEquals(List.of("John Charles Croy", "Bluestreak.com"), d.applicants());
        Citation first = d.citations().get(0);
        assertEquals("US5793966A", first.number().toString());
        assertEquals(LocalDate.of(1998, 8, 1), first.date(), "19980800: month only");
        assertEquals("examiner", first.citedBy());
        assertEquals("A method of claim 1, further comprising: caching static content from the set of pages.",
                d.claims().get(1).text());
    }

    @Test
    void grant2005DescriptionHeadingsAndInlineMarkup() {
        PatentDocument d = Samples.readOne(reader, "xml2004/US06859910.xml");
        DescriptionParagraph first = d.description().get(0);
        assertEquals(2, first.number(), "the description starts at num 00002 (00001 is the abstract)");
        assertEquals("CROSS REFERENCE TO RELATED U.S. APPLICATIONS", first.heading());
        assertTrue(first.text().startsWith("This application claims priority to U.S. Provisional Patent Application"));
        DescriptionParagraph figure = paragraph(d, 26);
        assertEquals("BRIEF DESCRIPTION OF THE FIGURES", figure.heading());
        assertEquals("FIG. 8 shows a field view of the embodiment of a graphical user interface depicted in FIG. 7.",
                figure.text(), "<figref> and <b> dropped, their words kept");
        assertEquals("DETAILED DESCRIPTION", paragraph(d, 29).heading());
        assertEquals(63, d.description().size());
    }

    @Test
    void grant2005WithoutPriority() {
        PatentDocument d = Samples.readOne(reader, "xml2004/US06970935.xml");
        Samples.check(new Samples.Expected("US6970935B1",
                "Conversational networking via transport, coding and control conversational protocols",
                "Conversational protocols for implementing distributed conversational networking architectures",
                30, "A communication system, comprising: a communication stack comprising:",
                12, List.of(11), List.of(), List.of("G06F15/16"), "2000-11-01", "2005-11-29",
                11, 10, "US20030177354A1"), d);
        assertNull(d.priorityDate());
        assertEquals(List.of("Stephane H. Maes"), d.inventors());
        assertEquals(List.of("Stephane H. Maes", "International Business Machines Corporation"), d.applicants());
    }

    @Test
    void grant2007WithIpcrAndNonPatentCitations() {
        PatentDocument d = Samples.readOne(reader, "xml2006/US07272630B2.xml");
        Samples.check(new Samples.Expected("US7272630B2",
                "Locating potentially identical objects across multiple computers based on stochastic partitioning of workload",
                "Potentially identical objects (e.g., files) are located across multiple computers",
                17, "A method implemented in a computer, the method comprising: generating an imprint identification code",
                15, List.of(14), List.of(), List.of("G06F15/13"), "2004-11-18", "2007-09-18", 116, 0, "US5202982A"), d);
        assertEquals("other", d.citations().get(0).citedBy(), "cited by other");
        long nonPatent = d.citations().stream().filter(c -> !c.isPatent()).count();
        assertEquals(38, nonPatent, "nplcit");
        Citation last = d.citations().get(115);
        assertNull(last.number());
        assertEquals("Ferbrache, \u201cA Pathology of Computer Viruse\u201d, Springer-Verlag London Limited, 1992, pp. 1-6.",
                last.text(), "character references decoded");
        assertEquals(List.of("John R. Douceur", "Marvin M. Theimer", "Atul Adya", "William J. Bolosky"), d.inventors());
        assertEquals("RELATED APPLICATIONS", d.description().get(0).heading());
        DescriptionParagraph table = paragraph(d, 143);
        assertTrue(table.text().contains("send information to every computer in S0 for which"),
                "table cell text is kept: " + table.text());
    }

    @Test
    void grant2015WithCpcIpcrAndProvisional() {
        PatentDocument d = Samples.readOne(reader, "xml2014/US08926509.xml");
        Samples.check(new Samples.Expected("US8926509B2", "Wireless physiological sensor patches and systems",
                "The present invention provides methods, devices, and systems for wireless physiological sensor patches",
                31, "A system for measuring physiological signals, comprising:",
                3, List.of(2),
                List.of("A61B5/0205", "A61B5/0024", "A61B5/0404", "A61B5/1112", "A61B5/6833", "G06F19/3418",
                        "H04L67/125", "H04L67/04", "A61B5/021", "A61B5/02438", "A61B5/0476", "A61B5/0488",
                        "A61B5/14532", "A61B5/7232", "A61B2560/0209", "H04W84/18", "H04W88/08", "H04W52/0235",
                        "H04W52/0274"),
                List.of("A61B5/00", "A61B5/0205", "A61B5/0404", "A61B5/11", "H04L29/08", "G06F19/00", "H04W88/00",
                        "H04W52/00", "H04W84/00", "A61B5/021", "A61B5/024", "A61B5/0476", "A61B5/0488", "A61B5/145"),
                "2008-06-05", "2015-01-06", 160, 0, "US4313443A"), d);
        assertEquals("applicant", d.citations().get(0).citedBy());
        assertEquals(LocalDate.of(2007, 8, 24), d.priorityDate(), "US provisional 60/968,023");
        assertEquals(List.of("Surendar Magar", "Venkateswara Rao Sattiraju", "Ali Niknejad", "Louis Yun", "James C. Beck"),
                d.inventors(), "v4.5 <inventors>");
        assertTrue(d.applicants().contains("Hmicro, Inc."), d.applicants().toString());
        assertEquals("Office action dated Apr. 25, 2014 for U.S. Appl. No. 12/193,865.", d.citations().get(159).text());
    }

    @Test
    void grant2015WithPriorityClaimAndChemistry() {
        PatentDocument d = Samples.readOne(reader, "xml2014/US08927118.xml");
        Samples.check(new Samples.Expected("US8927118B2",
                "Material for organic electroluminescence device and organic electroluminescence device using the same",
                "Provided are an organic electroluminescence device, which shows high luminous efficiency",
                45, "A material for an organic electroluminescence device represented by the formula (5): wherein:",
                29, List.of(25),
                List.of("C07D493/04", "C07D487/04", "C07D519/00", "C09K11/06", "H01L51/0055", "H01L51/0072",
                        "H01L51/0073", "H01L51/0074", "H05B33/14", "C09K2211/1029", "C09K2211/1088", "H01L51/5016",
                        "H01L51/5048", "H01L51/5092"),
                List.of("H05B33/14", "C07D495/04", "C07D307/91", "C07D487/04", "C07D493/04", "C07D519/00", "C09K11/06",
                        "H01L51/00", "H01L51/50"),
                "2012-01-12", "2015-01-06", 104, 0, "US5843607A"), d);
        assertEquals(LocalDate.of(2008, 6, 5), d.priorityDate(), "priority claim of 2008-06-05");
        assertTrue(d.claims().get(0).text().contains("X5 and X6 represent N\u2014R1"), "<sub> joined: " + d.claims().get(0).text());
        assertEquals(List.of(1), d.claims().get(4).dependsOn(), "claim 5 uses the material of claim 1");
    }

    @Test
    void grant2015WithoutCpc() {
        PatentDocument d = Samples.readOne(reader, "xml2014/US08930553.xml");
        Samples.check(new Samples.Expected("US8930553B2", "Managing mid-dialog session initiation protocol (SIP) messages",
                "Processing mid-dialog SIP messages by receiving a mid-dialog SIP message from a SIP user agent client",
                8, "A system for processing mid-dialog SIP messages, the system comprising:",
                5, List.of(4), List.of(), List.of("G06F15/16"), "2012-10-09", "2015-01-06", 21, 0, "US7844851B2"), d);
        assertEquals(List.of("Nitzan Nissim", "Brian Pulito", "Asaf Zinger"), d.inventors());
        assertEquals(List.of("International Business Machines Corporation"), d.applicants(),
                "the us-applicant and the assignee are the same organisation");
    }

    @Test
    void application2005WithForeignPriority() {
        PatentDocument d = Samples.readOne(reader, "xmlApp2004/US20050004437A1.xml");
        Samples.check(new Samples.Expected("US20050004437A1",
                "Simulation device for playful evaluation and display of blood sugar levels",
                "A simulation device for playful evaluation and display of blood sugar levels, including a display",
                10, "A simulation device for displaying and evaluating blood sugar readings, comprising:",
                4, List.of(3), List.of(), List.of("A61B5/00"), "2004-04-23", "2005-01-06", 0, 0, null), d);
        assertEquals(LocalDate.of(2001, 10, 26), d.priorityDate(), "CH 1974/01; the PCT continuation is no priority");
        assertEquals(List.of("Heiner Kaufmann", "Thomas Vering"), d.inventors(), "v4.0 applicant without addressbook");
        assertEquals("10830857", d.applicationNumber());
        assertEquals("CROSS-REFERENCE TO RELATED APPLICATION(S)", d.description().get(0).heading());
        assertEquals(1, d.description().get(0).number(), "the printed [0001]");
    }

    @Test
    void application2005WithProvisionalsAndMiddleNames() {
        PatentDocument d = Samples.readOne(reader, "xmlApp2004/US20050004974A1.xml");
        Samples.check(new Samples.Expected("US20050004974A1", "Device model agent",
                "The Device Model Agent (DMA), the device side technology module in Device Centric Services (DCS) system",
                21, "A device model agent (DMA) comprising: at least one device API",
                15, List.of(10), List.of(), List.of("G06F15/16"), "2003-10-16", "2005-01-06", 0, 0, null), d);
        assertEquals(LocalDate.of(2002, 10, 16), d.priorityDate(), "earliest of four provisionals");
        assertTrue(d.inventors().contains("Michael R. Furst"), d.inventors().toString());
        assertTrue(d.applicants().contains("Xerox Corporation"), d.applicants().toString());
    }

    private static DescriptionParagraph paragraph(PatentDocument d, int number) {
        return d.description().stream().filter(p -> p.number() == number).findFirst().orElseThrow();
    }
}
