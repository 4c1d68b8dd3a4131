package org.claimwatch.auth;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.Cookie;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Runs before every route: finds who is calling (session cookie or {@code Authorization: Bearer} API token),
 * applies the {@link AccessPolicy}, and requires the CSRF token on state-changing calls made with a cookie.
 */
public final class AuthHandler implements Handler<RoutingContext> {

    public static final String COOKIE = "cw_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String PRINCIPAL = "claimwatch.principal";

    private final AuthStore store;
    private final AccessPolicy policy;
    private final long absoluteSeconds;
    private final long idleSeconds;

    public AuthHandler(AuthStore store, AccessPolicy policy, long absoluteSeconds, long idleSeconds) {
        this.store = store;
        this.policy = policy;
        this.absoluteSeconds = absoluteSeconds;
        this.idleSeconds = idleSeconds;
    }

    /** The caller of this request, when signed in. */
    public static Optional<Principal> principal(RoutingContext ctx) {
        return Optional.ofNullable(ctx.get(PRINCIPAL));
    }

    @Override
    public void handle(RoutingContext ctx) {
        String method = ctx.request().method().name();
        String path = ctx.normalizedPath();
        Optional<Role> required = policy.required(method, path);
        if (required.isEmpty() && !path.startsWith("/api/session")) {
            ctx.next();
            return;
        }
        if ("websocket".equalsIgnoreCase(ctx.request().getHeader("Upgrade"))) {
            // keep the upgrade request unread while we look the caller up, or it cannot become a WebSocket
            ctx.request().pause();
        }
        resolve(ctx).onComplete(ar -> {
            if (ar.failed()) {
                ctx.fail(ar.cause());
                return;
            }
            Optional<Principal> who = ar.result();
            who.ifPresent(p -> ctx.put(PRINCIPAL, p));
            if (required.isEmpty()) {
                if (signsOut(method, path) && who.filter(Principal::viaSession).isPresent()
                        && !csrfMatches(ctx.request().getHeader(CSRF_HEADER), who.get().csrfToken())) {
                    deny(ctx, 403, "missing or wrong CSRF token");
                    return;
                }
                ctx.next();
                return;
            }
            if (who.isEmpty()) {
                deny(ctx, 401, "sign in required");
                return;
            }
            Principal p = who.get();
            if (p.mustChangePassword() && !path.equals("/api/session/password")) {
                deny(ctx, 403, "change your one-time password first");
                return;
            }
            if (!p.role().atLeast(required.get())) {
                deny(ctx, 403, "your role (" + p.role().wire() + ") may not do this; it needs " + required.get().wire());
                return;
            }
            // the SockJS transports' POSTs (sockjs-client cannot add a header) carry only bridge frames, and the live
            // endpoint takes nothing inbound but registrations for outbound addresses and pings
            if (p.viaSession() && !safe(method) && !path.startsWith("/eventbus/") && !csrfMatches(ctx.request().getHeader(CSRF_HEADER), p.csrfToken())) {
                deny(ctx, 403, "missing or wrong CSRF token");
                return;
            }
            ctx.next();
        });
    }

    private Future<Optional<Principal>> resolve(RoutingContext ctx) {
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return store.token(Secrets.sha256(authorization.substring(7).trim()));
        }
        Cookie cookie = ctx.request().getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return Future.succeededFuture(Optional.empty());
        }
        return store.session(Secrets.sha256(cookie.getValue()), absoluteSeconds, idleSeconds);
    }

    /** Signing out ends a session: a cross-site page must not be able to do it, so it needs the CSRF token too. */
    private static boolean signsOut(String method, String path) {
        return "DELETE".equals(method) && path.equals("/api/session");
    }

    private static boolean safe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    private static boolean csrfMatches(String given, String expected) {
        return given != null && expected != null
                && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static void deny(RoutingContext ctx, int status, String message) {
        ctx.response().setStatusCode(status).putHeader("content-type", "application/json")
                .end(new JsonObject().put("error", message).encode());
    }
}
