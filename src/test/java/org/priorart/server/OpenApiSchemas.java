package org.priorart.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Checks JSON answers against the schemas of the OpenAPI document, so the document cannot drift from
 * what the server says: types, required and undeclared properties (additionalProperties: false),
 * enums, items, oneOf, $ref and date formats. Enough of JSON Schema for this API's document.
 */
final class OpenApiSchemas {

    private final JsonNode document;

    OpenApiSchemas(JsonNode document) {
        this.document = document;
    }

    /** The operation documented for that path and (lower-case) method, or null. */
    JsonNode operation(String path, String method) {
        JsonNode op = document.path("paths").path(path).path(method);
        return op.isMissingNode() ? null : op;
    }

    /** The violations of a value against a named schema (components/schemas/NAME); empty when valid. */
    List<String> check(String schemaName, JsonNode value) {
        List<String> problems = new ArrayList<>();
        check(document.path("components").path("schemas").path(schemaName), value, "$", problems);
        return problems;
    }

    /** Fails, naming the violations, when an answer is not what its operation documents for its status. */
    void assertValid(String path, String method, Api.Answer a) {
        List<String> problems = checkResponse(path, method, a.status(), a.json());
        assertTrue(problems.isEmpty(), method + " " + path + " " + a.status() + ": " + problems + "\n" + a);
    }

    /** The violations against the schema of an operation's answer with that status. */
    List<String> checkResponse(String path, String method, int status, JsonNode value) {
        JsonNode response = document.path("paths").path(path).path(method).path("responses").path(String.valueOf(status));
        if (response.isMissingNode()) {
            return List.of(method + " " + path + " does not document status " + status);
        }
        response = resolve(response);
        JsonNode schema = response.path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            return List.of(method + " " + path + " " + status + " documents no JSON body");
        }
        List<String> problems = new ArrayList<>();
        check(schema, value, "$", problems);
        return problems;
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            JsonNode target = document;
            for (String part : node.get("$ref").asText().substring(2).split("/")) {
                target = target.path(part);
            }
            if (target.isMissingNode()) {
                throw new IllegalStateException("dangling $ref " + node.get("$ref").asText());
            }
            node = target;
        }
        return node;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> problems) {
        schema = resolve(schema);
        if (schema.has("oneOf")) {
            int matching = 0;
            for (JsonNode option : schema.get("oneOf")) {
                List<String> p = new ArrayList<>();
                check(option, value, at, p);
                matching += p.isEmpty() ? 1 : 0;
            }
            if (matching != 1) {
                problems.add(at + ": matches " + matching + " of the oneOf schemas");
            }
            return;
        }
        String type = schema.path("type").asText(null);
        if (type != null && !typeOk(type, value)) {
            problems.add(at + ": expected " + type + ", found " + value.getNodeType());
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(value);
            }
            if (!found) {
                problems.add(at + ": " + value + " is not in " + schema.get("enum"));
            }
        }
        if ("date".equals(schema.path("format").asText()) && value.isTextual()) {
            try {
                LocalDate.parse(value.asText());
            } catch (DateTimeParseException e) {
                problems.add(at + ": not a date: " + value);
            }
        }
        if (value.isObject()) {
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    problems.add(at + ": missing required property " + required.asText());
                }
            }
            JsonNode properties = schema.path("properties");
            for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (properties.has(name)) {
                    check(properties.get(name), value.get(name), at + "." + name, problems);
                } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
                    problems.add(at + ": undeclared property " + name);
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), at + "[" + i + "]", problems);
            }
        }
    }

    private static boolean typeOk(String type, JsonNode value) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> throw new IllegalStateException("unknown type " + type);
        };
    }
}
