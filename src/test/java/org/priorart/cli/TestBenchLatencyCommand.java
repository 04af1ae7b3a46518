package org.priorart.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.EmbeddedIndex;
import org.priorart.TestData;

/** {@code priorart bench latency} on a small real embedded index (PriorArt alone: no OpenSearch node in tests). */
class TestBenchLatencyCommand {

    @TempDir
    Path tmp;

    @Test
    void measuresEverySetModeAndDepthWithTheEmbeddingApart() {
        TestCli.Run r = TestCli.run("bench", "latency", "--index", EmbeddedIndex.path().toString(), "--limit", "3",
                "--warmup", "1", "--page", "3", "--ids", "5,20");
        assertEquals(0, r.code(), r.err() + r.out());
        String out = r.out();
        for (String set : new String[] {"Set short: 3 queries", "Set long: 3 queries", "Set claims: 3 queries"}) {
            assertTrue(out.contains(set), set + " in\n" + out);
        }
        for (String mode : new String[] {"keyword", "semantic", "hybrid"}) {
            for (String hits : new String[] {"3 + snippets", "5 ids", "20 ids"}) {
                assertTrue(out.matches("(?s).*\\n  " + mode + " +" + hits.replace("+", "\\+") + " +\\d+\\.\\d.*"),
                        mode + " " + hits + " in\n" + out);
            }
        }
        assertTrue(out.contains("without the query embedding"), out);
        assertTrue(out.contains("bare ONNX Runtime, 1 thread") && out.contains("bare ONNX Runtime, 2 threads"), out);
        assertTrue(out.contains("PriorArt's query embedding / bare ONNX Runtime on 2 threads"), out);
        assertFalse(out.contains("OpenSearch ("), "no OpenSearch columns without --opensearch");
    }

    @Test
    void measuresAnyTopicFileAlone() throws Exception {
        Path topics = Files.writeString(tmp.resolve("mine.tsv"), "q1\tlithium ion battery anode\nq2\timage sensor pixel array\n");
        TestCli.Run r = TestCli.run("bench", "latency", "--index", EmbeddedIndex.path().toString(), "--queries", topics.toString(),
                "--modes", "keyword", "--warmup", "0", "--page", "0", "--ids", "10");
        assertEquals(0, r.code(), r.err() + r.out());
        assertTrue(r.out().contains("Set mine.tsv: 2 queries"), r.out());
        assertFalse(r.out().contains("Set short"), "--queries alone measures only its sets");
        assertFalse(r.out().contains("query embedding alone"), "keyword only: nothing embedded");
    }

    @Test
    void badOptionsAndAMissingNodeAreClearErrors() throws Exception {
        String index = EmbeddedIndex.path().toString();
        TestCli.Run vectors = TestCli.run("bench", "latency", "--index", index, "--os-vectors", "int4");
        assertEquals(2, vectors.code());
        assertTrue(vectors.err().contains("--os-vectors must be float or sq, was 'int4'"), vectors.err());

        TestCli.Run set = TestCli.run("bench", "latency", "--index", index, "--sets", "medium", "--modes", "keyword");
        assertEquals(2, set.code());
        assertTrue(set.err().contains("unknown set 'medium'"), set.err());

        TestCli.Run depth = TestCli.run("bench", "latency", "--index", index, "--ids", "5000");
        assertEquals(2, depth.code());
        assertTrue(depth.err().contains("--ids must be between 1 and 1000, was 5000"), depth.err());

        TestCli.Run node = TestCli.run("bench", "latency", "--index", index, "--modes", "keyword", "--sets", "short",
                "--limit", "1", "--opensearch", "http://127.0.0.1:1");
        assertEquals(1, node.code());
        assertTrue(node.err().contains("no OpenSearch node answers at http://127.0.0.1:1"), node.err());
        assertFalse(node.err().contains("\tat "), "no stack trace");
    }

    @Test
    void semanticOnAnIndexWithoutVectorsSaysToEmbed() throws Exception {
        Path input = Files.write(tmp.resolve("docs.jsonl"), TestData.lines(TestData.PAP2PAT, 3));
        Path index = tmp.resolve("index");
        assertEquals(0, TestCli.run("index", "--input", input.toString(), "--index", index.toString()).code());
        TestCli.Run r = TestCli.run("bench", "latency", "--index", index.toString(), "--sets", "short", "--limit", "2");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no passage vectors") && r.err().contains("--modes keyword"), r.err());
        TestCli.Run keyword = TestCli.run("bench", "latency", "--index", index.toString(), "--sets", "short", "--limit", "2",
                "--modes", "keyword", "--warmup", "0");
        assertEquals(0, keyword.code(), keyword.err());
    }
}
