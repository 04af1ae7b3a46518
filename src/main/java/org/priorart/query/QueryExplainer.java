package org.priorart.query;

import java.io.IOException;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.priorart.analysis.AnalyzedTerms;
import org.priorart.analysis.BoundaryMarks;
import org.priorart.query.QueryNode.And;
import org.priorart.query.QueryNode.Classification;
import org.priorart.query.QueryNode.DateClause;
import org.priorart.query.QueryNode.FieldScope;
import org.priorart.query.QueryNode.Not;
import org.priorart.query.QueryNode.Or;
import org.priorart.query.QueryNode.Phrase;
import org.priorart.query.QueryNode.Proximity;
import org.priorart.query.QueryNode.Truncation;
import org.priorart.query.QueryNode.Word;

/**
 * Renders a parsed query for people ({@code --explain-query}): the canonical tree, then one node a
 * line, indented, with what it matches and how (the stems a word becomes, the fields a field code
 * picks, the day range of a date). Given an index, truncations also list what they expand to, and
 * the Lucene query is shown.
 *
 * <pre>
 * query:      lithium W/3 anode* AND CPC=H01M
 * canonical:  AND(W/3(lithium, anode*), CPC=H01M)
 * ...
 * AND                     all of these
 *   W/3                   the second after the first, at most 2 words between, in one field value
 *     lithium             word: stem "lithium"
 *     anode*              truncation of the words as written: =anode*
 *   CPC=H01M              filter: CPC symbols starting with "H01M"
 * </pre>
 */
public final class QueryExplainer {

    private static final int COLUMN = 24;
    private static final int SHOWN_EXPANSIONS = 8;

    private final ExaminerQuery query;
    private final QueryWords words;
    private final TruncationExpander expander;
    private final StringBuilder out = new StringBuilder();

    private QueryExplainer(ExaminerQuery query, QueryWords words, TruncationExpander expander) {
        this.query = query;
        this.words = words;
        this.expander = expander;
    }

    /** The explanation from the query alone (no index needed). */
    public static String explain(ExaminerQuery query) {
        return new QueryExplainer(query, new QueryWords(query.language()), null).render(null, null);
    }

    /**
     * The explanation in an engine's view: the words analyzed in the language told among the view's,
     * what each truncation expands to there, and the engine's own query under its name. A query
     * beyond the limits is explained too, with the limit it crosses.
     *
     * @param engineQuery the engine's query ("(not built: ...)" when it could not be built)
     */
    public static String explain(ExaminerQuery query, QueryWords words, TruncationExpander expander, String engineName,
                                 String engineQuery) {
        return new QueryExplainer(query, words, expander).render(engineName, engineQuery);
    }

    private String render(String engineName, String lucene) {
        String free = query.freeText();
        line("query:", query.text());
        line("canonical:", query.toString());
        line("operator:", "terms side by side are joined by " + query.options().defaultOperator());
        line("language:", words.language().code());
        line("free text:", free.isEmpty() ? "(none)" : free + "   (for semantic ranking)");
        line("searches:", FieldCode.ALL.description() + ", unless a field code says otherwise");
        out.append('\n');
        node(query.root(), 0, FieldCode.ALL);
        if (lucene != null) {
            out.append('\n');
            line(engineName + ":", lucene.length() > 4000 ? lucene.substring(0, 4000) + "..." : lucene);
        }
        return out.toString();
    }

    private void line(String label, String text) {
        out.append(String.format("%-12s%s%n", label, text));
    }

    private void node(QueryNode node, int depth, FieldCode scope) {
        String label = "  ".repeat(depth) + switch (node) {
            case And a -> "AND";
            case Or o -> "OR";
            case Not n -> "NOT";
            case Proximity p -> p.operator().toString();
            case FieldScope f -> f.field().name() + "=";
            default -> node.toString();
        };
        out.append(label);
        out.append(" ".repeat(Math.max(2, COLUMN - label.length())));
        out.append(describe(node, scope)).append('\n');
        switch (node) {
            case And a -> a.clauses().forEach(c -> node(c, depth + 1, scope));
            case Or o -> o.clauses().forEach(c -> node(c, depth + 1, scope));
            case Not n -> node(n.clause(), depth + 1, scope);
            case Proximity p -> {
                node(p.left(), depth + 1, scope);
                node(p.right(), depth + 1, scope);
            }
            case FieldScope f -> node(f.clause(), depth + 1, f.field());
            default -> {
            }
        }
    }

    private String describe(QueryNode node, FieldCode scope) {
        return switch (node) {
            case And a -> "all of these";
            case Or o -> "any of these";
            case Not n -> "must not match (a filter)";
            case Proximity p -> proximity(p.operator());
            case FieldScope f -> "in the " + f.field().description()
                    + (f.field().kind() == FieldCode.Kind.NAME ? " (a filter)" : "");
            case Word w -> word(w, scope);
            case Phrase p -> "phrase of the words as written, in a row: " + shown(terms(p.text(), scope, true));
            case Truncation t -> truncation(t, scope);
            case Classification c -> c.scheme() == FieldCode.LA ? "filter: documents in language " + c.code()
                    : "filter: " + c.scheme().name() + " symbols starting with \"" + c.prefix() + "\"";
            case DateClause d -> "filter: " + d.field().description() + " " + range(d)
                    + " (documents without one never match)";
        };
    }

    private String word(Word w, FieldCode scope) {
        List<AnalyzedTerms.Positioned> stems = terms(w.text(), scope, false);
        if (scope.kind() == FieldCode.Kind.NAME) {
            return "name word" + (stems.size() > 1 ? "s in a row: " : ": ") + shown(stems);
        }
        if (stems.isEmpty()) {
            return "stop word: ignored, except as a proximity operand (then matched as written: "
                    + shown(terms(w.text(), scope, true)) + ")";
        }
        return stems.size() == 1 ? "word: stem " + shown(stems) : "word: stems in a row " + shown(stems);
    }

    private List<AnalyzedTerms.Positioned> terms(String text, FieldCode scope, boolean exact) {
        return exact ? words.exact(text, scope.kind()) : words.word(text, scope.kind());
    }

    private static String shown(List<AnalyzedTerms.Positioned> words) {
        return words.isEmpty() ? "(no searchable words)"
                : words.stream().map(p -> "\"" + p.term() + "\"").collect(Collectors.joining(" "));
    }

    private String truncation(Truncation t, FieldCode scope) {
        String prefix = scope.kind() == FieldCode.Kind.NAME ? "" : BoundaryMarks.EXACT_PREFIX;
        String what = "truncation of the words as written: " + prefix + t.pattern().text().toLowerCase(java.util.Locale.ROOT);
        if (expander == null) {
            return what;
        }
        SortedSet<String> all = new TreeSet<>();
        try {
            for (String field : scope.indexFields()) {
                for (String term : expander.expand(t, field, scope.kind())) {
                    all.add(term.startsWith(prefix) ? term.substring(prefix.length()) : term);
                }
            }
        } catch (QueryLimitException e) {
            return what + "; " + e.problem();
        } catch (IOException e) {
            return what + "; (the index could not be read: " + e.getMessage() + ")";
        }
        if (all.isEmpty()) {
            return what + "; matches no word in this index";
        }
        String shown = all.stream().limit(SHOWN_EXPANSIONS).collect(Collectors.joining(", "));
        return what + "; " + all.size() + " word" + (all.size() == 1 ? "" : "s") + ": " + shown
                + (all.size() > SHOWN_EXPANSIONS ? ", ..." : "");
    }

    private static String proximity(ProximityOperator op) {
        int between = op.distance() - 1;
        String gap = between == 0 ? "adjacent" : "at most " + between + " word" + (between == 1 ? "" : "s") + " between";
        return switch (op.kind()) {
            case ORDERED -> "the second after the first, " + gap + ", in one field value (claim, paragraph, name)";
            case UNORDERED -> "either order, " + gap + ", in one field value (claim, paragraph, name)";
            case SENTENCE -> "both in one sentence";
            case PARAGRAPH -> "both in one paragraph (a claim, a description paragraph, the abstract, the title)";
        };
    }

    private static String range(DateClause d) {
        if (d.from() == null) {
            return "on or before " + d.to();
        }
        if (d.to() == null) {
            return "on or after " + d.from();
        }
        return d.from().equals(d.to()) ? "on " + d.from() : "from " + d.from() + " to " + d.to();
    }
}
