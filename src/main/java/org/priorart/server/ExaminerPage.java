package org.priorart.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The examiner's page at {@code /}: one HTML file that loads the page's JavaScript modules and style
 * sheet from {@code /assets/} (the jar's {@code web/} folder; nothing from the internet). The page
 * calls the public API like any other client.
 *
 * <p>Patent text is untrusted. The page builds every node with {@code textContent} and marks
 * highlights from character ranges, never from markup; as a second wall, the page is served with a
 * Content-Security-Policy that allows scripts, styles and connections from this server only and no
 * inline script or event handler at all, so injected markup could not run even if it got in.
 */
final class ExaminerPage {

    /** The page's policy: its own files only; no inline script, no plugins, no framing, no foreign forms. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String RESOURCE = "/web/index.html";

    private final String html;

    ExaminerPage() {
        try (InputStream in = ExaminerPage.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the page " + RESOURCE + " is missing from the jar");
            }
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GET /: the page. */
    void serve(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        // No referrer to other sites; "same-origin", not "no-referrer": under no-referrer the Fetch standard has
        // a browser send "Origin: null" with the page's own writes (Chromium sends the origin all the same),
        // which the server refuses as cross-site (CrossSiteGuard).
        ctx.header("Referrer-Policy", "same-origin");
        ctx.html(html);
    }
}
