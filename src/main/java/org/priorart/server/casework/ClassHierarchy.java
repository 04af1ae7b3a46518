package org.priorart.server.casework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.priorart.error.UserInputException;
import org.priorart.patent.ClassificationCode;

/**
 * A CPC symbol's place in the hierarchy: section, class, subclass, main group and subgroup, each
 * with the prefix that searches it, and a title where the data has one. The only CPC titles the
 * project may carry are the USPTO's sample scheme of subclass A01L (public domain, see
 * {@code cpc-titles-SOURCE.md}); for any other class the levels come without titles, and the
 * answer says where titles come from.
 */
public final class ClassHierarchy {

    /** Where the titles come from, said with every answer. */
    public static final String TITLES_SOURCE = "CPC titles: the USPTO sample scheme of subclass A01L only "
            + "(USPTO PatentPublicData, public domain); other classes are shown without titles";

    private static final Pattern SYMBOL = Pattern.compile("^([A-HY])(\\d{2})([A-Z])(?:(\\d{1,4})(?:/(\\d{2,6}))?)?$");
    private static final Map<String, String> TITLES = load();

    private ClassHierarchy() {
    }

    /** One level: its name (section ... subgroup), its symbol, the prefix that searches it, its title or null. */
    public record Level(String level, String symbol, String prefix, String title) {
    }

    /** The symbol, normalized, and its levels from the section down. */
    public record Place(String symbol, List<Level> levels, String titles) {
    }

    /**
     * The levels of a CPC symbol or prefix down to itself ({@code H01M10/0525}, {@code H01M 10/04},
     * {@code H01M}).
     *
     * @throws UserInputException (parameter {@code symbol}) when it is not a CPC symbol or subclass
     */
    public static Place of(String raw) {
        String s = raw == null ? "" : raw.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
        String normal = s.contains("/") ? ClassificationCode.normalize(s) : s.replaceFirst("^([A-HY]\\d{2}[A-Z])0*(\\d)", "$1$2");
        Matcher m = normal == null ? null : SYMBOL.matcher(normal);
        if (m == null || !m.matches()) {
            throw new UserInputException("symbol", "not a CPC symbol: '" + (s.length() > 40 ? s.substring(0, 40) + "…" : s)
                    + "' (e.g. H01M, H01M10/04)");
        }
        List<Level> levels = new ArrayList<>(5);
        String section = m.group(1);
        String cls = section + m.group(2);
        String subclass = cls + m.group(3);
        levels.add(level("section", section, section));
        levels.add(level("class", cls, cls));
        levels.add(level("subclass", subclass, subclass));
        if (m.group(4) != null) {
            String group = subclass + m.group(4);
            levels.add(level("group", group + "/00", group));
            if (m.group(5) != null && !m.group(5).matches("0+")) {
                String sub = group + "/" + m.group(5);
                levels.add(level("subgroup", sub, sub));
            }
        }
        return new Place(levels.get(levels.size() - 1).symbol(), levels, TITLES_SOURCE);
    }

    private static Level level(String name, String symbol, String prefix) {
        return new Level(name, symbol, prefix, TITLES.get(symbol));
    }

    /** Reads the titles of the sample scheme: each classification item's own title parts (not its references). */
    private static Map<String, String> load() {
        Map<String, String> titles = new HashMap<>();
        try (InputStream in = ClassHierarchy.class.getResourceAsStream("cpc-scheme-A01L.xml")) {
            if (in == null) {
                throw new IOException("cpc-scheme-A01L.xml is missing from the jar");
            }
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader r = factory.createXMLStreamReader(in);
            Deque<String> path = new ArrayDeque<>();
            String symbol = null;
            StringBuilder text = null;
            List<String> parts = new ArrayList<>();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    String name = r.getLocalName();
                    // A title part's own text: <title-part><text>, not the text inside its references.
                    if (name.equals("text") && "title-part".equals(path.peek())) {
                        text = new StringBuilder();
                    } else if (name.equals("classification-symbol")) {
                        text = new StringBuilder();
                    }
                    path.push(name);
                } else if (event == XMLStreamReader.CHARACTERS && text != null) {
                    text.append(r.getText());
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    String name = path.pop();
                    if (name.equals("classification-symbol") && text != null) {
                        symbol = text.toString().strip();
                        parts.clear();
                        text = null;
                    } else if (name.equals("text") && text != null) {
                        parts.add(text.toString().strip());
                        text = null;
                    } else if (name.equals("class-title") && symbol != null && !parts.isEmpty()) {
                        titles.put(symbol, String.join("; ", parts));
                    }
                }
            }
            r.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the CPC sample scheme cannot be read", e);
        }
        return Map.copyOf(titles);
    }
}
