package org.claimwatch.auth;

import io.vertx.core.Future;
import io.vertx.core.Vertx;

import java.util.logging.Logger;

/**
 * On the first start (no users yet) creates the user {@code admin}: with the configured password, or with a
 * one-time password printed once to the log that must be changed at first sign-in.
 */
public final class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger("claimwatch.auth");

    private AdminBootstrap() {
    }

    public static Future<Void> ensureAdmin(Vertx vertx, AuthStore store, String configuredPassword) {
        return store.countUsers().compose(n -> {
            if (n > 0) {
                return Future.succeededFuture();
            }
            boolean generated = configuredPassword == null || configuredPassword.isBlank();
            String password = generated ? Secrets.newPassword() : configuredPassword;
            return vertx.executeBlocking(() -> PasswordHasher.DEFAULT.hash(password), false)
                    .compose(hash -> store.createUser("admin", hash, Role.ADMIN, generated))
                    .onSuccess(u -> LOG.warning(generated
                            ? "first start: created user 'admin' with the one-time password " + password
                            + " (change it at first sign-in)"
                            : "first start: created user 'admin' with the password from auth.adminPassword"))
                    .<Void>mapEmpty()
                    // another instance created it at the same moment: fine
                    .recover(err -> err instanceof io.vertx.pgclient.PgException pg && "23505".equals(pg.getSqlState())
                            ? Future.succeededFuture() : Future.failedFuture(err));
        });
    }
}
