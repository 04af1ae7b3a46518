package org.priorart.bench.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/opensearch-node.sh as a user calls it, without starting a node (that takes a minute and the
 * zips from Maven Central): its commands, its answers about a node that is not running, and its
 * errors for bad arguments.
 */
class TestOpenSearchNodeScript {

    private static final Path SCRIPT = Path.of("scripts", "opensearch-node.sh");

    @TempDir
    Path dir;

    record Result(int code, String out) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the script returns");
        return new Result(p.exitValue(), out);
    }

    @Test
    void statusAndStopOfANodeThatIsNotRunning() throws Exception {
        Result status = run("status", "--port", "65001", "--dir", dir.toString());
        assertEquals(3, status.code(), status.out());
        assertTrue(status.out().startsWith("stopped (http://127.0.0.1:65001"), status.out());
        Result stop = run("stop", "--port", "65001", "--dir", dir.toString());
        assertEquals(0, stop.code(), "stopping a stopped node is no error: " + stop.out());
        assertTrue(stop.out().contains("is not running"), stop.out());
    }

    @Test
    void badArgumentsAreNamed() throws Exception {
        Result port = run("start", "--port", "ninety", "--dir", dir.toString());
        assertEquals(1, port.code());
        assertTrue(port.out().contains("--port must be a port number, was 'ninety'"), port.out());
        Result heap = run("start", "--heap", "lots", "--dir", dir.toString());
        assertEquals(1, heap.code());
        assertTrue(heap.out().contains("--heap must be a size such as 1g or 512m, was 'lots'"), heap.out());
        Result option = run("status", "--colour", "--dir", dir.toString());
        assertEquals(1, option.code());
        assertTrue(option.out().contains("unknown option '--colour'"), option.out());
        Result command = run("restart");
        assertEquals(2, command.code());
        assertTrue(command.out().contains("unknown command 'restart' (start, stop, status or kill)"), command.out());
        Result peers = run("start", "--peers", "9272;9273", "--dir", dir.toString());
        assertEquals(1, peers.code());
        assertTrue(peers.out().contains("--peers must be HTTP ports such as 9272,9273, was '9272;9273'"), peers.out());
        Result kill = run("kill", "--port", "9299", "--dir", dir.toString());
        assertEquals(0, kill.code(), "kill of a node that does not run does nothing");
        assertTrue(kill.out().contains("is not running"), kill.out());
    }

    @Test
    void helpNamesTheCommandsAndOptions() throws Exception {
        Result help = run("--help");
        assertEquals(0, help.code());
        for (String word : List.of("start", "stop", "status", "kill", "--port", "--heap", "--dir", "--peers",
                "OpenSearch 3.6.0")) {
            assertTrue(help.out().contains(word), word + " in " + help.out());
        }
    }
}
