package org.priorart.patent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One patent publication as PriorArt knows it. Only the publication number is required: every other
 * field may be null or empty, because real collections are uneven.
 *
 * @param number            the normalized publication number (the document's identity)
 * @param applicationNumber the application number as given by the source, or null
 * @param title             the title, or null
 * @param abstractText      the abstract, or null
 * @param claims            the numbered claims in order
 * @param description       the description paragraphs in order
 * @param cpc               CPC codes, normalized by {@link ClassificationCode#normalize}
 * @param ipc               IPC codes, normalized the same way
 * @param applicants        applicants and assignees (people or organisations)
 * @param inventors         inventor names
 * @param filingDate        the application's filing date
 * @param priorityDate      the earliest priority date claimed, or null when none is claimed
 * @param publicationDate   the date of this publication (grant date for a grant)
 * @param familyId          the patent family identifier where the source has one
 * @param citations         references cited by this document
 * @param language          ISO 639-1 code of the text ("en", "de", "ko"...); null means unknown (detected)
 * @param translations      the title, abstract and claims in other languages, one entry per language
 */
public record PatentDocument(
        PublicationNumber number,
        String applicationNumber,
        String title,
        String abstractText,
        List<Claim> claims,
        List<DescriptionParagraph> description,
        List<String> cpc,
        List<String> ipc,
        List<String> applicants,
        List<String> inventors,
        LocalDate filingDate,
        LocalDate priorityDate,
        LocalDate publicationDate,
        String familyId,
        List<Citation> citations,
        String language,
        List<Translation> translations) {

    public PatentDocument {
        Objects.requireNonNull(number, "publication number");
        claims = listOf(claims);
        description = listOf(description);
        cpc = listOf(cpc);
        ipc = listOf(ipc);
        applicants = listOf(applicants);
        inventors = listOf(inventors);
        citations = listOf(citations);
        title = blankToNull(title);
        abstractText = blankToNull(abstractText);
        familyId = blankToNull(familyId);
        language = blankToNull(language);
        translations = listOf(translations);
    }

    /** The document as before this change of the model: no translations. */
    public PatentDocument(PublicationNumber number, String applicationNumber, String title, String abstractText,
                          List<Claim> claims, List<DescriptionParagraph> description, List<String> cpc, List<String> ipc,
                          List<String> applicants, List<String> inventors, LocalDate filingDate, LocalDate priorityDate,
                          LocalDate publicationDate, String familyId, List<Citation> citations, String language) {
        this(number, applicationNumber, title, abstractText, claims, description, cpc, ipc, applicants, inventors,
                filingDate, priorityDate, publicationDate, familyId, citations, language, List.of());
    }

    /** The translation in a language, or null. */
    public Translation translation(String languageCode) {
        return translations.stream().filter(t -> t.language().equals(languageCode)).findFirst().orElse(null);
    }

    /** The identity key used by the index ({@link PublicationNumber#key()}). */
    public String id() {
        return number.key();
    }

    /**
     * The effective date against which prior art is judged: the earliest priority date, else the
     * filing date, else (when the source has neither) the publication date.
     */
    /**
     * The text a document's language is told from when it does not declare one: title, abstract and
     * first claim (the description can be long and is often the same language anyway).
     */
    public String languageSample() {
        StringBuilder s = new StringBuilder();
        if (title != null) {
            s.append(title).append(' ');
        }
        if (abstractText != null) {
            s.append(abstractText).append(' ');
        }
        if (!claims.isEmpty()) {
            s.append(claims.get(0).text());
        }
        return s.toString();
    }

    public LocalDate effectiveDate() {
        if (priorityDate != null) {
            return priorityDate;
        }
        return filingDate != null ? filingDate : publicationDate;
    }

    /** Independent claims only, in order. */
    public List<Claim> independentClaims() {
        return claims.stream().filter(Claim::independent).toList();
    }

    public static Builder builder(PublicationNumber number) {
        return new Builder(number);
    }

    public Builder toBuilder() {
        Builder b = new Builder(number);
        b.applicationNumber = applicationNumber;
        b.title = title;
        b.abstractText = abstractText;
        b.claims.addAll(claims);
        b.description.addAll(description);
        b.cpc.addAll(cpc);
        b.ipc.addAll(ipc);
        b.applicants.addAll(applicants);
        b.inventors.addAll(inventors);
        b.filingDate = filingDate;
        b.priorityDate = priorityDate;
        b.publicationDate = publicationDate;
        b.familyId = familyId;
        b.citations.addAll(citations);
        b.language = language;
        b.translations.addAll(translations);
        return b;
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Mutable builder used by the readers, which discover fields in document order. */
    public static final class Builder {
        private PublicationNumber number;
        private String applicationNumber;
        private String title;
        private String abstractText;
        private final List<Claim> claims = new ArrayList<>();
        private final List<DescriptionParagraph> description = new ArrayList<>();
        private final List<String> cpc = new ArrayList<>();
        private final List<String> ipc = new ArrayList<>();
        private final List<String> applicants = new ArrayList<>();
        private final List<String> inventors = new ArrayList<>();
        private LocalDate filingDate;
        private LocalDate priorityDate;
        private LocalDate publicationDate;
        private String familyId;
        private final List<Citation> citations = new ArrayList<>();
        private String language;
        private final List<Translation> translations = new ArrayList<>();

        private Builder(PublicationNumber number) {
            this.number = number;
        }

        public Builder number(PublicationNumber v) { this.number = v; return this; }
        public Builder applicationNumber(String v) { this.applicationNumber = v; return this; }
        public Builder title(String v) { this.title = v; return this; }
        public Builder abstractText(String v) { this.abstractText = v; return this; }
        public Builder claim(Claim v) { this.claims.add(v); return this; }
        public Builder claims(List<Claim> v) { this.claims.clear(); this.claims.addAll(v); return this; }
        public Builder paragraph(DescriptionParagraph v) { this.description.add(v); return this; }
        public Builder description(List<DescriptionParagraph> v) { this.description.clear(); this.description.addAll(v); return this; }

        /** Adds a CPC code; blank, unparseable and repeated codes are ignored. */
        public Builder cpc(String code) { addCode(cpc, code); return this; }
        /** Adds an IPC code; blank, unparseable and repeated codes are ignored. */
        public Builder ipc(String code) { addCode(ipc, code); return this; }
        public Builder applicant(String v) { addName(applicants, v); return this; }
        public Builder inventor(String v) { addName(inventors, v); return this; }
        public Builder filingDate(LocalDate v) { this.filingDate = v; return this; }
        /** Keeps the earliest of the priority dates given. */
        public Builder priorityDate(LocalDate v) {
            if (v != null && (priorityDate == null || v.isBefore(priorityDate))) {
                priorityDate = v;
            }
            return this;
        }
        public Builder publicationDate(LocalDate v) { this.publicationDate = v; return this; }
        public Builder familyId(String v) { this.familyId = v; return this; }
        public Builder citation(Citation v) { this.citations.add(v); return this; }
        public Builder language(String v) { this.language = v; return this; }

        /** Adds a translation; one in a language already given fills that one's gaps; an empty one is ignored. */
        public Builder translation(Translation v) {
            if (v == null || v.isEmpty()) {
                return this;
            }
            for (int i = 0; i < translations.size(); i++) {
                if (translations.get(i).language().equals(v.language())) {
                    translations.set(i, translations.get(i).orElse(v));
                    return this;
                }
            }
            translations.add(v);
            return this;
        }
        public Builder translations(List<Translation> v) { this.translations.clear(); v.forEach(this::translation); return this; }
        public Builder citations(List<Citation> v) { this.citations.clear(); this.citations.addAll(v); return this; }

        public PublicationNumber number() { return number; }
        public List<Claim> claims() { return claims; }
        public List<DescriptionParagraph> description() { return description; }
        public List<Citation> citations() { return citations; }
        public List<Translation> translations() { return translations; }
        public String language() { return language; }
        public String title() { return title; }
        public String abstractText() { return abstractText; }
        public String familyId() { return familyId; }

        private static void addCode(List<String> codes, String raw) {
            String code = ClassificationCode.normalize(raw);
            if (code != null && !codes.contains(code)) {
                codes.add(code);
            }
        }

        private static void addName(List<String> names, String raw) {
            if (raw != null && !raw.isBlank() && !names.contains(raw.strip())) {
                names.add(raw.strip());
            }
        }

        public PatentDocument build() {
            return new PatentDocument(number, applicationNumber, title, abstractText, claims, description,
                    cpc, ipc, applicants, inventors, filingDate, priorityDate, publicationDate, familyId,
                    citations, language, translations);
        }
    }
}
