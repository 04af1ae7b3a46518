package org.priorart.analysis;

/**
 * Guesses a text's language from its script, for documents and queries that do not say: Hangul means
 * Korean, kana means Japanese, Han ideographs without kana mean Chinese, anything else English. A
 * script guess is reliable for exactly the distinction the analyzers need (which tokenizer), and
 * costs one pass over at most the first few thousand characters.
 */
public final class LanguageDetector {

    private static final int SAMPLE = 4000;

    private LanguageDetector() {
    }

    public static AnalysisLanguage detect(CharSequence text) {
        if (text == null) {
            return AnalysisLanguage.ENGLISH;
        }
        int hangul = 0;
        int kana = 0;
        int han = 0;
        int latin = 0;
        int end = Math.min(text.length(), SAMPLE);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            Character.UnicodeScript script;
            if (c < 0x80) {
                if (Character.isLetter(c)) {
                    latin++;
                }
                continue;
            }
            script = Character.UnicodeScript.of(c);
            switch (script) {
                case HANGUL -> hangul++;
                case HIRAGANA, KATAKANA -> kana++;
                case HAN -> han++;
                default -> {
                }
            }
        }
        int cjk = hangul + kana + han;
        // A few CJK characters in English text (a cited title, a symbol) do not make it CJK text.
        if (cjk == 0 || cjk * 4 < latin) {
            return AnalysisLanguage.ENGLISH;
        }
        if (hangul >= kana && hangul >= han / 4 && hangul > 0) {
            return AnalysisLanguage.KOREAN;
        }
        if (kana > 0) {
            return AnalysisLanguage.JAPANESE;
        }
        return AnalysisLanguage.CHINESE;
    }

    /** The document's declared language when given, else the script guess over its text. */
    public static AnalysisLanguage resolve(String declared, CharSequence sample) {
        if (declared != null && !declared.isBlank()) {
            return AnalysisLanguage.forCode(declared);
        }
        return detect(sample);
    }
}
