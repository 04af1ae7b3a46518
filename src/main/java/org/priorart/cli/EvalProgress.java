package org.priorart.cli;

import java.io.PrintWriter;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.priorart.eval.BatchProgress;

/**
 * Shows an evaluation's searches on the console: a progress bar over the topics when standard
 * error is a terminal, otherwise a plain line every {@value #LINE_SECONDS} seconds (for logs and CI).
 */
final class EvalProgress implements BatchProgress {

    private static final int LINE_SECONDS = 10;

    private final PrintWriter err;
    private final boolean terminal;
    private ProgressBar bar;
    private String mode;
    private int total;
    private long started;
    private long lastLine;

    EvalProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    static EvalProgress forConsole(PrintWriter err) {
        return new EvalProgress(err, Terminal.isInteractive());
    }

    @Override
    public synchronized void start(String mode, int topics) {
        this.mode = mode;
        this.total = topics;
        started = System.nanoTime();
        lastLine = started;
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName("Searching " + mode).setInitialMax(Math.max(1, topics))
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" topics", 1).showSpeed()
                    .setUpdateIntervalMillis(250).build();
        }
    }

    @Override
    public synchronized void topicDone(int done) {
        if (bar != null) {
            bar.stepTo(done);
            return;
        }
        long now = System.nanoTime();
        if (now - lastLine >= Duration.ofSeconds(LINE_SECONDS).toNanos()) {
            lastLine = now;
            double seconds = (now - started) / 1e9;
            err.printf("searching %s: %,d of %,d topics in %.0f s, %.1f topics/s%n", mode, done, total, seconds, done / seconds);
            err.flush();
        }
    }

    @Override
    public synchronized void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
