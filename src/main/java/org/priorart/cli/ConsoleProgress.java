package org.priorart.cli;

import java.io.PrintWriter;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.priorart.index.IngestProgress;
import org.priorart.index.IngestSummary;
import org.priorart.ingest.SourcePosition;

/**
 * Reports an ingest run on the console: a progress bar over the input bytes when standard error is
 * a terminal, otherwise a plain line every {@value #LINE_SECONDS} seconds (for logs and CI). Each
 * skipped document is reported on its own line, up to {@value #MAX_SKIP_LINES}; the rest are
 * counted in the summary.
 */
final class ConsoleProgress implements IngestProgress {

    private static final int LINE_SECONDS = 10;
    private static final int MAX_SKIP_LINES = 1000;

    private final PrintWriter err;
    private final boolean terminal;
    private ProgressBar bar;
    private long total;
    private long started;
    private long lastLine;

    ConsoleProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    static ConsoleProgress forConsole(PrintWriter err) {
        return new ConsoleProgress(err, Terminal.isInteractive());
    }

    @Override
    public synchronized void start(long totalBytes) {
        total = totalBytes;
        started = System.nanoTime();
        lastLine = started;
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(Math.max(1, totalBytes))
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" MB", 1_000_000).showSpeed()
                    .setUpdateIntervalMillis(250).build();
        }
    }

    @Override
    public synchronized void update(long bytesDone, long documents) {
        if (bar != null) {
            bar.stepTo(Math.min(bytesDone, Math.max(1, total)));
            bar.setExtraMessage(String.format("%,d docs", documents));
            return;
        }
        long now = System.nanoTime();
        if (now - lastLine >= Duration.ofSeconds(LINE_SECONDS).toNanos()) {
            lastLine = now;
            double seconds = (now - started) / 1e9;
            String percent = total > 0 ? String.format(" (%.0f%% of input)", 100.0 * bytesDone / total) : "";
            err.printf("indexing: %,d documents in %.0f s, %,.0f docs/s%s%n", documents, seconds, documents / seconds, percent);
            err.flush();
        }
    }

    /** Lines of one kind (skipped documents, warnings), each on its own line up to {@value #MAX_SKIP_LINES}, then one line saying so. */
    private final class ListedLines {
        private final String more;
        private int lines;

        ListedLines(String more) {
            this.more = more;
        }

        void print(String line) {
            if (lines++ < MAX_SKIP_LINES) {
                if (bar != null) {
                    // keep the bar on its own line
                    err.print("\r\033[K");
                }
                err.println(line);
                err.flush();
            } else if (lines == MAX_SKIP_LINES + 1) {
                err.println(more);
            }
        }
    }

    private final ListedLines skips = new ListedLines("skipped: (more skipped documents are counted in the summary, not listed)");
    private final ListedLines warnings = new ListedLines("warning: (more warnings are not listed)");

    @Override
    public synchronized void skipped(SourcePosition where, String reason) {
        skips.print("skipped: " + where + ": " + reason);
    }

    @Override
    public synchronized void warning(SourcePosition where, String message) {
        warnings.print("warning: " + where + ": " + message);
    }

    @Override
    public synchronized void finish(IngestSummary summary) {
        if (bar != null) {
            bar.stepTo(Math.max(1, total));
            bar.close();
            bar = null;
        }
    }
}
