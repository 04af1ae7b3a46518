package org.priorart.query;

import java.util.ArrayList;
import java.util.List;
import org.priorart.query.QueryNode.And;
import org.priorart.query.QueryNode.FieldScope;
import org.priorart.query.QueryNode.Not;
import org.priorart.query.QueryNode.Or;
import org.priorart.query.QueryNode.Phrase;
import org.priorart.query.QueryNode.Proximity;
import org.priorart.query.QueryNode.Word;

/**
 * The free text of a query, for the semantic embedder: the plain words and quoted phrases that say
 * what the invention is about, in query order, joined by single spaces (phrases without their
 * quotes). Left out: everything under NOT (what the examiner does not want), bibliographic
 * clauses (CPC, IPC, dates, applicant and inventor names), truncation patterns (not words), and
 * the operators themselves. Text field codes (TI=, CL=...) keep their words.
 *
 * <p>{@code CPC=H01M AND (lithium W/3 anode) NOT cobalt} gives "lithium anode".
 */
final class FreeText {

    private FreeText() {
    }

    static String of(QueryNode root) {
        List<String> parts = new ArrayList<>();
        collect(root, parts, false);
        return String.join(" ", parts);
    }

    /** All words and phrases of text fields, negated ones included: the sample the language is told from. */
    static String sample(QueryNode root) {
        List<String> parts = new ArrayList<>();
        collect(root, parts, true);
        return String.join(" ", parts);
    }

    /** The language an LA= clause asks for (outside NOT), or null. */
    static String language(QueryNode node) {
        return switch (node) {
            case QueryNode.Classification c -> c.scheme() == FieldCode.LA ? c.code() : null;
            case And a -> a.clauses().stream().map(FreeText::language).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            case Or o -> o.clauses().stream().map(FreeText::language).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            default -> null;
        };
    }

    private static void collect(QueryNode node, List<String> out, boolean withNegated) {
        switch (node) {
            case Word w -> out.add(w.text());
            case Phrase p -> out.add(p.text());
            case And a -> a.clauses().forEach(c -> collect(c, out, withNegated));
            case Or o -> o.clauses().forEach(c -> collect(c, out, withNegated));
            case Proximity p -> {
                collect(p.left(), out, withNegated);
                collect(p.right(), out, withNegated);
            }
            case Not n -> {
                if (withNegated) {
                    collect(n.clause(), out, true);
                }
            }
            case FieldScope f -> {
                if (f.field().kind() == FieldCode.Kind.TEXT) {
                    collect(f.clause(), out, withNegated);
                }
            }
            default -> {
                // truncations, classification codes and dates say nothing an embedder can read
            }
        }
    }
}
