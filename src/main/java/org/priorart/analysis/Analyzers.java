package org.priorart.analysis;

import java.util.EnumMap;
import java.util.Map;

/**
 * The shared, thread-safe analyzer instances: one per language and mode. Analyzers hold per-thread
 * token stream components, so creating them per document or per query would waste that reuse.
 */
public final class Analyzers {

    private static final Map<AnalysisLanguage, Map<PatentAnalyzer.Mode, PatentAnalyzer>> ALL =
            new EnumMap<>(AnalysisLanguage.class);
    private static final NameAnalyzer NAMES = new NameAnalyzer();

    static {
        for (AnalysisLanguage language : AnalysisLanguage.values()) {
            Map<PatentAnalyzer.Mode, PatentAnalyzer> modes = new EnumMap<>(PatentAnalyzer.Mode.class);
            for (PatentAnalyzer.Mode mode : PatentAnalyzer.Mode.values()) {
                modes.put(mode, new PatentAnalyzer(language, mode));
            }
            ALL.put(language, modes);
        }
    }

    private Analyzers() {
    }

    public static PatentAnalyzer get(AnalysisLanguage language, PatentAnalyzer.Mode mode) {
        return ALL.get(language).get(mode);
    }

    /** The analyzer of applicant and inventor names. */
    public static NameAnalyzer names() {
        return NAMES;
    }
}
