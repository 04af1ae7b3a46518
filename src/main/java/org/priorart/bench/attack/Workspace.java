package org.priorart.bench.attack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.priorart.config.PriorArtConfig;

/**
 * The attack's scratch folder: its documents, indexes, keys and logs, and the PriorArt JVMs it runs
 * there (servers and commands). Removed at the end unless asked to keep it.
 */
final class Workspace implements AutoCloseable {

    private final Path dir;
    private final String heap;
    private final PrintWriter progress;
    private final boolean keep;

    Workspace(Path dir, String heap, PrintWriter progress, boolean keep) {
        this.dir = dir;
        this.heap = heap;
        this.progress = progress;
        this.keep = keep;
    }

    Path dir() {
        return dir;
    }

    String heap() {
        return heap;
    }

    /** Lines {@code skip} to {@code skip + n} of the demo corpus' 10k-abstracts file (real US abstracts). */
    List<String> demoDocuments(int skip, int n) {
        Path file = PriorArtConfig.fromEnvironment().demoAbstracts();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            String line;
            for (int i = 0; lines.size() < n && (line = r.readLine()) != null; i++) {
                if (i >= skip) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo corpus at " + file + " (set PRIORART_DEMO_DATA): " + e.getMessage(), e);
        }
        return lines;
    }

    /** Writes a file of the workspace. */
    Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.toAbsolutePath().getParent());
        return Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    Path jsonl(String name, List<String> lines) throws IOException {
        return write(name, String.join("\n", lines) + "\n");
    }

    /** Runs a command (index, embed) in its own JVM with the workspace's heap unless given; its output in logs/. */
    ServerProcess.Run cli(String label, String jvmHeap, Duration timeout, String... args) throws IOException, InterruptedException {
        say("  running '" + String.join(" ", args).replace(dir.toString(), "WORK") + "'");
        return ServerProcess.run(jvmHeap == null ? heap : jvmHeap, dir.resolve("logs").resolve(label + ".log"), timeout, args);
    }

    /** Starts a server on the index in its own JVM (the workspace's heap); its log in logs/. */
    ServerProcess serve(String label, Path index, List<String> options) throws IOException {
        say("  starting a server (" + label + ", -Xmx" + heap + ")");
        return ServerProcess.serve(index, heap, dir.resolve("logs").resolve(label + "-server.log"), options);
    }

    void say(String line) {
        progress.println(line);
        progress.flush();
    }

    /**
     * Nine short Chinese patent texts written for the attack (no real publication is meant): the
     * embedding stage gives them to the Chinese model, so an index holds vectors of two models.
     */
    static List<String> chineseDocuments() {
        String[][] texts = {
                {"一种锂离子电池的充电方法", "本发明公开了一种锂离子电池的充电方法，根据电池温度逐步降低充电电流，以延长电池寿命。"},
                {"一种太阳能电池板的清洁装置", "本发明公开了一种太阳能电池板的清洁装置，包括刷子和导轨，刷子沿导轨移动清洁电池板表面。"},
                {"一种鱼钩配重结构", "本发明涉及一种鱼钩配重，配重可沿钩柄移动，并可固定响铃和诱饵。"},
                {"一种自行车盘式制动器", "本发明提供一种自行车液压盘式制动器，刹车片磨损后可自动调节间隙。"},
                {"一种咖啡研磨器", "本发明公开了一种锥形磨盘咖啡研磨器，研磨粗细可以调节。"},
                {"一种图像传感器", "本发明涉及一种图像传感器，每个像素包括光电二极管和放大晶体管。"},
                {"一种无线通信天线", "本发明提供一种用于移动终端的无线通信天线，具有多个谐振频段。"},
                {"一种阀门密封结构", "本发明公开了一种阀门，阀杆关闭时压紧阀座，实现可靠密封。"},
                {"一种发动机燃油喷射系统", "本发明涉及一种发动机燃油喷射系统，根据负荷调节喷油量。"}};
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            docs.add("{\"publication_number\": \"CN1099000%02dA\", \"title\": \"%s\", \"abstract\": \"%s\", \"language\": \"zh\", "
                    .formatted(i + 1, texts[i][0], texts[i][1]) + "\"publication_date\": \"2018-05-01\"}");
        }
        return docs;
    }

    @Override
    public void close() throws IOException {
        if (keep) {
            say("The workspace is kept: " + dir);
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
