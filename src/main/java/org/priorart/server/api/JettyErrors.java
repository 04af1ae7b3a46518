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
 * them: a URI with a NUL or an ambiguous encoded separator, headers too large, an HTTP version it
 * does not speak. Without this they would come back as an HTML page, or, for a method other than
 * GET, POST and HEAD, with no body at all.
 */
public final class JettyErrors extends ErrorHandler {

    /** Every method gets the error body (Jetty's default gives one to GET, POST and HEAD only). */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        String reason = HttpStatus.getMessage(code);
        // Jetty's message names the rule the request broke ("Ambiguous URI encoding"); never a cause's trace.
        String text = message == null || message.isBlank() || message.equals(reason)
                ? "the request was refused: " + reason : "the request was refused: " + message;
        if (code == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) {
            text += " (this server speaks HTTP/1.1 and HTTP/1.0)";
        }
        ApiError error = new ApiError(ErrorMapper.codeFor(code), text, null);
        byte[] body = ApiJson.mapper().writeValueAsString(error).getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
