package org.claimwatch.auth;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.claimwatch.http.ApiErrors;
import org.claimwatch.http.Json;

/** Personal API tokens: created (the token is shown once), listed without secrets, revoked. */
public final class TokensApi {

    private final AuthStore store;

    public TokensApi(AuthStore store) {
        this.store = store;
    }

    public void mount(Router router) {
        router.get("/api/tokens").handler(ctx -> store.tokensOf(me(ctx).userId())
                .onSuccess(list -> Json.ok(ctx, list)).onFailure(ctx::fail));
        router.post("/api/tokens").handler(this::create);
        router.delete("/api/tokens/:id").handler(ctx -> store.revokeToken(Json.pathId(ctx, "id"), me(ctx).userId())
                .onSuccess(found -> {
                    if (found) {
                        ctx.response().setStatusCode(204).end();
                    } else {
                        ctx.fail(ApiErrors.notFound("token"));
                    }
                }).onFailure(ctx::fail));
    }

    private void create(RoutingContext ctx) {
        JsonObject body = Json.body(ctx);
        String name = body.getString("name", "").trim();
        if (name.isEmpty() || name.length() > 100) {
            throw ApiErrors.badRequest("name: 1 to 100 characters");
        }
        store.createToken(me(ctx).userId(), name).onSuccess(t -> Json.send(ctx, 201, t)).onFailure(ctx::fail);
    }

    private static Principal me(RoutingContext ctx) {
        return AuthHandler.principal(ctx).orElseThrow(() -> new ApiErrors.ApiException(401, "sign in required"));
    }
}
