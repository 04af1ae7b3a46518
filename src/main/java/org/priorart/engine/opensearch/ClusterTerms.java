package org.priorart.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.analysis.AnalyzedTerms;
import org.priorart.analysis.BoundaryMarks;
import org.priorart.query.ExpansionBudget;
import org.priorart.query.FieldCode;
import org.priorart.query.QueryLimitException;
import org.priorart.query.QueryLimits;
import org.priorart.query.QueryNode;
import org.priorart.query.QueryWords;
import org.priorart.query.TruncationExpander;
import org.priorart.query.TruncationPattern;

/**
 * The cluster's terms of a query's words and truncations: words through PriorArt's own chains
 * ({@link QueryWords}, as for the embedded index), truncation patterns expanded against the
 * cluster's term dictionary within the same {@link QueryLimits}. OpenSearch has no API that lists
 * the terms of a field, so a pattern is sent as a {@code regexp} query rewritten to its top N terms
 * (N one past the limit) through {@code _validate/query?rewrite=true}, which answers with the
 * rewritten query: the terms the pattern matches in the index, one round trip per pattern. The
 * expansions are then the embedded index's (same terms; the same {@link ExpansionBudget} checks the limits).
 */
final class ClusterTerms implements TruncationExpander {

    private static final Pattern TERM = Pattern.compile("(?:^|[\\s(+])([a-z_]+):(\\S+?)(?=\\)?(?:\\^[0-9.]+)?(?:\\s|\\)|$))");

    private final ClusterClient client;
    private final String index;
    private final QueryWords words;
    private final ExpansionBudget budget;

    ClusterTerms(ClusterClient client, String index, AnalysisLanguage language, QueryLimits limits, String query) {
        this.client = client;
        this.index = index;
        this.words = new QueryWords(language);
        this.budget = new ExpansionBudget(limits, query);
    }

    QueryWords words() {
        return words;
    }

    List<AnalyzedTerms.Positioned> word(String text, FieldCode.Kind kind) {
        return words.word(text, kind);
    }

    List<AnalyzedTerms.Positioned> exact(String text, FieldCode.Kind kind) {
        return words.exact(text, kind);
    }

    @Override
    public SortedSet<String> expand(QueryNode.Truncation truncation, String field, FieldCode.Kind kind)
            throws QueryLimitException, IOException {
        String prefix = kind == FieldCode.Kind.NAME ? "" : BoundaryMarks.EXACT_PREFIX;
        SortedSet<String> cached = budget.remembered(truncation, prefix, field);
        if (cached != null) {
            return cached;
        }
        return budget.record(truncation, prefix, field, lookUp(regexp(truncation.pattern(), prefix), field));
    }

    /** The terms of a field that a regular expression matches, at most one past the limit. */
    private SortedSet<String> lookUp(String regexp, String field) throws IOException {
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        body.putObject("query").putObject("regexp").putObject(field).put("value", regexp).put("flags", "NONE")
                .put("rewrite", "top_terms_" + (budget.perPattern() + 1))
                .put("max_determinized_states", 10000);
        JsonNode answer = client.post("/" + index + "/_validate/query?rewrite=true&all_shards=true", body);
        SortedSet<String> terms = new TreeSet<>();
        if (!answer.path("valid").asBoolean(true)) {
            JsonNode e = answer.path("explanations").path(0).path("error");
            throw new IOException("the cluster refused the truncation look-up in " + field + ": " + e.asText());
        }
        for (JsonNode e : (ArrayNode) answer.path("explanations")) {
            Matcher m = TERM.matcher(e.path("explanation").asText());
            while (m.find()) {
                if (m.group(1).equals(field)) {
                    terms.add(m.group(2));
                }
            }
        }
        return terms;
    }

    /** A truncation pattern as a Lucene regular expression (literal characters escaped). */
    static String regexp(TruncationPattern pattern, String prefix) {
        StringBuilder r = new StringBuilder();
        literal(r, prefix);
        for (TruncationPattern.Part part : pattern.parts()) {
            switch (part) {
                case TruncationPattern.Literal l -> literal(r, l.text());
                case TruncationPattern.Any a -> r.append(".*");
                case TruncationPattern.One o -> r.append('.');
                case TruncationPattern.UpTo u -> r.append(".{0,").append(u.n()).append('}');
            }
        }
        return r.toString();
    }

    private static void literal(StringBuilder r, String text) {
        text.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c)) {
                r.append('\\');
            }
            r.appendCodePoint(c);
        });
    }
}
