package org.priorart.search.signals;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.priorart.error.UserInputException;

/**
 * The examiner's feedback on a search: documents tagged X or Y (positive: "more like these") and
 * documents tagged as not relevant (negative), by publication number.
 */
public record Feedback(List<String> positive, List<String> negative) {

    /** At most this many documents of each kind: feedback is a handful of tags, not a list. */
    public static final int MAX_DOCUMENTS = 50;

    public static final Feedback NONE = new Feedback(List.of(), List.of());

    public Feedback {
        positive = positive == null ? List.of() : List.copyOf(positive);
        negative = negative == null ? List.of() : List.copyOf(negative);
        if (positive.size() > MAX_DOCUMENTS || negative.size() > MAX_DOCUMENTS) {
            throw new UserInputException("feedback takes at most " + MAX_DOCUMENTS + " positive and " + MAX_DOCUMENTS
                    + " negative documents, was " + positive.size() + " and " + negative.size());
        }
    }

    /** Not a property: the JSON of a search's feedback (a session's history keeps it) is its documents only. */
    @JsonIgnore
    public boolean isEmpty() {
        return positive.isEmpty() && negative.isEmpty();
    }
}
