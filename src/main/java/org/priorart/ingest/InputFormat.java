package org.priorart.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.priorart.ingest.epo.EpoXmlReader;
import org.priorart.ingest.uspto.GreenBookReader;
import org.priorart.ingest.uspto.UsptoXmlReader;

/**
 * The input formats PriorArt reads. Within a format the reader tells the variants apart per
 * document: a JSONL line's keys say whether it is canonical, 10k-abstracts or Pap2Pat; an XML
 * document's root element says which USPTO DTD it follows; an EPO XML record's element says whether
 * it is an EP full text or a DOCDB record.
 */
public enum InputFormat {
    /** JSON Lines: canonical PriorArt, the 10k-abstracts shape or the Pap2Pat shape. */
    JSONL("jsonl"),
    /** USPTO XML/SGML full text: grant v4.x, application v4.x and v1.5, SGML/XML v2.x grants. */
    USPTO_XML("uspto-xml"),
    /** The 1976-2001 APS "Green Book" fixed-field text. */
    GREENBOOK("greenbook"),
    /** EPO XML: EP publication-server full text and DOCDB bibliographic records, one or many per file. */
    EPO_XML("epo-xml");

    private final String cliName;

    InputFormat(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public DocumentReader newReader() {
        return switch (this) {
            case JSONL -> new JsonlReader();
            case USPTO_XML -> new UsptoXmlReader();
            case GREENBOOK -> new GreenBookReader();
            case EPO_XML -> new EpoXmlReader();
        };
    }

    /** Parses a --format value; "auto" gives an empty Optional (detect per input). */
    public static Optional<InputFormat> fromCliName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("auto")) {
            return Optional.empty();
        }
        for (InputFormat f : values()) {
            if (f.cliName.equals(n)) {
                return Optional.of(f);
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "'; expected auto, "
                + String.join(", ", Arrays.stream(values()).map(InputFormat::cliName).toList()));
    }

    /**
     * Detects the format of an input from its name and first bytes: empty and binary inputs are
     * refused whatever their name; a telling extension (.jsonl, .xml, ...) decides next, so that a
     * JSONL file whose first line is broken is still read line by line; the content decides last.
     *
     * @throws UnknownFormatException saying what the bytes looked like
     */
    public static InputFormat detect(String name, byte[] head, int length) throws UnknownFormatException {
        InputFormat byContent = null;
        UnknownFormatException unknown = null;
        try {
            byContent = detect(head, length);
        } catch (UnknownFormatException e) {
            if (e.notText()) {
                throw e;
            }
            unknown = e;
        }
        String n = name.toLowerCase(Locale.ROOT).replaceFirst("\\.(gz|gzip)$", "");
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
            return JSONL;
        }
        if (n.endsWith(".xml") || n.endsWith(".sgm") || n.endsWith(".sgml")) {
            return byContent == EPO_XML ? EPO_XML : USPTO_XML;
        }
        if (byContent != null) {
            return byContent;
        }
        throw unknown;
    }

    /**
     * Detects the format from the first bytes of the decompressed input.
     *
     * @throws UnknownFormatException saying what the bytes looked like
     */
    public static InputFormat detect(byte[] head, int length) throws UnknownFormatException {
        int i = 0;
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3; // UTF-8 byte order mark
        }
        while (i < length && Character.isWhitespace(head[i])) {
            i++;
        }
        if (i >= length) {
            throw new UnknownFormatException(length == 0 ? "the file is empty" : "the file holds only white space", true);
        }
        int binary = 0;
        for (int j = 0; j < length; j++) {
            int b = head[j] & 0xFF;
            if (b == 0 || (b < 0x09) || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                binary++;
            }
        }
        if (binary > 0) {
            throw new UnknownFormatException("binary data (" + binary + " control bytes in the first "
                    + length + "); not a patent text format", true);
        }
        String start = new String(head, i, Math.min(length - i, 64), StandardCharsets.ISO_8859_1);
        if (start.startsWith("{")) {
            return JSONL;
        }
        if (start.startsWith("<")) {
            return isEpo(head, length) ? EPO_XML : USPTO_XML;
        }
        if (start.startsWith("HHHHHT") || start.startsWith("PATN")) {
            return GREENBOOK;
        }
        String shown = start.lines().findFirst().orElse("");
        throw new UnknownFormatException("unrecognized content starting with '"
                + (shown.length() > 40 ? shown.substring(0, 40) + "..." : shown)
                + "'; expected JSON Lines, USPTO XML/SGML, EPO XML or Green Book text (or give --format)");
    }

    /** EPO XML shows its record element (or DOCDB's wrapper) in the first bytes: after a declaration and a DOCTYPE at most. */
    private static boolean isEpo(byte[] head, int length) {
        String text = new String(head, 0, length, StandardCharsets.ISO_8859_1);
        return text.contains("<ep-patent-document") || text.contains("exchange-document");
    }

    /** The input is in no format PriorArt knows. */
    public static final class UnknownFormatException extends Exception {

        private static final long serialVersionUID = 1L;
        private final boolean notText;

        /** Text in no known format: a telling file name may still decide. */
        public UnknownFormatException(String message) {
            this(message, false);
        }

        /** @param notText the input is no text at all (empty, white space, binary): refused whatever its name */
        public UnknownFormatException(String message, boolean notText) {
            super(message);
            this.notText = notText;
        }

        /** Whether the input is no text at all, which no file name makes readable. */
        public boolean notText() {
            return notText;
        }
    }
}
