package org.priorart.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.http.Context;
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

    /**
     * Answers with the value as JSON, written to bytes directly. Javalin's {@code ctx.json} goes
     * through a String (for a document of 8 MB: 16 MB of characters, an 8 MB String, then its 8 MB of
     * bytes); this makes the bytes alone, for the answers that can be large.
     */
    static void answer(Context ctx, Object value) throws JsonProcessingException {
        ctx.contentType("application/json").result(MAPPER.writeValueAsBytes(value));
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
