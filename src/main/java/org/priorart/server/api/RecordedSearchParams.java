package org.priorart.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.priorart.engine.PriorArtRule;
import org.priorart.search.Fusion;
import org.priorart.search.SearchMode;
import org.priorart.search.signals.Feedback;
import org.priorart.search.signals.SignalGroup;
import org.priorart.server.session.RecordedSearch;

/**
 * A search of a session's history and the search API's parameters, both ways: what of a search's
 * {@link SearchParams} the history records, and the parameters that run a recorded search again with
 * the same mode, fusion (its method, semantic weight, rrf k and depth), signals, filters and feedback. The two sit side by side so
 * that what is recorded is what is sent again.
 */
final class RecordedSearchParams {

    private RecordedSearchParams() {
    }

    /**
     * The search as the history records it. Fusion, semantic weight, rrf k, depth, signals and
     * feedback are hybrid's: the other modes rank without them, so a rerun has nothing of them to
     * send. The rrf k and depth are kept only when not the default, so a session's JSON names them
     * only for the searches that chose them.
     *
     * @param priorityDate the prior-art date it ran against (a case's cutoff), or null
     * @param rule         the rule of that date (or of a "find similar"'s own date), or null
     * @param similar      the document of a "find similar", or null
     */
    static RecordedSearch record(SearchParams p, LocalDate priorityDate, PriorArtRule rule, String similar) {
        boolean hybrid = p.mode() == SearchMode.HYBRID;
        RecordedSearch recorded = new RecordedSearch(p.query(), p.text(), p.mode().lowerName(),
                hybrid ? p.fusion().semanticWeight() : null,
                hybrid ? p.fusion().method().name().toLowerCase(Locale.ROOT) : null, p.cpc(), p.publishedFrom(),
                p.publishedBefore(), priorityDate, rule == null ? null : rule.name().toLowerCase(Locale.ROOT),
                p.groupFamilies(), similar);
        if (!hybrid) {
            return recorded;
        }
        Fusion f = p.fusion();
        return recorded.withFeedback(p.signals().feedback()).withSignals(signals(p.signals().groups()))
                .withRrfKAndDepth(unlessDefault(f.rrfK(), Fusion.DEFAULT.rrfK()), unlessDefault(f.depth(), Fusion.DEFAULT.depth()));
    }

    private static Integer unlessDefault(int value, int dflt) {
        return value == dflt ? null : value;
    }

    /** The groups as the {@code signals} parameter takes them, in a fixed order; null for the default (all). */
    static String signals(Set<SignalGroup> groups) {
        if (groups.equals(SignalGroup.ALL)) {
            return null;
        }
        return groups.stream().sorted().map(SignalGroup::lowerName).collect(Collectors.joining(","));
    }

    /**
     * The body of {@code /search} (and a case's search) that runs the recorded search again, paging
     * and explanation left to the caller. A "find similar" or a search among citations cannot be
     * written so (the caller refuses them); a prior-art date goes with its rule.
     */
    static ObjectNode body(RecordedSearch r) {
        ObjectNode body = ApiJson.mapper().createObjectNode();
        putIfSet(body, "query", r.query());
        putIfSet(body, "text", r.text());
        body.put("mode", r.mode());
        if (r.semanticWeight() != null) {
            body.put("semantic_weight", r.semanticWeight());
        }
        putIfSet(body, "fusion", r.fusion());
        if (r.rrfK() != null) {
            body.put("rrf_k", r.rrfK());
        }
        if (r.depth() != null) {
            body.put("depth", r.depth());
        }
        putIfSet(body, "signals", r.signals());
        if (!r.cpc().isEmpty()) {
            r.cpc().forEach(body.putArray("cpc")::add);
        }
        putIfSet(body, "published_from", r.publishedFrom() == null ? null : r.publishedFrom().toString());
        putIfSet(body, "published_before", r.publishedBefore() == null ? null : r.publishedBefore().toString());
        if (r.priorityDate() != null) {
            body.put("priority_date", r.priorityDate().toString());
            putIfSet(body, "prior_art_rule", r.priorArtRule());
        }
        if (Boolean.TRUE.equals(r.groupFamilies())) {
            body.put("group_families", true);
        }
        Feedback f = r.feedback();
        if (f != null) {
            ObjectNode feedback = body.putObject("feedback");
            f.positive().forEach(feedback.putArray("positive")::add);
            f.negative().forEach(feedback.putArray("negative")::add);
        }
        return body;
    }

    private static void putIfSet(ObjectNode body, String name, String value) {
        if (value != null) {
            body.put(name, value);
        }
    }
}
