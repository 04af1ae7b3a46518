package org.priorart.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@link Params} of a JSON object: {@code {"size": 10, "cpc": ["H01M"]}}; JSON types are checked, not coerced. */
final class JsonParams implements Params {

    private final ObjectNode object;

    JsonParams(ObjectNode object) {
        this.object = object;
    }

    @Override
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private JsonNode node(String name) {
        JsonNode v = object.get(name);
        return v == null || v.isNull() ? null : v;
    }

    @Override
    public Params object(String name) {
        JsonNode v = node(name);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            throw wrongType(name, "an object", v);
        }
        return new JsonParams((ObjectNode) v);
    }

    @Override
    public String string(String name) {
        JsonNode v = node(name);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw wrongType(name, "a string", v);
        }
        return v.asText();
    }

    @Override
    public List<String> strings(String name) {
        JsonNode v = node(name);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v.isTextual()) {
            out.add(v.asText());
            return out;
        }
        if (!v.isArray()) {
            throw wrongType(name, "an array of strings", v);
        }
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                throw wrongType(name, "an array of strings", v);
            }
            out.add(item.asText());
        }
        return out;
    }

    @Override
    public Integer integer(String name) {
        JsonNode v = node(name);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw wrongType(name, "a whole number", v);
        }
        return v.intValue();
    }

    @Override
    public Double decimal(String name) {
        JsonNode v = node(name);
        if (v == null) {
            return null;
        }
        if (!v.isNumber()) {
            throw wrongType(name, "a number", v);
        }
        return v.doubleValue();
    }

    @Override
    public Boolean bool(String name) {
        JsonNode v = node(name);
        if (v == null) {
            return null;
        }
        if (!v.isBoolean()) {
            throw wrongType(name, "true or false", v);
        }
        return v.booleanValue();
    }

    private static ApiException wrongType(String name, String expected, JsonNode found) {
        return ApiException.badParameter(name, "field '" + name + "' must be " + expected + ", found "
                + found.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
    }
}
