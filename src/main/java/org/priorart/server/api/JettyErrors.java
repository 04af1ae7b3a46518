package org.priorart.server.api;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers in the API's error shape. Jetty refuses some requests before Javalin sees
 * them: a URI with a NUL or an ambiguous encoded separator, headers too large. Without this they
 * would come back as an HTML page.
 */
public final class JettyErrors extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        String reason = HttpStatus.getMessage(code);
        // Jetty's message names the rule the request broke ("Ambiguous URI encoding"); never a cause's trace.
        String text = message == null || message.isBlank() || message.equals(reason)
                ? "the request was refused: " + reason : "the request was refused: " + message;
        ApiError error = new ApiError(ErrorMapper.codeFor(code), text, null);
        byte[] body = ApiJson.mapper().writeValueAsString(error).getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
