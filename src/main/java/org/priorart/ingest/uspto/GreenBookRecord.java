package org.priorart.ingest.uspto;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One patent of an APS "Green Book" file, split into its records and fields, with the line each
 * starts on.
 *
 * <p>The format is fixed-field text: a record starts with a line holding only its 4-letter tag
 * ({@code PATN}, {@code INVT}, {@code CLAS}, {@code ABST}, ...); each field of the record is a line
 * with a 3-character field name, two spaces and the value from column 6 ({@code WKU  039373754});
 * a value goes on in continuation lines indented by five spaces. Blank lines occur inside tables.
 * A line of any other shape means the record is corrupted, and the whole patent is rejected: a
 * mangled line can as well be a lost record tag, which would put fields under the wrong record.
 *
 * @param sections the records in file order; the first is the PATN record
 */
record GreenBookRecord(List<Section> sections) {

    private static final Pattern RECORD_TAG = Pattern.compile("^[A-Z]{4}\\s*$");
    private static final Pattern FIELD = Pattern.compile("^[A-Z][A-Z0-9]{2}(?: .*)?$");
    private static final String CONTINUATION = "     ";

    /** One line of input with its 1-based number in the file. */
    record Line(long number, String text) {
    }

    /**
     * One field; a value continued over several lines keeps its lines (tables are laid out in them).
     *
     * @param name  the 3-character field name
     * @param lines the value's lines, the first from column 6 and the continuations from column 6
     * @param line  the number of the field's first line
     */
    record Field(String name, List<String> lines, long line) {

        /** The value on one line, continuation lines joined by single spaces. */
        String value() {
            return XmlText.collapse(String.join(" ", lines));
        }

        /** The first line of the value with only trailing blanks removed, for fixed-column values. */
        String raw() {
            return lines.get(0).stripTrailing();
        }
    }

    /** One record: its tag and its fields in order. */
    record Section(String tag, long line, List<Field> fields) {

        /** The value of the first field with this name, or null. */
        String value(String name) {
            for (Field f : fields) {
                if (f.name().equals(name)) {
                    String v = f.value();
                    return v.isEmpty() ? null : v;
                }
            }
            return null;
        }
    }

    /** The sections with this tag, in order. */
    List<Section> all(String tag) {
        return sections.stream().filter(s -> s.tag().equals(tag)).toList();
    }

    /**
     * Splits a patent's lines (the first is its PATN line) into records and fields.
     *
     * @throws MalformedDocumentException naming the first line that has no valid shape
     */
    static GreenBookRecord parse(List<Line> lines) throws MalformedDocumentException {
        List<Section> sections = new ArrayList<>();
        Section section = null;
        Field field = null;
        for (Line line : lines) {
            String text = line.text();
            if (text.isBlank()) {
                if (field != null) {
                    field.lines().add("");
                }
            } else if (RECORD_TAG.matcher(text).matches()) {
                section = new Section(text.strip(), line.number(), new ArrayList<>());
                sections.add(section);
                field = null;
            } else if (text.startsWith(CONTINUATION)) {
                if (field == null) {
                    throw new MalformedDocumentException("line " + line.number()
                            + ": continuation line without a field before it: '" + shorten(text) + "'");
                }
                field.lines().add(text.substring(CONTINUATION.length()));
            } else if (FIELD.matcher(text).matches()) {
                if (section == null) {
                    throw new MalformedDocumentException("line " + line.number() + ": field outside any record: '"
                            + shorten(text) + "'");
                }
                List<String> value = new ArrayList<>();
                value.add(valueOf(text));
                field = new Field(text.substring(0, 3), value, line.number());
                section.fields().add(field);
            } else {
                throw new MalformedDocumentException("line " + line.number() + ": unrecognized line '" + shorten(text)
                        + "' (expected a 4-letter record tag, a 'TAG  value' field or a continuation line"
                        + " indented by 5 spaces)");
            }
        }
        return new GreenBookRecord(sections);
    }

    /** The value of a field line: from column 6, after the name and (normally) two spaces. */
    private static String valueOf(String text) {
        int start = 3;
        for (int i = 0; i < 2 && start < text.length() && text.charAt(start) == ' '; i++) {
            start++;
        }
        return text.substring(start);
    }

    private static String shorten(String s) {
        String t = s.strip();
        return t.length() > 60 ? t.substring(0, 60) + "..." : t;
    }
}
