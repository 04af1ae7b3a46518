package org.priorart.ingest.uspto;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorart.ingest.uspto.GreenBookRecord.Field;
import org.priorart.ingest.uspto.GreenBookRecord.Section;
import org.priorart.patent.Citation;
import org.priorart.patent.Claim;
import org.priorart.patent.DescriptionParagraph;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.PublicationNumber;

/**
 * Maps one Green Book patent ({@link GreenBookRecord}) to a {@link PatentDocument}.
 *
 * <p>The patent number is the WKU field: nine characters, the number padded with zeros after its
 * series prefix (none for utility patents, D design, PP plant, RE reissue, H statutory invention
 * registration, T defensive publication), then a check digit, which is dropped
 * ({@code 039373754} is US 3,937,375). The Green Book carries no kind codes; the kind is the one
 * WIPO ST.16 and the EPO's DOCDB give these documents, so that a Green Book patent has the number
 * other sources cite it by: A for a utility patent (the pre-2001 grant kind), S design, P plant,
 * E reissue, H statutory invention registration; none for defensive publications.
 *
 * <p>The application number is written as in the XML era, series code and serial number
 * ({@code SRC 5}, {@code APN 5184541} become 05518454; the seventh APN digit is a check digit). The
 * priority date is the earliest foreign priority (PRIR); related US applications (RLAP) and PCT
 * data (PCTA) are not priority claims. Cited references are the US patents (UREF), foreign patents
 * (FREF, country from the three-letter code, "JPX" is JP) and other references (OREF, as text). The
 * text keeps the Green Book's own conventions for sub- and superscripts ("D.sub.1").
 */
final class GreenBookMapper {

    private static final Pattern WKU = Pattern.compile("^([A-Z]{0,2})(\\d+)$");
    private static final Set<String> TEXT_FIELDS = Set.of("PAR", "PAL", "PA0", "PA1", "PA2", "PA3", "PA4", "PA5",
            "PA6", "PA7", "PA8", "PA9", "TBL", "EQU");
    private static final Set<String> DESCRIPTION_RECORDS = Set.of("PARN", "GOVT", "BSUM", "DRWD", "DETD");
    private static final Pattern TABLE_RULE = Pattern.compile("_{3,}|-{5,}|={5,}");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,4})");

    private GreenBookMapper() {
    }

    static PatentDocument map(GreenBookRecord record) throws MalformedDocumentException {
        Section patn = record.sections().get(0);
        PublicationNumber number = number(patn.value("WKU"), patn);
        try {
            return map(record, patn, number);
        } catch (MalformedDocumentException e) {
            throw new MalformedDocumentException(e.getMessage(), number.toString());
        }
    }

    private static PatentDocument map(GreenBookRecord record, Section patn, PublicationNumber number)
            throws MalformedDocumentException {
        PatentDocument.Builder b = PatentDocument.builder(number);
        b.applicationNumber(applicationNumber(patn.value("SRC"), patn.value("APN")));
        b.title(patn.value("TTL"));
        b.filingDate(UsptoDates.required(patn.value("APD"), fieldAt(patn, "APD")));
        b.publicationDate(UsptoDates.required(patn.value("ISD"), fieldAt(patn, "ISD")));
        for (Section s : record.sections()) {
            switch (s.tag()) {
                case "INVT" -> b.inventor(PersonNames.fromFamilyFirst(s.value("NAM")));
                case "ASSG" -> b.applicant(PersonNames.fromFamilyFirst(s.value("NAM")));
                case "PRIR" -> b.priorityDate(UsptoDates.lenient(s.value("APD")));
                case "CLAS" -> s.fields().stream().filter(f -> f.name().equals("ICL"))
                        .forEach(f -> b.ipc(UsptoClassification.ipc(f.raw())));
                case "UREF" -> cite(b, "US", s);
                case "FREF" -> cite(b, country(s.value("CNT")), s);
                case "OREF" -> s.fields().stream().filter(f -> TEXT_FIELDS.contains(f.name()))
                        .map(Field::value).filter(v -> !v.isEmpty())
                        .forEach(v -> b.citation(new Citation(null, v, null, null)));
                default -> {
                    // the other records (EXP, LREP, RLAP, PCTA, ...) have nothing PriorArt keeps
                }
            }
        }
        b.abstractText(abstractText(record.all("ABST")));
        b.description(description(record));
        b.claims(claims(record));
        b.language("en");
        return b.build();
    }

    private static void cite(PatentDocument.Builder b, String country, Section reference) {
        String pno = reference.value("PNO");
        if (pno != null) {
            b.citation(UsptoNumbers.cited(country, pno, null, UsptoDates.lenient(reference.value("ISD")), null));
        }
    }

    /** "WKU  039373754" → US3937375A; see the class comment. */
    private static PublicationNumber number(String wku, Section patn) throws MalformedDocumentException {
        if (wku == null) {
            throw new MalformedDocumentException("no patent number: the PATN record at line " + patn.line()
                    + " has no WKU field");
        }
        PublicationNumber parsed = patentNumber(wku);
        if (parsed == null) {
            throw new MalformedDocumentException(fieldAt(patn, "WKU") + ": '" + wku
                    + "' is not a patent number (expected 9 characters: series prefix, zero-padded number, check digit)");
        }
        return parsed;
    }

    /** The publication number a WKU value stands for, or null when it is not one. */
    static PublicationNumber patentNumber(String wku) {
        Matcher m = WKU.matcher(wku == null ? "" : wku.strip());
        if (!m.matches() || m.group().length() != 9) {
            return null;
        }
        String kind = switch (m.group(1)) {
            case "" -> "A";
            case "D" -> "S";
            case "PP" -> "P";
            case "RE" -> "E";
            case "H" -> "H";
            default -> null;
        };
        return PublicationNumber.tryParse("US" + m.group().substring(0, 8) + (kind == null ? "" : kind));
    }

    private static String applicationNumber(String series, String apn) {
        if (apn == null) {
            return null;
        }
        String serial = apn.length() == 7 && apn.chars().allMatch(Character::isDigit) ? apn.substring(0, 6) : apn;
        if (series != null && series.matches("\\d{1,2}")) {
            return (series.length() == 1 ? "0" + series : series) + serial;
        }
        return serial;
    }

    /** Green Book country codes are the ST.3 code followed by X ("JPX", "DEX"). */
    private static String country(String code) {
        if (code == null || code.length() < 2) {
            return null;
        }
        return code.substring(0, 2);
    }

    private static String abstractText(List<Section> sections) {
        StringJoiner joined = new StringJoiner(" ");
        for (Section s : sections) {
            for (Field f : s.fields()) {
                if (TEXT_FIELDS.contains(f.name())) {
                    String t = text(f);
                    if (!t.isEmpty()) {
                        joined.add(t);
                    }
                }
            }
        }
        String s = joined.toString();
        return s.isEmpty() ? null : s;
    }

    /** The description records in order; PAC fields are headings, each record starts without one. */
    private static List<DescriptionParagraph> description(GreenBookRecord record) {
        List<DescriptionParagraph> paragraphs = new ArrayList<>();
        for (Section s : record.sections()) {
            if (!DESCRIPTION_RECORDS.contains(s.tag())) {
                continue;
            }
            String heading = null;
            for (Field f : s.fields()) {
                if (f.name().equals("PAC")) {
                    heading = f.value();
                } else if (TEXT_FIELDS.contains(f.name())) {
                    String t = text(f);
                    if (!t.isEmpty()) {
                        paragraphs.add(new DescriptionParagraph(paragraphs.size() + 1, heading, t));
                    }
                }
            }
        }
        return paragraphs;
    }

    /** CLMS (and the design claim record DCLM): a NUM field starts a claim, text fields add to it. */
    private static List<Claim> claims(GreenBookRecord record) {
        List<ClaimsBuilder.RawClaim> raw = new ArrayList<>();
        for (Section s : record.sections()) {
            if (!s.tag().equals("CLMS") && !s.tag().equals("DCLM")) {
                continue;
            }
            int declared = 0;
            StringJoiner claim = null;
            for (Field f : s.fields()) {
                if (f.name().equals("NUM")) {
                    addClaim(raw, declared, claim);
                    declared = leadingNumber(f.value());
                    claim = new StringJoiner(" ");
                } else if (TEXT_FIELDS.contains(f.name())) {
                    if (claim == null) {
                        claim = new StringJoiner(" ");
                    }
                    claim.add(text(f));
                }
            }
            addClaim(raw, declared, claim);
        }
        return ClaimsBuilder.build(raw);
    }

    private static void addClaim(List<ClaimsBuilder.RawClaim> raw, int declared, StringJoiner claim) {
        if (claim != null && !claim.toString().isBlank()) {
            raw.add(new ClaimsBuilder.RawClaim(null, declared, claim.toString(), List.of()));
        }
    }

    private static int leadingNumber(String value) {
        Matcher m = LEADING_NUMBER.matcher(value == null ? "" : value);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** A field's text; a table (TBL) loses its ruling lines of underscores. */
    private static String text(Field f) {
        String v = f.value();
        return f.name().equals("TBL") ? XmlText.collapse(TABLE_RULE.matcher(v).replaceAll(" ")) : v;
    }

    private static String fieldAt(Section s, String name) {
        for (Field f : s.fields()) {
            if (f.name().equals(name)) {
                return "field " + name + " at line " + f.line();
            }
        }
        return "field " + name;
    }
}
