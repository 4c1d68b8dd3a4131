package org.claimwatch.web;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** Headers on every response: a strict Content-Security-Policy (no inline script) and friends. */
final class SecurityHeaders implements Handler<RoutingContext> {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Override
    public void handle(RoutingContext ctx) {
        ctx.response().headers()
                .set("Content-Security-Policy", CSP)
                .set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "no-referrer")
                .set("X-Frame-Options", "DENY");
        if (ctx.normalizedPath().startsWith("/api/")) {
            // answers depend on who asks: no shared or browser cache may keep them
            ctx.response().headers().set("Cache-Control", "no-store");
        }
        ctx.next();
    }
}
