package org.claimwatch.web;

import org.claimwatch.config.Settings;
import org.claimwatch.http.Json;
import org.claimwatch.http.ApiErrors;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.AllowForwardHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.sqlclient.Pool;
import org.claimwatch.alerts.DeliveryStore;
import org.claimwatch.alerts.Deliverer;
import org.claimwatch.auth.AccessPolicy;
import org.claimwatch.auth.AuditLog;
import org.claimwatch.auth.AuthHandler;
import org.claimwatch.auth.AuthStore;
import org.claimwatch.auth.LoginLimiter;
import org.claimwatch.auth.OriginCheck;
import org.claimwatch.auth.SessionApi;
import org.claimwatch.auth.TokensApi;
import org.claimwatch.auth.UsersApi;
import org.claimwatch.db.Database;
import org.claimwatch.live.LiveEndpoint;
import org.claimwatch.articles.ArticleStore;
import org.claimwatch.feeds.FeedStore;
import org.claimwatch.tracker.TrackerStore;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/** HTTP stage: wires the router (REST API, health, event-bus bridge, static page) and serves it. */
public final class HttpVerticle extends VerticleBase {

    private static final Logger LOG = Logger.getLogger("claimwatch.http");
    private static final long MAX_BODY = 1 << 20;

    private static final String SERVING = "claimwatch.http.serving";

    private HttpServer server;

    @Override
    public Future<?> start() {
        JsonObject config = config();
        Settings settings = Settings.of(config);
        Pool pool = Database.pool(vertx, config);
        Router router = Router.router(vertx);
        router.route().handler(new SecurityHeaders());
        if (settings.http().trustProxy()) {
            router.allowForward(AllowForwardHeaders.X_FORWARD);
        }
        // no state change and no live connection from another site (sign-in and sign-out included); mounted on the
        // routes, not in the live transport, so it holds whatever serves /eventbus
        String publicOrigin = settings.http().publicOrigin();
        router.route().handler(OriginCheck.writes(publicOrigin));
        router.route("/eventbus/*").handler(OriginCheck.everything(publicOrigin));
        // XHR transports post their frames: they need the body; the WebSocket upgrade (a GET) must not be read
        router.post("/eventbus/*").handler(BodyHandler.create().setBodyLimit(64 * 1024));
        router.route("/api/*").handler(BodyHandler.create().setBodyLimit(MAX_BODY));
        AuthStore auth = new AuthStore(pool);
        AccessPolicy policy = new AccessPolicy(settings.auth().publicMode());
        long absolute = settings.auth().absoluteHours() * 3600;
        router.route().handler(new AuthHandler(auth, policy, absolute,
                settings.auth().idleMinutes() * 60));
        new AuditLog(auth).mount(router);
        router.route("/eventbus/*").subRouter(LiveEndpoint.router(vertx, settings.live()));
        router.get("/health").handler(new HealthHandler(vertx, pool));
        router.get("/metrics").handler(org.claimwatch.metrics.MetricsSetup.handler(config));
        new SessionApi(vertx, auth, new LoginLimiter(Clock.systemUTC(),
                settings.auth().loginMaxPerAccount(),
                settings.auth().loginMaxPerAddress(),
                Duration.ofMinutes(settings.auth().loginWindowMinutes())), policy, absolute)
                .mount(router);
        new UsersApi(vertx, auth).mount(router);
        new TokensApi(auth).mount(router);
        new TrackerApi(new TrackerStore(pool)).mount(router);
        new RawSnapshotHandler(vertx, new TrackerStore(pool)).mount(router);
        new OpmlExport(new FeedStore(pool)).mount(router);
        new AtomFeeds(new TrackerStore(pool), new FeedStore(pool), new ArticleStore(pool)).mount(router);
        new FeedsApi(vertx, new FeedStore(pool), new ArticleStore(pool), config).mount(router);
        new ArticlesApi(vertx, new ArticleStore(pool)).mount(router);
        new StoriesApi(vertx, new org.claimwatch.stories.pipeline.StoryStore(pool, vertx)).mount(router);
        new SubscriptionsApi(vertx, pool, config).mount(router);
        new DeliveriesApi(vertx, new DeliveryStore(pool, Deliverer.secretBox(config))).mount(router);
        router.get("/api/routes").handler(ctx -> Json.ok(ctx, RouteList.of(router)));
        router.route("/api/*").handler(ctx -> ctx.fail(ApiErrors.notFound("endpoint")));
        router.route().handler(StaticHandler.create("webroot").setCachingEnabled(false));
        router.route().failureHandler(FeedsApi::handleWebPage).failureHandler(ApiErrors::handle);
        int port = settings.http().port();
        String host = settings.http().host();
        return vertx.createHttpServer().requestHandler(router).listen(port, host).onSuccess(s -> {
            server = s;
            // http.instances verticles share the port: the first one up says so, once per process
            String url = "http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + s.actualPort();
            if (vertx.sharedData().getLocalMap(SERVING).putIfAbsent(url, deploymentID()) == null) {
                LOG.info("claimwatch serving on " + url);
            }
        });
    }

    /** The port actually bound (useful when configured as 0). */
    public int port() {
        return server.actualPort();
    }
}
