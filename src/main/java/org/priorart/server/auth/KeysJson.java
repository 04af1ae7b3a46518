package org.priorart.server.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;

/**
 * The keys as JSON, the same in a keys file and in a shared store: {@code {"version": 1, "keys": [...]}},
 * plus {@code "required": true} in a shared store once a key was created there.
 */
final class KeysJson {

    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** The stored content; {@code required} null in a file. */
    record KeyList(int version, Boolean required, List<ApiKey> keys) {
        KeyList {
            keys = keys == null ? List.of() : keys;
        }

        boolean keysRequired() {
            return Boolean.TRUE.equals(required);
        }
    }

    private KeysJson() {
    }
}
