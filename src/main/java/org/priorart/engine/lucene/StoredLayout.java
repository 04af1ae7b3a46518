package org.priorart.engine.lucene;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Where a document's texts lie in the stored text fields, so that they are stored once and read
 * back whole. Each text field holds the document's own values first (its title; its claims in
 * order; its paragraphs), then those of each translation in order. The stored metadata (the
 * canonical JSON, {@link IndexFields#META}) keeps everything but the texts; for a document with
 * translations it also says whether the document has a title and an abstract of its own
 * ({@code own_texts}), and each translation's title and abstract are left as {@code true} markers,
 * its claims without their text. Documents without translations are stored as before.
 */
final class StoredLayout {

    private static final String OWN = "own_texts";

    private StoredLayout() {
    }

    /** Takes the texts out of a document's canonical JSON (they are stored in their fields). */
    static void strip(ObjectNode o) {
        boolean ownTitle = o.has("title");
        boolean ownAbstract = o.has("abstract");
        o.remove("title");
        o.remove("abstract");
        removeTexts(o.get("claims"));
        removeTexts(o.get("description"));
        JsonNode translations = o.get("translations");
        if (translations != null) {
            o.putObject(OWN).put("title", ownTitle).put("abstract", ownAbstract);
            for (JsonNode t : translations) {
                ObjectNode tn = (ObjectNode) t;
                mark(tn, "title");
                mark(tn, "abstract");
                removeTexts(tn.get("claims"));
            }
        }
    }

    /** Puts the stored texts back into the metadata, which is then the document's canonical JSON. */
    static void fill(ObjectNode o, List<String> titles, List<String> abstracts, List<String> claims, List<String> paragraphs) {
        JsonNode own = o.remove(OWN);
        JsonNode translations = o.get("translations");
        int title = 0;
        int abstractValue = 0;
        if (own == null || own.path("title").asBoolean()) {
            title = put(o, "title", titles, title);
        }
        if (own == null || own.path("abstract").asBoolean()) {
            abstractValue = put(o, "abstract", abstracts, abstractValue);
        }
        int claim = fillTexts(o.get("claims"), claims, 0);
        fillTexts(o.get("description"), paragraphs, 0);
        if (translations != null) {
            for (JsonNode t : translations) {
                ObjectNode tn = (ObjectNode) t;
                title = tn.has("title") ? put(tn, "title", titles, title) : title;
                abstractValue = tn.has("abstract") ? put(tn, "abstract", abstracts, abstractValue) : abstractValue;
                claim = fillTexts(tn.get("claims"), claims, claim);
            }
        }
    }

    /**
     * Where a value of a text field sits when it belongs to a translation ({@code "claim 3 (de)"},
     * {@code "title (fr)"}), or null when it is one of the document's own values.
     */
    static String translationLocation(JsonNode meta, String field, int valueIndex) {
        JsonNode translations = meta.get("translations");
        if (translations == null) {
            return null;
        }
        JsonNode own = meta.path(OWN);
        int at = switch (field) {
            case IndexFields.TITLE -> own.path("title").asBoolean() ? 1 : 0;
            case IndexFields.ABSTRACT -> own.path("abstract").asBoolean() ? 1 : 0;
            case IndexFields.CLAIMS -> meta.path("claims").size();
            default -> Integer.MAX_VALUE;
        };
        if (valueIndex < at) {
            return null;
        }
        for (JsonNode t : translations) {
            String language = t.path("language").asText();
            switch (field) {
                case IndexFields.TITLE, IndexFields.ABSTRACT -> {
                    String key = field.equals(IndexFields.TITLE) ? "title" : "abstract";
                    if (t.has(key) && at++ == valueIndex) {
                        return key + " (" + language + ")";
                    }
                }
                case IndexFields.CLAIMS -> {
                    JsonNode list = t.path("claims");
                    if (valueIndex < at + list.size()) {
                        return "claim " + list.get(valueIndex - at).path("number").asInt(valueIndex - at + 1) + " (" + language + ")";
                    }
                    at += list.size();
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    private static void mark(ObjectNode o, String key) {
        if (o.has(key)) {
            o.put(key, true);
        }
    }

    private static void removeTexts(JsonNode items) {
        if (items != null) {
            for (JsonNode item : items) {
                ((ObjectNode) item).remove("text");
            }
        }
    }

    private static int put(ObjectNode o, String key, List<String> values, int at) {
        if (at < values.size()) {
            o.put(key, values.get(at));
            return at + 1;
        }
        o.remove(key);
        return at;
    }

    private static int fillTexts(JsonNode items, List<String> values, int at) {
        if (items instanceof ArrayNode array) {
            for (JsonNode item : array) {
                if (at < values.size()) {
                    ((ObjectNode) item).put("text", values.get(at++));
                }
            }
        }
        return at;
    }
}
