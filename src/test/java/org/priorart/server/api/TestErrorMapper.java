package org.priorart.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.priorart.engine.EngineUnavailableException;
import org.priorart.error.UserInputException;
import org.priorart.patent.PublicationNumber;
import org.priorart.server.session.Category;

/**
 * A user's mistake is a 400 that names the input; any other exception, an IllegalArgumentException
 * of the code's own checks included, is the server's fault: a 500 with a reference, its message kept
 * in the log (issue 12: before, every IllegalArgumentException was a 400 with its text).
 */
class TestErrorMapper {

    @Test
    void userInputIsA400NamingTheParameterItNames() {
        ApiException e = ErrorMapper.toApi(assertThrowsUser(() -> Category.parse("Q")));
        assertEquals(400, e.status());
        assertEquals("bad_request", e.code());
        assertEquals(Map.of("parameter", "category"), e.body().details());

        ApiException whole = ErrorMapper.toApi(new UserInputException("the query is empty"));
        assertEquals(400, whole.status());
        assertEquals(Map.of(), whole.body().details());

        ApiException number = ErrorMapper.toApi(assertThrowsUser(() -> PublicationNumber.parse("no number")));
        assertEquals(400, number.status());
    }

    @Test
    void anInternalIllegalArgumentIsA500WithoutItsText() {
        ApiException e = ErrorMapper.toApi(new IllegalArgumentException("k must be at least 1, was 0"));
        assertEquals(500, e.status());
        assertEquals("internal", e.code());
        assertFalse(e.body().message().contains("k must be"), e.body().message());
        assertTrue(e.body().details().containsKey("reference"));
    }

    /** A cluster that no node of answers is the engine's outage, not the server's defect: 503 with a retry time. */
    @Test
    void anUnreachableEngineIsA503WithATimeToRetry() {
        ApiException e = ErrorMapper.toApi(new EngineUnavailableException("no OpenSearch node answers at http://127.0.0.1:1",
                new java.net.ConnectException("Connection refused")));
        assertEquals(503, e.status());
        assertEquals("engine_unavailable", e.code());
        assertTrue(e.body().message().contains("no OpenSearch node answers"), e.body().message());
        assertEquals("5", e.headers().get("Retry-After"));
    }

    private static UserInputException assertThrowsUser(Runnable r) {
        try {
            r.run();
        } catch (UserInputException e) {
            return e;
        }
        throw new AssertionError("no UserInputException");
    }
}
