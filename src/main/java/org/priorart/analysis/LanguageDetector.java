package org.priorart.analysis;

import com.github.pemistahl.lingua.api.Language;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells a text's language, for documents and queries that do not say.
 *
 * <p>First by script, in one pass over the start of the text: Hangul means Korean, kana Japanese,
 * Han ideographs without kana Chinese, Thai script Thai; the letters only Vietnamese uses
 * ({@code đ ơ ư} and the stacked tone marks such as {@code ạ ế ữ}) mean Vietnamese. A script guess is
 * sure and costs nothing.
 *
 * <p>Latin text is then told apart (English, German, French, Indonesian, Vietnamese without its
 * marks, Filipino/Tagalog) by Lingua (n-gram models), restricted to the candidate languages and with
 * a minimum distance between the best two: a text too short or too mixed to tell (most two-word
 * queries, "fuel cell membrane", "wind turbine") stays English rather than being guessed. Lingua's
 * models take seconds to load and about 20 MB of heap per language, so they are loaded only when a
 * text must be told among two or more Latin candidates: {@link #detect(CharSequence)} never loads
 * them, a query against an index of English documents never loads them (its candidates are the
 * index's languages), a document loads them once per process when it does not declare its language.
 */
public final class LanguageDetector {

    /** Characters of a text looked at for its script. */
    private static final int SAMPLE = 4000;
    /** Characters given to the statistical detector: beyond a few hundred its verdict does not change. */
    private static final int LATIN_SAMPLE = 300;
    /** How far apart the best two languages must be (Lingua's relative distance, 0..1) to tell one. */
    private static final double MINIMUM_DISTANCE = 0.1;
    /** Every Latin-script language with a chain of its own: the candidates for documents. */
    public static final Set<AnalysisLanguage> LATIN = EnumSet.of(AnalysisLanguage.ENGLISH, AnalysisLanguage.GERMAN,
            AnalysisLanguage.FRENCH, AnalysisLanguage.INDONESIAN, AnalysisLanguage.VIETNAMESE, AnalysisLanguage.FILIPINO);
    private static final Map<AnalysisLanguage, Language> LINGUA = Map.of(AnalysisLanguage.ENGLISH, Language.ENGLISH,
            AnalysisLanguage.GERMAN, Language.GERMAN, AnalysisLanguage.FRENCH, Language.FRENCH,
            AnalysisLanguage.INDONESIAN, Language.INDONESIAN, AnalysisLanguage.VIETNAMESE, Language.VIETNAMESE,
            AnalysisLanguage.FILIPINO, Language.TAGALOG);
    /** One Lingua detector per candidate set; they share the loaded models. */
    private static final Map<Set<AnalysisLanguage>, com.github.pemistahl.lingua.api.LanguageDetector> DETECTORS =
            new ConcurrentHashMap<>();

    private LanguageDetector() {
    }

    /**
     * The language as the script tells it (CJK, Thai, Vietnamese letters); other Latin text is
     * English. Never loads the statistical models: for choosing an embedding model and the like.
     */
    public static AnalysisLanguage detect(CharSequence text) {
        return detect(text, Set.of(AnalysisLanguage.ENGLISH));
    }

    /**
     * The language of a text among candidates: the script decides where it can; Latin text is told
     * among the Latin candidates when there are two or more, and is English when the detector cannot
     * tell or English is the only candidate.
     */
    public static AnalysisLanguage detect(CharSequence text, Set<AnalysisLanguage> candidates) {
        if (text == null) {
            return AnalysisLanguage.ENGLISH;
        }
        AnalysisLanguage byScript = byScript(text);
        if (byScript != null) {
            return byScript;
        }
        Set<AnalysisLanguage> latin = EnumSet.noneOf(AnalysisLanguage.class);
        for (AnalysisLanguage l : candidates) {
            if (l.latinScript()) {
                latin.add(l);
            }
        }
        latin.add(AnalysisLanguage.ENGLISH);
        if (latin.size() < 2) {
            return AnalysisLanguage.ENGLISH;
        }
        return statistically(text, latin);
    }

    /** The document's declared language when given, else its text's among all languages. */
    public static AnalysisLanguage resolve(String declared, CharSequence sample) {
        if (declared != null && !declared.isBlank()) {
            return AnalysisLanguage.forCode(declared);
        }
        return detect(sample, LATIN);
    }

    /** Loads the models of these languages now (a server does so at start, so no search waits for them). */
    public static void warmUp(Set<AnalysisLanguage> candidates) {
        detect("warm up", candidates);
    }

    private static AnalysisLanguage statistically(CharSequence text, Set<AnalysisLanguage> latin) {
        var detector = DETECTORS.computeIfAbsent(Set.copyOf(latin), set -> {
            Language[] languages = set.stream().map(LINGUA::get).toArray(Language[]::new);
            return com.github.pemistahl.lingua.api.LanguageDetectorBuilder.fromLanguages(languages)
                    .withMinimumRelativeDistance(MINIMUM_DISTANCE).build();
        });
        String sample = text.length() > LATIN_SAMPLE ? text.subSequence(0, LATIN_SAMPLE).toString() : text.toString();
        Language found = detector.detectLanguageOf(sample);
        for (Map.Entry<AnalysisLanguage, Language> e : LINGUA.entrySet()) {
            if (e.getValue() == found) {
                return e.getKey();
            }
        }
        return AnalysisLanguage.ENGLISH; // UNKNOWN: too short or too mixed to tell
    }

    /** The language the script alone tells, or null for Latin (or no) letters. */
    private static AnalysisLanguage byScript(CharSequence text) {
        int hangul = 0;
        int kana = 0;
        int han = 0;
        int thai = 0;
        int vietnamese = 0;
        int latin = 0;
        int end = Math.min(text.length(), SAMPLE);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (Character.isLetter(c)) {
                    latin++;
                }
                continue;
            }
            if (isVietnamese(c)) {
                vietnamese++;
                latin++;
                continue;
            }
            switch (Character.UnicodeScript.of(c)) {
                case HANGUL -> hangul++;
                case HIRAGANA, KATAKANA -> kana++;
                case HAN -> han++;
                case THAI -> thai++;
                case LATIN -> latin++;
                default -> {
                }
            }
        }
        int other = hangul + kana + han + thai;
        // A few CJK or Thai characters in Latin text (a cited title, a symbol) do not make it that language.
        if (other > 0 && other * 4 >= latin) {
            if (thai >= hangul + kana + han) {
                return AnalysisLanguage.THAI;
            }
            if (hangul >= kana && hangul >= han / 4 && hangul > 0) {
                return AnalysisLanguage.KOREAN;
            }
            return kana > 0 ? AnalysisLanguage.JAPANESE : AnalysisLanguage.CHINESE;
        }
        // Vietnamese marks its tones on nearly every word, with letters no other language writes: one in
        // a few words is enough, a name or two in a long English text are not.
        if (vietnamese > 0 && vietnamese * 20 >= latin) {
            return AnalysisLanguage.VIETNAMESE;
        }
        return null;
    }

    /** đ ơ ư (either case) and the letters with stacked marks of Latin Extended Additional that Vietnamese writes. */
    private static boolean isVietnamese(char c) {
        return c == 'đ' || c == 'Đ' || c == 'ơ' || c == 'Ơ' || c == 'ư' || c == 'Ư' || (c >= '\u1EA0' && c <= '\u1EF9');
    }
}
