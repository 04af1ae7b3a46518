package org.priorart.query;

import java.util.ArrayList;
import java.util.List;
import org.priorart.analysis.AnalyzedTerms;

/**
 * A truncated word: {@code batter*} (right), {@code *charg*} (left and right), {@code adapt?r}
 * ({@code ?} is exactly one character), {@code colo$1r} ({@code $n} is up to n characters, n = 1..9)
 * and {@code $} alone (any number, like {@code *}).
 *
 * <p>Patterns match the exact forms in the index (the words as written, lower-cased and folded like
 * the index folds them), never stems: {@code batter*} is about spellings. The rules below keep a
 * pattern from expanding to a large part of the term dictionary; the expansion limit (see
 * {@link QueryLimits}) catches what they let through.
 * <ul>
 *   <li>at least {@value #MIN_LITERALS} letters or digits, {@value #MIN_LITERALS_LEFT} when the
 *       pattern starts with a wildcard (left truncation walks the whole dictionary);</li>
 *   <li>at most {@value #MAX_WILDCARDS} wildcards and {@value #MAX_LENGTH} characters;</li>
 *   <li>only letters and digits besides the wildcards: the index splits words at punctuation, so
 *       {@code lithium-ion*} could never match.</li>
 * </ul>
 */
public record TruncationPattern(String text, List<Part> parts) {

    static final int MIN_LITERALS = 2;
    static final int MIN_LITERALS_LEFT = 3;
    static final int MAX_WILDCARDS = 8;
    static final int MAX_LENGTH = 64;

    /** One piece of a pattern. */
    public sealed interface Part {
    }

    /** Literal characters, normalized as the index normalizes them. */
    public record Literal(String text) implements Part {
    }

    /** {@code *} or {@code $}: any number of characters. */
    public record Any() implements Part {
    }

    /** {@code ?}: exactly one character. */
    public record One() implements Part {
    }

    /** {@code $n}: zero to n characters. */
    public record UpTo(int n) implements Part {
    }

    public TruncationPattern {
        parts = List.copyOf(parts);
    }

    /** True when the word has a truncation symbol and so is a pattern rather than a plain word. */
    static boolean isPattern(String word) {
        return word.indexOf('*') >= 0 || word.indexOf('?') >= 0 || word.indexOf('$') >= 0;
    }

    /**
     * Reads a pattern.
     *
     * @param position where the word starts in the query, for error messages
     */
    static TruncationPattern parse(String word, int position, String query) throws QuerySyntaxException {
        if (word.length() > MAX_LENGTH) {
            throw new QueryLimitException("truncation '" + abbreviate(word) + "' is longer than " + MAX_LENGTH
                    + " characters", position, query);
        }
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int literals = 0;
        int wildcards = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            int width = Character.charCount(cp);
            if (cp == '*' || cp == '?' || cp == '$') {
                flush(literal, parts);
                wildcards++;
                if (cp == '*') {
                    addAny(parts);
                } else if (cp == '?') {
                    parts.add(new One());
                } else if (i + 1 < word.length() && Character.isDigit(word.charAt(i + 1))) {
                    int n = word.charAt(i + 1) - '0';
                    if (n < 1 || n > 9) {
                        throw new QuerySyntaxException("expected a digit 1-9 after '$' in '" + word + "'",
                                position + i + 1, query, "$n matches up to n characters");
                    }
                    parts.add(new UpTo(n));
                    width = 2;
                } else {
                    addAny(parts);
                }
            } else if (Character.isLetterOrDigit(cp)) {
                literal.appendCodePoint(cp);
                literals++;
            } else {
                throw new QuerySyntaxException("truncation '" + word + "' holds '" + Character.toString(cp) + "'",
                        position + i, query,
                        "only letters and digits can be truncated (the index splits words at punctuation)");
            }
            i += width;
        }
        flush(literal, parts);
        boolean left = !(parts.get(0) instanceof Literal);
        int needed = left ? MIN_LITERALS_LEFT : MIN_LITERALS;
        if (literals < needed) {
            throw new QuerySyntaxException("truncation '" + word + "' needs at least " + needed + " letters or digits"
                    + (left ? " when it starts with a wildcard" : ""), position, query);
        }
        if (wildcards > MAX_WILDCARDS) {
            throw new QueryLimitException("truncation '" + word + "' has more than " + MAX_WILDCARDS + " wildcards",
                    position, query);
        }
        return new TruncationPattern(word, parts);
    }

    private static void addAny(List<Part> parts) {
        // ** is *, and * absorbs a neighbouring $n: fewer states, same language
        if (!parts.isEmpty() && parts.get(parts.size() - 1) instanceof Any) {
            return;
        }
        parts.add(new Any());
    }

    private static void flush(StringBuilder literal, List<Part> parts) {
        if (!literal.isEmpty()) {
            parts.add(new Literal(normalize(literal.toString())));
            literal.setLength(0);
        }
    }

    /** Lower case and ASCII folding: what every analysis chain does to Latin letters before indexing. */
    static String normalize(String s) {
        return AnalyzedTerms.fold(s);
    }

    /** True when the pattern starts with a wildcard. */
    public boolean leftTruncated() {
        return !(parts.get(0) instanceof Literal);
    }

    private static String abbreviate(String s) {
        return s.length() <= 24 ? s : s.substring(0, 24) + "...";
    }
}
