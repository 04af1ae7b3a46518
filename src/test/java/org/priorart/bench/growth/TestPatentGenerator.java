package org.priorart.bench.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.TestData;
import org.priorart.error.UserInputException;
import org.priorart.ingest.JsonDocumentMapper;
import org.priorart.patent.PatentDocument;

/** The generated patents: deterministic, parsed by the product, recombined within their CPC subclass. */
class TestPatentGenerator {

    private static SentencePool pool;

    @BeforeAll
    static void readPool() throws IOException {
        pool = SentencePool.read(TestData.TEN_K);
    }

    @Test
    void thePoolHoldsThePatentsWithCpcCodes() {
        assertEquals(9_535, pool.sources().size(), "the 10k abstracts less the 465 without CPC codes");
        assertTrue(pool.pools() > 100, "hundreds of subclasses, was " + pool.pools());
        for (SentencePool.Source s : pool.sources()) {
            assertTrue(pool.sentences(s.pool()).size() >= SentencePool.MIN_SENTENCES || s.pool().length() == 3,
                    "a small subclass borrows its class's pool: " + s.pool());
        }
    }

    @Test
    void theSameSeedGivesTheSamePatentsAndAnyRangeStandsAlone() {
        PatentGenerator a = new PatentGenerator(pool, 7);
        PatentGenerator b = new PatentGenerator(pool, 7);
        assertEquals(a.patent(12_345), b.patent(12_345));
        assertNotEquals(a.patent(1).get("abstract"), a.patent(2).get("abstract"));
        assertNotEquals(a.patent(1).get("abstract"), new PatentGenerator(pool, 8).patent(1).get("abstract"));
    }

    @Test
    void everyPatentIsWholeAndItsSentencesComeFromItsSubclass() throws Exception {
        PatentGenerator g = new PatentGenerator(pool, 13);
        JsonDocumentMapper mapper = new JsonDocumentMapper();
        Set<String> numbers = new HashSet<>();
        Set<String> abstracts = new HashSet<>();
        for (long i = 0; i < 500; i++) {
            ObjectNode node = g.patent(i);
            PatentDocument doc = mapper.fromJson(node);
            assertTrue(numbers.add(doc.id()), "numbers are unique");
            abstracts.add(doc.abstractText());
            assertFalse(doc.title().isBlank());
            assertFalse(doc.cpc().isEmpty());
            assertEquals(1, doc.claims().size());
            LocalDate published = doc.publicationDate();
            assertTrue(!published.isBefore(PatentGenerator.EARLIEST) && published.isBefore(LocalDate.of(2026, 1, 1)), published.toString());
            assertTrue(doc.filingDate().isBefore(published));
            String subclass = node.get("cpc").get(0).asText().substring(0, 4);
            List<String> own = pool.sentences(subclass).isEmpty() ? pool.sentences(subclass.substring(0, 3)) : pool.sentences(subclass);
            assertTrue(madeOf(doc.abstractText(), own), "patent " + i + ": not made of sentences of " + subclass);
        }
        assertTrue(abstracts.size() > 490, "recombined abstracts hardly ever repeat, " + abstracts.size() + " distinct of 500");
    }

    /** Whether a text is sentences of the pool joined by spaces (the longest that fits first). */
    private static boolean madeOf(String text, List<String> pool) {
        String rest = text;
        while (!rest.isEmpty()) {
            String best = null;
            for (String s : pool) {
                if (rest.startsWith(s) && (rest.length() == s.length() || rest.charAt(s.length()) == ' ')
                        && (best == null || s.length() > best.length())) {
                    best = s;
                }
            }
            if (best == null) {
                return false;
            }
            rest = rest.substring(best.length()).stripLeading();
        }
        return true;
    }

    @Test
    void aTitleIsTheHeadNounPhraseOfTheFirstSentence() {
        assertEquals("Modular hook assembly", PatentGenerator.title("A modular hook assembly that includes an adjustable shank."));
        assertEquals("Swinging gate assembly", PatentGenerator.title("A swinging gate assembly is provided for use in a station."));
        assertEquals("Apparatus", PatentGenerator.title("The (x) thing"));
    }

    @Test
    void aWrittenRangeHasOneLinePerPatent(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("g.jsonl");
        assertTrue(new PatentGenerator(pool, 1).write(file, 100, 350) > 0);
        List<String> lines = Files.readAllLines(file);
        assertEquals(250, lines.size());
        assertTrue(lines.get(0).contains("US" + (PatentGenerator.FIRST_NUMBER + 100) + "B2"));
    }

    @Test
    void aSourceWithoutCpcCodesIsAClearError(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("s.jsonl"), "{\"abstract\": \"A thing that does things well.\"}\n");
        UserInputException e = assertThrows(UserInputException.class, () -> SentencePool.read(file));
        assertTrue(e.getMessage().contains("no patent with CPC codes"), e.getMessage());
        Path bad = Files.writeString(tmp.resolve("b.jsonl"), "{\"cpc\": [\"A01B1/00\"], \n");
        assertTrue(assertThrows(UserInputException.class, () -> SentencePool.read(bad)).getMessage().contains("line 1"));
    }
}
