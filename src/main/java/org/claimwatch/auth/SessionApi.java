package org.claimwatch.auth;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.claimwatch.http.ApiErrors;
import org.claimwatch.http.Json;

import java.time.Duration;

/**
 * {@code /api/session}: sign in (rate-limited per account and per address, one generic error for any bad
 * credentials), sign out, who am I (with the CSRF token), and change password.
 */
public final class SessionApi {

    /**
     * Verified against when the user does not exist, so both cases cost the same time. A holder class: the slow hash
     * is computed on the worker of the first sign-in, never while the HTTP verticle loads this class.
     */
    private static final class Dummy {
        static final String HASH = PasswordHasher.DEFAULT.hash("not a real password");
    }
    private static final String BAD_CREDENTIALS = "invalid username or password";

    private final Vertx vertx;
    private final AuthStore store;
    private final LoginLimiter limiter;
    private final AccessPolicy policy;
    private final long absoluteSeconds;

    public SessionApi(Vertx vertx, AuthStore store, LoginLimiter limiter, AccessPolicy policy, long absoluteSeconds) {
        this.vertx = vertx;
        this.store = store;
        this.limiter = limiter;
        this.policy = policy;
        this.absoluteSeconds = absoluteSeconds;
    }

    public void mount(Router router) {
        router.get("/api/session").handler(this::whoAmI);
        router.post("/api/session").handler(this::login);
        router.delete("/api/session").handler(this::logout);
        router.post("/api/session/password").handler(this::changePassword);
    }

    private void whoAmI(RoutingContext ctx) {
        JsonObject body = new JsonObject().put("public_mode", policy.publicMode());
        AuthHandler.principal(ctx).ifPresentOrElse(p -> body
                        .put("user", new JsonObject().put("id", p.userId()).put("username", p.username())
                                .put("role", p.role().wire()).put("must_change_password", p.mustChangePassword()))
                        .put("csrf_token", p.csrfToken()),
                () -> body.putNull("user"));
        Json.ok(ctx, body);
    }

    private void login(RoutingContext ctx) {
        JsonObject body = Json.body(ctx);
        String username = body.getString("username", "").trim();
        String password = body.getString("password", "");
        String address = ctx.request().remoteAddress() == null ? "?" : ctx.request().remoteAddress().hostAddress();
        Duration locked = limiter.lockedFor(username, address);
        if (!locked.isZero()) {
            long minutes = Math.max(1, (locked.toSeconds() + 59) / 60);
            ctx.response().putHeader("Retry-After", Long.toString(Math.max(1, locked.toSeconds())));
            ctx.fail(new ApiErrors.ApiException(429, "too many failed sign-ins; try again in " + minutes + " minute"
                    + (minutes == 1 ? "" : "s")));
            return;
        }
        store.userByName(username)
                .compose(user -> vertx.executeBlocking(() -> {
                    boolean ok = PasswordHasher.verify(password, user.map(AuthStore.StoredUser::passwordHash).orElseGet(() -> Dummy.HASH));
                    return ok && user.isPresent() && !user.get().disabled() ? user.get() : null;
                }, false))
                .compose(user -> {
                    if (user == null) {
                        limiter.failed(username, address);
                        return Future.failedFuture(new ApiErrors.ApiException(401, BAD_CREDENTIALS));
                    }
                    limiter.succeeded(username);
                    return store.createSession(user.id()).map(session -> {
                        ctx.response().addCookie(cookie(ctx, session.id(), absoluteSeconds));
                        return new JsonObject().put("user", new JsonObject().put("id", user.id())
                                        .put("username", user.username()).put("role", user.role().wire())
                                        .put("must_change_password", user.mustChangePassword()))
                                .put("csrf_token", session.csrfToken());
                    });
                })
                .onSuccess(result -> Json.ok(ctx, result))
                .onFailure(ctx::fail);
    }

    private void logout(RoutingContext ctx) {
        Future<Void> end = AuthHandler.principal(ctx).filter(Principal::viaSession)
                .map(p -> store.deleteSession(p.sessionHash())).orElse(Future.succeededFuture());
        end.onSuccess(v -> {
            ctx.response().addCookie(cookie(ctx, "", 0));
            ctx.response().setStatusCode(204).end();
        }).onFailure(ctx::fail);
    }

    private void changePassword(RoutingContext ctx) {
        Principal p = AuthHandler.principal(ctx).orElseThrow(() -> new ApiErrors.ApiException(401, "sign in required"));
        JsonObject body = Json.body(ctx);
        String current = body.getString("current_password", "");
        String next = body.getString("new_password", "");
        if (next.length() < 12) {
            throw ApiErrors.badRequest("the new password must have at least 12 characters");
        }
        store.passwordHash(p.userId())
                .compose(hash -> vertx.executeBlocking(() -> PasswordHasher.verify(current, hash)
                        ? PasswordHasher.DEFAULT.hash(next) : null, false))
                .compose(newHash -> newHash == null
                        ? Future.failedFuture(new ApiErrors.ApiException(403, "the current password is wrong"))
                        : store.setPassword(p.userId(), newHash, false)
                        .compose(v -> store.deleteSessionsOf(p.userId(), p.sessionHash())))
                .onSuccess(v -> ctx.response().setStatusCode(204).end())
                .onFailure(ctx::fail);
    }

    private static Cookie cookie(RoutingContext ctx, String value, long maxAgeSeconds) {
        return Cookie.cookie(AuthHandler.COOKIE, value)
                .setPath("/")
                .setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX)
                .setSecure("https".equals(ctx.request().scheme()))
                .setMaxAge(maxAgeSeconds);
    }
}
