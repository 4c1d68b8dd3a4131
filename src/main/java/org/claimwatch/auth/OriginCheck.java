package org.claimwatch.auth;

import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.net.URI;
import java.util.Locale;

/**
 * Refuses requests a browser sent from another site: the {@code Origin} header, or when a browser sends none, the
 * {@code Sec-Fetch-Site} header, must name the public origin. With no public origin configured, the origin is the
 * Host the request was reached on (compared as host and port, so a TLS-terminating proxy that forwards the Host
 * needs no setting). Clients that are not browsers send neither header and pass: they hold an API token or the
 * session's CSRF token, which a cross-site page cannot read.
 *
 * <p>Mounted twice by the router: {@link #writes} on every route (every method that changes state, sign-in and
 * sign-out included), {@link #everything} on the live transport's route (its handshake is a GET or a WebSocket
 * upgrade, and a cross-site page must not read the live feed with the visitor's cookie).
 */
public final class OriginCheck implements Handler<RoutingContext> {

    private final String publicOrigin;
    private final boolean safeMethodsToo;

    private OriginCheck(String publicOrigin, boolean safeMethodsToo) {
        this.publicOrigin = normalize(publicOrigin);
        this.safeMethodsToo = safeMethodsToo;
    }

    /** Checks every state-changing request ({@code publicOrigin} empty: the Host it was reached on). */
    public static OriginCheck writes(String publicOrigin) {
        return new OriginCheck(publicOrigin, false);
    }

    /** Checks every request, reads included: for the live transport's handshake. */
    public static OriginCheck everything(String publicOrigin) {
        return new OriginCheck(publicOrigin, true);
    }

    @Override
    public void handle(RoutingContext ctx) {
        String method = ctx.request().method().name();
        boolean safe = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
        if ((safe && !safeMethodsToo) || allowed(ctx.request().getHeader("Origin"),
                ctx.request().getHeader("Sec-Fetch-Site"), host(ctx))) {
            ctx.next();
            return;
        }
        ctx.response().setStatusCode(403).putHeader("content-type", "application/json")
                .putHeader("Cache-Control", "no-store")
                .end(new JsonObject().put("error", "cross-site request refused: the origin does not match this site")
                        .encode());
    }

    /** The Host the request was reached on (with a trusted proxy, the one it forwarded). */
    private static String host(RoutingContext ctx) {
        var authority = ctx.request().authority();
        if (authority == null) {
            return null;
        }
        return authority.port() > 0 ? authority.host() + ":" + authority.port() : authority.host();
    }

    /** Whether a request with these headers came from this site (or from a client that is not a browser). */
    boolean allowed(String origin, String fetchSite, String host) {
        if (origin != null) {
            if (publicOrigin != null) {
                return publicOrigin.equals(normalize(origin));
            }
            return host != null && authority(origin) != null && authority(origin).equals(hostAuthority(host));
        }
        if (fetchSite != null) {
            String site = fetchSite.trim().toLowerCase(Locale.ROOT);
            return site.equals("same-origin") || site.equals("none");
        }
        return true;
    }

    /** {@code scheme://host[:port]}, lower case, the scheme's default port dropped; {@code null} when unusable. */
    static String normalize(String origin) {
        if (origin == null || origin.isBlank()) {
            return null;
        }
        try {
            URI u = URI.create(origin.trim());
            if (u.getScheme() == null || u.getHost() == null) {
                return null;
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            boolean defaultPort = port == -1 || port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The {@code host[:port]} of an origin ({@code null} for {@code "null"} and other unusable values). */
    private static String authority(String origin) {
        String n = normalize(origin);
        return n == null ? null : n.substring(n.indexOf("://") + 3);
    }

    private static String hostAuthority(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.endsWith(":80") || h.endsWith(":443")) {
            return h.substring(0, h.lastIndexOf(':'));
        }
        return h;
    }
}
