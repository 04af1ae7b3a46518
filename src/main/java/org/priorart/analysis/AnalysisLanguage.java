package org.priorart.analysis;

import java.util.Locale;

/** The languages with their own analysis chain. Other languages are analyzed as English. */
public enum AnalysisLanguage {
    ENGLISH("en"),
    KOREAN("ko"),
    JAPANESE("ja"),
    CHINESE("zh");

    private final String code;

    AnalysisLanguage(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code. */
    public String code() {
        return code;
    }

    /** The chain for an ISO 639-1 code ("ko", "ja", "zh", "zh-TW"...); anything else gets English. */
    public static AnalysisLanguage forCode(String code) {
        if (code == null) {
            return ENGLISH;
        }
        String c = code.toLowerCase(Locale.ROOT);
        for (AnalysisLanguage l : values()) {
            if (c.equals(l.code) || c.startsWith(l.code + "-") || c.startsWith(l.code + "_")) {
                return l;
            }
        }
        return switch (c) {
            case "kor" -> KOREAN;
            case "jpn", "jp" -> JAPANESE;
            case "zho", "chi", "cn" -> CHINESE;
            default -> ENGLISH;
        };
    }
}
