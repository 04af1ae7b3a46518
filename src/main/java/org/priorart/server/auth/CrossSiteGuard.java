package org.priorart.server.auth;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorart.server.api.ApiException;
import org.priorart.server.api.Bodies;

/**
 * What a page of another site, open in the examiner's browser, may not do with this server. Runs
 * before every route, before the key is checked (a local server without keys has no key to check):
 *
 * <ul>
 *   <li>A request whose {@code Origin} is not the server's own (the origin of the {@code Host} it was
 *       sent to) nor an allowed CORS origin is refused (403): a browser names the page that sends a
 *       cross-origin request, and sends {@code Origin} with every write.</li>
 *   <li>A write (POST, PUT, PATCH, DELETE) with a body must be {@code application/json} (else 415).
 *       Forms and "simple" requests, which browsers send to any site without asking it first, can
 *       only be text, form data or multipart; JSON takes a preflight, which this server refuses to
 *       other origins. A second wall for browsers that send no {@code Origin}.</li>
 *   <li>Without keys, only the server's own host names are answered ({@code localhost}, the loopback
 *       addresses and the name it was told to bind): a page whose own name is made to resolve to
 *       127.0.0.1 (DNS rebinding) would otherwise be same-origin with this server, and read it. With
 *       keys, the key guards the server and any name is answered (a proxy may use its own).</li>
 * </ul>
 */
public final class CrossSiteGuard {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** A Host header: a name or IPv4 address, or an IPv6 address in brackets; then maybe a port. */
    private static final Pattern HOST = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[^:\\[\\]]+)(?::(\\d{1,5}))?");

    private final Set<String> ownNames;
    private final List<String> corsOrigins;
    private final BooleanSupplier keyless;

    /**
     * @param boundHost   the address or name the server binds (its own name too)
     * @param corsOrigins the origins allowed to call the API from their pages
     * @param keyless     whether the server now serves without keys (then Host is checked)
     */
    public CrossSiteGuard(String boundHost, List<String> corsOrigins, BooleanSupplier keyless) {
        this.ownNames = new HashSet<>(List.of("localhost", "127.0.0.1", "[::1]", normalName(boundHost)));
        this.corsOrigins = corsOrigins.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
        this.keyless = keyless;
    }

    /** The before-handler of every route. */
    public void check(Context ctx) {
        String host = ctx.header("Host");
        if (keyless.getAsBoolean() && host != null && !ownNames.contains(hostName(host))) {
            throw new ApiException(403, "forbidden", "this server, used without keys, answers requests for its own host "
                    + "names only (localhost, 127.0.0.1, [::1]), not for '" + ApiException.echo(host) + "': a page of "
                    + "another site may have made its name point here", ApiException.details("host", ApiException.echo(host)), null);
        }
        String origin = ctx.header("Origin");
        if (origin != null && !allowedOrigin(origin.strip(), host, ctx.header("X-Forwarded-Host"))) {
            throw new ApiException(403, "forbidden", "requests from pages of another origin ('" + ApiException.echo(origin)
                    + "') are refused; a portal of your own can be allowed with --cors-origin",
                    ApiException.details("origin", ApiException.echo(origin)), null);
        }
        if (WRITES.contains(ctx.method().name()) && Bodies.expected(ctx) && !isJson(ctx.header("Content-Type"))) {
            String type = ctx.header("Content-Type");
            throw new ApiException(415, "unsupported_media_type", "send the body as JSON, with 'Content-Type: application/json'"
                    + (type == null ? " (the request has no Content-Type)" : " (it was '" + ApiException.echo(type) + "')"), null, null);
        }
    }

    /** Same origin (the Host the request went to, or the name a proxy forwarded), or an allowed CORS origin. */
    private boolean allowedOrigin(String origin, String host, String forwardedHost) {
        if (corsOrigins.contains(origin.toLowerCase(Locale.ROOT))) {
            return true;
        }
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException e) {
            return false; // "null" (a sandboxed or local file page) and anything else not an origin
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
            return false;
        }
        int defaultPort = scheme.equals("https") ? 443 : 80;
        String authority = normalName(uri.getHost()) + ":" + (uri.getPort() < 0 ? defaultPort : uri.getPort());
        // X-Forwarded-Host cannot be set by a page without a preflight, so a proxy's name is as good as Host.
        return authority.equals(authority(host, defaultPort)) || authority.equals(authority(forwardedHost, defaultPort));
    }

    /** "name:port" of a Host header, with the scheme's default port when it has none; null when it is no host. */
    private static String authority(String hostHeader, int defaultPort) {
        if (hostHeader == null) {
            return null;
        }
        Matcher m = HOST.matcher(hostHeader.strip());
        if (!m.matches()) {
            return null;
        }
        return normalName(m.group(1)) + ":" + (m.group(2) == null ? defaultPort : Integer.parseInt(m.group(2)));
    }

    /** The name of a Host header, without its port; "" when it is no host. */
    private static String hostName(String hostHeader) {
        Matcher m = HOST.matcher(hostHeader.strip());
        return m.matches() ? normalName(m.group(1)) : "";
    }

    /** Lower case; an IPv6 address in brackets, as in URIs and Host headers. */
    private static String normalName(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h;
    }

    private static boolean isJson(String contentType) {
        return contentType != null
                && contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).equals("application/json");
    }
}
