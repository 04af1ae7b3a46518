package org.priorart.eval;

import java.io.IOException;
import java.util.List;

/**
 * Turns a topic into a ranking, in one of the retrieval modes a searcher offers ({@code keyword},
 * {@code semantic}, {@code hybrid}). The evaluator only sees this interface, so a new mode is added
 * by implementing it (see {@link ServiceTopicSearcher}) and naming the mode in {@link #modes()};
 * nothing else in the evaluator changes.
 *
 * <p>Implementations must be thread-safe: {@link BatchSearch} calls {@link #search} from several
 * threads at once.
 */
public interface TopicSearcher {

    /** The modes this searcher can run now, in the order to offer them. */
    List<String> modes();

    /**
     * The ranking for a topic: at most {@code top} documents, best first, with normalized document
     * ids ({@link DocIds}) and their scores.
     *
     * @throws UnknownModeException when {@code mode} is not one of {@link #modes()}
     * @throws TopicException       when this topic cannot be searched (the others can)
     */
    List<RankedDoc> search(Topic topic, String mode, int top) throws IOException;

    /** Throws {@link UnknownModeException} unless the mode is one of {@link #modes()}. */
    default void checkMode(String mode) {
        if (!modes().contains(mode)) {
            throw new UnknownModeException(mode, modes());
        }
    }
}
