package org.priorart.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entity-expansion ("billion laughs") documents for tests, made from a real USPTO grant
 * (src/test/resources/uspto/xml2014/US08930553.xml) by declaring entities in its empty internal
 * subset and referring to them in its abstract.
 */
public final class EntityBombs {

    /** The grant the bombs are made of, and the number it has. */
    public static final Path GRANT = Path.of("src/test/resources/uspto/xml2014/US08930553.xml");
    public static final String GRANT_NUMBER = "US8930553B2";

    private EntityBombs() {
    }

    /** Ten levels of ten: 10^9 expansions of "lol" from about 1 KB of declarations. */
    public static String nested() {
        StringBuilder dtd = new StringBuilder("\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        return grant(dtd.toString(), "&lol9;");
    }

    /**
     * The nesting hidden in a parameter entity: the DTD text has no entity reference in an entity
     * value, only character references that become one when the parameter entity is expanded.
     */
    public static String nestedThroughAParameterEntity() {
        String dtd = "\n<!ENTITY lol0 \"lol\">\n<!ENTITY % hide \"<!ENTITY lol1 '" + "&#38;lol0;".repeat(10) + "'>\">\n%hide;\n";
        return grant(dtd, "&lol1;");
    }

    /** One flat entity of 90,000 characters referred to 3,000 times: 270 MB of text from a file of about 300 KB. */
    public static String wide() {
        return grant("\n<!ENTITY big \"" + "lol ".repeat(22_500) + "\">\n", "&big;".repeat(3_000));
    }

    public static Path write(Path file, String xml) {
        try {
            return Files.writeString(file, xml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String grant(String internalSubset, String abstractText) {
        try {
            String xml = Files.readString(GRANT, StandardCharsets.UTF_8);
            String declared = xml.replace("-2014-04-03.dtd\" [ ]>", "-2014-04-03.dtd\" [" + internalSubset + "]>");
            String bomb = declared.replace("<p id=\"p-0001\" num=\"0000\">", "<p id=\"p-0001\" num=\"0000\">" + abstractText);
            if (declared.equals(xml) || bomb.equals(declared)) {
                throw new IllegalStateException(GRANT + " no longer has the empty internal subset or the abstract paragraph");
            }
            return bomb;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
