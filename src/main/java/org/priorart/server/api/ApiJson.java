package org.priorart.server.api;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import org.priorart.search.Json;

/**
 * The JSON of the API: the shared settings ({@link Json}: ISO dates, no nulls) with snake_case
 * names, as REST APIs write them, and {@code < > &} written as {@code \u003c} etc., so that a value
 * echoing client input (an id like {@code <script>}) stays inert even where JSON ends up in HTML.
 */
public final class ApiJson {

    private static final ObjectMapper MAPPER = Json.mapper().copy()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    static {
        MAPPER.getFactory().setCharacterEscapes(new HtmlSafe());
    }

    private ApiJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static final class HtmlSafe extends CharacterEscapes {
        private final int[] escapes = standardAsciiEscapesForJSON();

        HtmlSafe() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
