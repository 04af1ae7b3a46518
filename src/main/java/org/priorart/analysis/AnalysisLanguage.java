package org.priorart.analysis;

import java.util.Locale;
import java.util.Map;

/**
 * The languages with their own analysis chain: English, the languages of the EP documents (German,
 * French), the languages of the offices PriorArt serves (Thai, Indonesian, Vietnamese, Filipino) and
 * of the partner offices' documents (Korean, Japanese, Chinese). Other languages are analyzed as
 * English.
 */
public enum AnalysisLanguage {
    ENGLISH("en", true),
    GERMAN("de", true),
    FRENCH("fr", true),
    INDONESIAN("id", true),
    VIETNAMESE("vi", true),
    /** Filipino, the standard form of Tagalog; ISO 639-1 has only Tagalog's code. */
    FILIPINO("tl", true),
    THAI("th", false),
    KOREAN("ko", false),
    JAPANESE("ja", false),
    CHINESE("zh", false);

    /** Three-letter (ISO 639-2/3) and older codes sources use. */
    private static final Map<String, AnalysisLanguage> ALIASES = Map.ofEntries(
            Map.entry("eng", ENGLISH), Map.entry("deu", GERMAN), Map.entry("ger", GERMAN), Map.entry("fra", FRENCH),
            Map.entry("fre", FRENCH), Map.entry("ind", INDONESIAN), Map.entry("in", INDONESIAN), Map.entry("vie", VIETNAMESE),
            Map.entry("fil", FILIPINO), Map.entry("tgl", FILIPINO), Map.entry("tha", THAI), Map.entry("kor", KOREAN),
            Map.entry("jpn", JAPANESE), Map.entry("jp", JAPANESE), Map.entry("zho", CHINESE), Map.entry("chi", CHINESE),
            Map.entry("cn", CHINESE));

    private final String code;
    private final boolean latinScript;

    AnalysisLanguage(String code, boolean latinScript) {
        this.code = code;
        this.latinScript = latinScript;
    }

    /** The ISO 639-1 code. */
    public String code() {
        return code;
    }

    /** Written in the Latin alphabet: told apart from the others by statistics, not by script. */
    public boolean latinScript() {
        return latinScript;
    }

    /** The chain for an ISO 639-1 code ("ko", "de", "zh-TW", "fil"...); anything else gets English. */
    public static AnalysisLanguage forCode(String code) {
        AnalysisLanguage l = known(code);
        return l == null ? ENGLISH : l;
    }

    /** The language of a code, or null when it has no chain of its own (for validating LA= and the like). */
    public static AnalysisLanguage known(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        for (AnalysisLanguage l : values()) {
            if (c.equals(l.code) || c.startsWith(l.code + "-") || c.startsWith(l.code + "_")) {
                return l;
            }
        }
        return ALIASES.get(c);
    }
}
