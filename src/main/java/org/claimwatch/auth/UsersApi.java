package org.claimwatch.auth;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.claimwatch.http.ApiErrors;
import org.claimwatch.http.Json;

/**
 * Admin only: users and their roles. A new user gets a one-time password, shown once in the response. Nobody can
 * disable, demote or remove themselves.
 */
public final class UsersApi {

    private final Vertx vertx;
    private final AuthStore store;

    public UsersApi(Vertx vertx, AuthStore store) {
        this.vertx = vertx;
        this.store = store;
    }

    public void mount(Router router) {
        router.get("/api/users").handler(ctx -> store.users().onSuccess(list -> Json.ok(ctx, list)).onFailure(ctx::fail));
        router.post("/api/users").handler(this::create);
        router.patch("/api/users/:id").handler(this::update);
        router.delete("/api/users/:id").handler(this::delete);
    }

    private void create(RoutingContext ctx) {
        JsonObject body = Json.body(ctx);
        String username = body.getString("username", "").trim();
        Role role = Role.parse(body.getString("role", "viewer"));
        if (!username.matches("[A-Za-z0-9._@-]{2,64}")) {
            throw ApiErrors.badRequest("username: 2 to 64 letters, digits or . _ @ -");
        }
        if (role == null) {
            throw ApiErrors.badRequest("role must be viewer, editor or admin");
        }
        String password = Secrets.newPassword();
        vertx.executeBlocking(() -> PasswordHasher.DEFAULT.hash(password), false)
                .compose(hash -> store.createUser(username, hash, role, true))
                .onSuccess(user -> Json.send(ctx, 201, user.put("one_time_password", password)))
                .onFailure(ctx::fail);
    }

    private void update(RoutingContext ctx) {
        long id = Json.pathId(ctx, "id");
        JsonObject body = Json.body(ctx);
        Role role = body.containsKey("role") ? Role.parse(body.getString("role")) : null;
        if (body.containsKey("role") && role == null) {
            throw ApiErrors.badRequest("role must be viewer, editor or admin");
        }
        Boolean disabled = body.getBoolean("disabled");
        // An admin who disables or demotes themselves could leave nobody to undo it.
        if (AuthHandler.principal(ctx).map(p -> p.userId() == id).orElse(false)) {
            if (Boolean.TRUE.equals(disabled)) {
                throw ApiErrors.badRequest("you cannot disable yourself");
            }
            if (role != null && role != AuthHandler.principal(ctx).get().role()) {
                throw ApiErrors.badRequest("you cannot change your own role");
            }
        }
        store.updateUser(id, role, disabled)
                .compose(user -> Boolean.TRUE.equals(disabled) ? store.deleteSessionsOf(id, null).map(user) : 
                        io.vertx.core.Future.succeededFuture(user))
                .onSuccess(user -> Json.ok(ctx, user.orElseThrow(() -> ApiErrors.notFound("user"))))
                .onFailure(ctx::fail);
    }

    private void delete(RoutingContext ctx) {
        long id = Json.pathId(ctx, "id");
        if (AuthHandler.principal(ctx).map(p -> p.userId() == id).orElse(false)) {
            throw ApiErrors.badRequest("you cannot remove yourself");
        }
        store.deleteUser(id).onSuccess(found -> {
            if (found) {
                ctx.response().setStatusCode(204).end();
            } else {
                ctx.fail(ApiErrors.notFound("user"));
            }
        }).onFailure(ctx::fail);
    }
}
