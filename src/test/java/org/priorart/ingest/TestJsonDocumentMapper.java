package org.priorart.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.priorart.TestData;
import org.priorart.patent.PatentDocument;

class TestJsonDocumentMapper {

    private final JsonDocumentMapper mapper = new JsonDocumentMapper();

    @Test
    void readsTheTenKShape() throws Exception {
        PatentDocument d = mapper.fromJson(TestData.lines(TestData.TEN_K, 1).get(0));
        assertEquals("US6836996", d.number().toString());
        assertEquals(LocalDate.of(2005, 1, 4), d.publicationDate());
        assertTrue(d.abstractText().startsWith("A modular hook assembly"));
        assertNull(d.title(), "the 10k set has no titles");
        assertEquals(List.of(), d.cpc(), "this one has no CPC codes");
    }

    @Test
    void readsCpcCodesOfTheTenKShape() throws Exception {
        PatentDocument withCpc = TestData.lines(TestData.TEN_K, 600).stream().map(this::parse)
                .filter(d -> !d.cpc().isEmpty()).findFirst().orElseThrow();
        withCpc.cpc().forEach(c -> assertTrue(c.matches("[A-HY]\\d\\d[A-Z]\\d+/\\d+"), c));
    }

    @Test
    void readsThePap2PatShape() throws Exception {
        PatentDocument d = mapper.fromJson(TestData.lines(TestData.PAP2PAT, 1).get(0));
        assertTrue(d.number().isUsApplication(), d.number().toString());
        assertTrue(d.title() != null && !d.title().isBlank());
        assertTrue(d.claims().size() > 1);
        assertEquals(1, d.claims().get(0).number());
        assertTrue(d.claims().get(0).independent());
        assertTrue(d.claims().stream().anyMatch(c -> !c.independent()), "some claims depend on others");
        assertTrue(d.description().size() > 5, "sections are split into paragraphs");
        assertTrue(d.description().stream().allMatch(p -> p.heading() != null));
        assertTrue(!d.inventors().isEmpty());
        assertTrue(d.filingDate() != null);
    }

    @Test
    void canonicalRoundTripKeepsEverything() throws Exception {
        for (String line : TestData.lines(TestData.PAP2PAT, 5)) {
            PatentDocument d = mapper.fromJson(line);
            PatentDocument back = mapper.fromJson(mapper.toJson(d).toString());
            assertEquals(d, back);
        }
    }

    @Test
    void canonicalShapeWithAllFields() throws Exception {
        String json = """
                {"publication_number":"EP 1234567 A1","title":"Anode","abstract":"An anode.",
                 "claims":["1. An anode.","2. The anode of claim 1, made of silicon."],
                 "description":[{"heading":"FIELD","text":"Batteries."},"Plain paragraph."],
                 "cpc":["H01M 4/38"],"ipc":["H01M0004380000"],"applicants":["ACME"],"inventors":["A. Person"],
                 "filing_date":"2012-03-04","priority_date":"20110102","publication_date":"2013-09-11",
                 "family_id":"F1","language":"en",
                 "citations":[{"number":"US 5,123,456 A","cited_by":"examiner"},{"text":"Smith, Anodes, 1999"}]}""";
        PatentDocument d = mapper.fromJson(json);
        assertEquals("EP1234567A1", d.number().toString());
        assertEquals(List.of(1), d.claims().get(1).dependsOn());
        assertEquals("FIELD", d.description().get(0).heading());
        assertEquals(2, d.description().get(1).number());
        assertEquals(List.of("H01M4/38"), d.cpc());
        assertEquals(LocalDate.of(2011, 1, 2), d.effectiveDate());
        assertEquals("US5123456A", d.citations().get(0).number().toString());
        assertEquals("examiner", d.citations().get(0).citedBy());
        assertEquals("Smith, Anodes, 1999", d.citations().get(1).text());
    }

    @Test
    void badLinesSayWhatIsWrong() {
        assertMessage("{\"publication_number\": \"US1\", \"title\": ", "invalid JSON");
        assertMessage("[1,2]", "expected a JSON object");
        assertMessage("{\"title\": \"no number\"}", "no publication number");
        assertMessage("{\"publication_number\": \"hello\"}", "not a publication number: 'hello'");
        assertMessage("{\"publication_number\": \"US1\", \"claims\": \"one\"}", "field 'claims' must be an array");
        assertMessage("{\"publication_number\": \"US1\", \"filing_date\": \"2001-02-30\"}", "field 'filing_date'");
        assertMessage("{\"patent_id\": \"US1\", \"cpc\": [1]}", "field 'cpc' must hold strings");
    }

    private void assertMessage(String json, String expected) {
        var e = assertThrows(JsonDocumentMapper.BadDocumentException.class, () -> mapper.fromJson(json));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private PatentDocument parse(String line) {
        try {
            return mapper.fromJson(line);
        } catch (JsonDocumentMapper.BadDocumentException e) {
            throw new AssertionError(e);
        }
    }
}
