package org.priorart.engine.lucene.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;
import org.priorart.query.TruncationPattern;

/** The automaton of the index terms a truncation pattern matches, for walking the term dictionary. */
final class TruncationAutomata {

    private TruncationAutomata() {
    }

    /**
     * The deterministic automaton of the index terms this pattern matches, each term starting with
     * {@code prefix} ({@code "="} for the exact forms of text fields, nothing for names).
     */
    static Automaton of(TruncationPattern pattern, String prefix) {
        List<Automaton> pieces = new ArrayList<>();
        if (!prefix.isEmpty()) {
            pieces.add(Automata.makeString(prefix));
        }
        for (TruncationPattern.Part part : pattern.parts()) {
            pieces.add(switch (part) {
                case TruncationPattern.Literal l -> Automata.makeString(l.text());
                case TruncationPattern.Any a -> Automata.makeAnyString();
                case TruncationPattern.One o -> Automata.makeAnyChar();
                case TruncationPattern.UpTo u -> Operations.repeat(Automata.makeAnyChar(), 0, u.n());
            });
        }
        return Operations.determinize(Operations.concatenate(pieces), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
    }
}
