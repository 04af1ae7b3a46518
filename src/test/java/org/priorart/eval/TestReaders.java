package org.priorart.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Topic, qrels and run files: what is read, and every malformed line reported with file and line. */
class TestReaders {

    @TempDir
    Path tmp;

    private Path file(String name, String... lines) throws IOException {
        return Files.write(tmp.resolve(name), List.of(lines));
    }

    private static void assertError(String expected, ThrowingRead read) {
        EvalInputException e = assertThrows(EvalInputException.class, read::run);
        assertTrue(e.getMessage().endsWith(expected), e.getMessage());
    }

    interface ThrowingRead {
        void run() throws IOException;
    }

    @Test
    void qrelsAreGradedWithPublicationNumbersNormalized() throws IOException {
        Qrels q = QrelsReader.read(file("q.trec",
                "# a comment", "q1 0 US6993175B2 1", "", "q1 0 US 6,999,622 B1 2".replace(" 6,999,622 ", "6,999,622"),
                "q1 0 W4389 0", "q2\t0\tUS20050004437A1\t-1"));
        assertEquals(List.of("q1", "q2"), List.copyOf(q.topics()));
        assertEquals(Map.of("US6993175", 1, "US6999622", 2, "W4389", 0), q.judgments("q1"));
        assertEquals(Map.of("US20050004437", -1), q.judgments("q2"));
        assertEquals(2, q.relevantCount("q1", 1));
        assertEquals(1, q.relevantCount("q1", 2));
        assertEquals(0, q.relevantCount("q2", 1));
    }

    @Test
    void malformedQrelsLinesAreReportedWithFileAndLine() throws IOException {
        Path f = file("q.trec", "q1 0 d1 1", "q1 0 d2");
        assertError("q.trec, line 2: expected 4 fields (qid iter docid rel), found 3", () -> QrelsReader.read(f));
        Path rel = file("r.trec", "q1 0 d1 1", "", "q1 0 d2 yes");
        assertError("r.trec, line 3: relevance 'yes' is not an integer", () -> QrelsReader.read(rel));
        Path five = file("five.trec", "q1 0 d1 1 extra");
        assertError("five.trec, line 1: expected 4 fields (qid iter docid rel), found 5", () -> QrelsReader.read(five));
        // the same patent twice, in two spellings
        Path dup = file("dup.trec", "q1 0 US6993175 1", "q1 0 d2 0", "q1 0 US6993175B2 1");
        assertError("dup.trec, line 3: document US6993175B2 of topic q1 is already judged on line 1", () -> QrelsReader.read(dup));
        Path empty = file("empty.trec", "# nothing", "");
        assertError("empty.trec: no judgments: the file has no qrels lines", () -> QrelsReader.read(empty));
    }

    @Test
    void runsIgnoreTheRankColumnAndNormalizeIds() throws IOException {
        Run run = RunReader.read(file("bm25.trec",
                "q1 Q0 US6993175B2 1 1.5 tag",
                "q1 Q0 US6999622 2 2.5 tag extra fields are ignored",
                "# comment",
                "q2 Q0 W1 1 -3e-2 tag"));
        assertEquals("bm25", run.name());
        assertEquals(List.of(new RankedDoc("US6999622", 2.5), new RankedDoc("US6993175", 1.5)), run.ranking("q1"));
        assertEquals(List.of(new RankedDoc("W1", -0.03)), run.ranking("q2"));
        assertEquals(List.of(), run.ranking("q3"));
        assertEquals("other", RunReader.read(file("other.run", "q Q0 d 1 1 t")).name());
    }

    @Test
    void malformedRunLinesAreReportedWithFileAndLine() throws IOException {
        Path few = file("a.trec", "q1 Q0 d1 1 1.0 t", "q1 Q0 d2 2 0.5");
        assertError("a.trec, line 2: expected 6 fields (qid Q0 docid rank score tag), found 5", () -> RunReader.read(few));
        Path score = file("b.trec", "q1 Q0 d1 1 high t");
        assertError("b.trec, line 1: score 'high' is not a number", () -> RunReader.read(score));
        Path nan = file("c.trec", "q1 Q0 d1 1 NaN t");
        assertError("c.trec, line 1: score 'NaN' is not a finite number", () -> RunReader.read(nan));
        Path dup = file("d.trec", "q1 Q0 US6993175 1 2 t", "q2 Q0 US6993175 1 2 t", "q1 Q0 US6993175B2 2 1 t");
        assertError("d.trec, line 3: document US6993175B2 is listed twice for topic q1 (first on line 1)", () -> RunReader.read(dup));
    }

    @Test
    void runsWrittenReadBackExactly() throws IOException {
        Run run = new Run("keyword", Map.of("q1", List.of(new RankedDoc("d1", 12.345678f), new RankedDoc("d2", 1e-7),
                new RankedDoc("d3", 12.345678f))));
        Path f = tmp.resolve("keyword.trec");
        RunWriter.write(run, f, "priorart-keyword");
        List<String> lines = Files.readAllLines(f);
        // trec_eval order (d3 before d1 on the tied score), ranks 1.., no exponent in the score
        assertEquals("q1 Q0 d3 1 12.345678329467773 priorart-keyword", lines.get(0));
        assertEquals("q1 Q0 d2 3 0.0000001 priorart-keyword", lines.get(2));
        assertEquals(run, RunReader.read(f));
    }

    @Test
    void jsonlTopicsJoinTheirTextFields() throws IOException {
        List<Topic> topics = TopicReader.read(file("t.jsonl",
                "{\"id\": \"W1\", \"title\": \"Loxp spacers\", \"abstract\": \"Cre recombinase.\", \"date\": \"2006-04-04\"}",
                "",
                "{\"id\": 7, \"claims\": [\"1. A battery.\", {\"text\": \"2. The battery of claim 1.\"}], \"text\": \"more\"}",
                "{\"publication_number\": \"US 6,993,175 B2\"}",
                "{\"id\": \"P2\", \"publication_number\": \"US6999622\", \"title\": \"fallback text\"}"));
        assertEquals(List.of(
                Topic.ofText("W1", "Loxp spacers\nCre recombinase."),
                Topic.ofText("7", "1. A battery.\n2. The battery of claim 1.\nmore"),
                Topic.ofPatent("US6993175", "US 6,993,175 B2"),
                new Topic("P2", "fallback text", "US6999622")), topics);
    }

    @Test
    void badJsonlTopicsAreReportedWithFileAndLine() throws IOException {
        Path json = file("a.jsonl", "{\"id\": \"a\", \"text\": \"x\"}", "{\"id\": \"b\", \"text\": ");
        EvalInputException e = assertThrows(EvalInputException.class, () -> TopicReader.read(json));
        assertTrue(e.getMessage().contains("a.jsonl, line 2: invalid JSON"), e.getMessage());
        assertEquals(2, e.line());
        Path noId = file("b.jsonl", "{\"title\": \"x\"}");
        assertError("b.jsonl, line 1: the topic has no \"id\"", () -> TopicReader.read(noId));
        Path noText = file("c.jsonl", "{\"id\": \"a\", \"text\": \"x\"}", "{\"id\": \"q9\", \"date\": \"2001-01-01\"}");
        assertError("c.jsonl, line 2: topic q9 has no text (title, abstract, claims or text) and no publication_number",
                () -> TopicReader.read(noText));
        Path badNumber = file("d.jsonl", "{\"publication_number\": \"not a number\"}");
        assertError("d.jsonl, line 1: publication_number is not a publication number: 'not a number'", () -> TopicReader.read(badNumber));
        Path twice = file("e.jsonl", "{\"id\": \"a\", \"text\": \"x\"}", "{\"id\": \"a\", \"text\": \"y\"}");
        assertError("e.jsonl, line 2: topic a is already defined on line 1", () -> TopicReader.read(twice));
        Path spaced = file("f.jsonl", "{\"id\": \"a b\", \"text\": \"x\"}");
        assertError("f.jsonl, line 1: topic id 'a b' contains white space", () -> TopicReader.read(spaced));
        Path array = file("g.jsonl", "{\"id\": \"a\", \"text\": \"x\"}", "[1, 2]");
        assertError("g.jsonl, line 2: expected a JSON object per line", () -> TopicReader.read(array));
    }

    @Test
    void tsvTopics() throws IOException {
        assertEquals(List.of(Topic.ofText("US6987531", "An imaging system."), Topic.ofText("q2", "two\tcolumns kept")),
                TopicReader.read(file("t.tsv", "US6987531\tAn imaging system.", "", "q2\ttwo\tcolumns kept")));
        Path noTab = file("bad.tsv", "q1\tfine", "q2 no tab here");
        assertError("bad.tsv, line 2: expected 'id<TAB>text' (no tab found)", () -> TopicReader.read(noTab));
        Path noText = file("bad2.tsv", "q1\t ");
        assertError("bad2.tsv, line 1: topic q1 has no text after the tab", () -> TopicReader.read(noText));
        Path empty = file("empty.tsv", "", "  ");
        assertError("empty.tsv: no topics: the file is empty", () -> TopicReader.read(empty));
    }

    @Test
    void trecTopicsUseTitleAndDescriptionNotNarrative() throws IOException {
        Path f = file("topics.301-302",
                "<top>",
                "<num> Number: 301",
                "<title> International Organized Crime",
                "",
                "<desc> Description:",
                "Identify organizations that participate",
                "in international criminal activity.",
                "",
                "<narr> Narrative:",
                "A relevant document must NOT merely mention crime.",
                "</top>",
                "",
                "<top><num>302</num><title>Poliomyelitis and Post-Polio</title></top>");
        assertEquals(List.of(
                Topic.ofText("301", "International Organized Crime\nIdentify organizations that participate in international criminal activity."),
                Topic.ofText("302", "Poliomyelitis and Post-Polio")), TopicReader.read(f));
    }

    @Test
    void badTrecTopicsAreReportedWithFileAndLine() throws IOException {
        Path noNum = file("a.txt", "<top>", "<title> x", "</top>", "<top>", "<title> y", "</top>");
        assertError("a.txt, line 1: topic without <num>", () -> TopicReader.read(noNum));
        Path stray = file("b.txt", "<top><num>1</num><title>x</title></top>", "stray words", "<top><num>2</num><title>y</title></top>");
        assertError("b.txt, line 2: text outside a <top> ... </top> block", () -> TopicReader.read(stray));
        Path open = file("c.txt", "<top><num>1</num><title>x</title></top>", "<top>", "<num>2", "<title>y");
        assertError("c.txt, line 2: a <top> block without </top>", () -> TopicReader.read(open));
        Path noText = file("d.txt", "<top><num>1</num><narr>only a narrative</narr></top>");
        assertError("d.txt, line 1: topic 1 has neither <title> nor <desc> text", () -> TopicReader.read(noText));
    }

    @Test
    void publicationNumberSpellingsAgree() {
        assertEquals("US6993175", DocIds.normalize("US6993175B2"));
        assertEquals("US6993175", DocIds.normalize("US 6,993,175 B2"));
        assertEquals("US20050004437", DocIds.normalize("US20050004437A1"));
        assertEquals("EP1234567A1", DocIds.normalize("EP1234567A1"));
        assertEquals("W1556784368", DocIds.normalize("W1556784368"));
        assertEquals("d17", DocIds.normalize("d17"));
    }
}
