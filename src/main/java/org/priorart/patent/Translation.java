package org.priorart.patent;

import java.util.List;

/**
 * The texts of a publication in a language other than its own: the French title and claims of an EP
 * grant in English, the English abstract DOCDB gives of a Japanese publication. Each is indexed and
 * searched in its own language; the document's own texts ({@link PatentDocument#title()},
 * {@link PatentDocument#claims()}...) stay those of its language (for an EP document, the language
 * of the proceedings).
 *
 * @param language     ISO 639-1 code
 * @param title        the title in that language, or null
 * @param abstractText the abstract in that language, or null
 * @param claims       the claims in that language, in order (empty when not given)
 */
public record Translation(String language, String title, String abstractText, List<Claim> claims) {

    public Translation {
        if (language == null || language.isBlank()) {
            throw new IllegalArgumentException("a translation needs its language");
        }
        language = language.strip().toLowerCase(java.util.Locale.ROOT);
        title = title == null || title.isBlank() ? null : title.strip();
        abstractText = abstractText == null || abstractText.isBlank() ? null : abstractText.strip();
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    /** True when it holds no text at all. */
    public boolean isEmpty() {
        return title == null && abstractText == null && claims.isEmpty();
    }

    /** This translation with the texts of another in the same language filling its gaps. */
    public Translation orElse(Translation other) {
        if (other == null) {
            return this;
        }
        return new Translation(language, title != null ? title : other.title(),
                abstractText != null ? abstractText : other.abstractText(), claims.isEmpty() ? other.claims() : claims);
    }
}
