package org.claimwatch.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.pgclient.PgException;

import java.util.logging.Logger;

/** The one place HTTP failures become JSON error responses: {@code {"error": "..."}} with a fitting status. */
public final class ApiErrors {

    private static final Logger LOG = Logger.getLogger("claimwatch.http");

    private ApiErrors() {
    }

    /** A client error with a message fit for the user. */
    public static final class ApiException extends RuntimeException {
        private final int status;

        public ApiException(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, what + " not found");
    }

    /** Router failure handler. */
    public static void handle(RoutingContext ctx) {
        Throwable err = ctx.failure();
        int status;
        String message;
        if (err instanceof ApiException api) {
            status = api.status();
            message = api.getMessage();
        } else if (err instanceof PgException pg && "23505".equals(pg.getSqlState())) {
            status = 409;
            message = "already exists";
        } else if (err == null) {
            status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
            message = status == 404 ? "not found" : "request failed";
        } else {
            status = 500;
            message = "internal error";
            LOG.warning("request " + ctx.request().method() + " " + ctx.request().path() + " failed: " + err);
        }
        if (ctx.response().ended()) {
            return;
        }
        ctx.response().setStatusCode(status).putHeader("content-type", "application/json")
                .end(new JsonObject().put("error", message).encode());
    }
}
