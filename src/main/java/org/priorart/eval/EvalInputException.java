package org.priorart.eval;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A topic, qrels or run file that cannot be used as it is. The message names the file and the line
 * ({@code qrels.trec, line 12: expected 4 fields (qid iter docid rel), found 3}) so that the user can
 * go straight to it; the CLI prints it as one line.
 */
public final class EvalInputException extends IOException {

    private final transient Path file;
    private final long line;
    private final String problem;

    /**
     * @param file    the file
     * @param line    the 1-based line, or 0 when the problem is the file as a whole
     * @param problem what is wrong, for a person
     */
    public EvalInputException(Path file, long line, String problem) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** The 1-based line, or 0 when the problem concerns the whole file. */
    public long line() {
        return line;
    }

    /** What is wrong, without the file and line. */
    public String problem() {
        return problem;
    }
}
