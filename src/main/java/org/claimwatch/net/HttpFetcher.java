package org.claimwatch.net;

import org.claimwatch.config.Settings;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SocketAddress;
import org.claimwatch.net.Backoff;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fetches a URL for the pipeline: http(s) only, every hop's addresses checked by the {@link NetworkGuard}
 * (and the connection pinned to the checked address), redirects followed up to a limit, a total deadline
 * against slow servers, and the decompressed body capped in size. Failures are {@link FetchException}s.
 */
public final class HttpFetcher {

    private static final long MAX_HOST_DEFER_MS = 60_000;

    private final Vertx vertx;
    private final HttpClientAgent client;
    private final NetworkGuard guard;
    private final String userAgent;
    private final long timeoutMs;
    private final long maxBytes;
    private final int maxRedirects;
    private final HostGate gate;
    private final HostSlots slots;
    private final String acceptEncoding;

    public HttpFetcher(Vertx vertx, JsonObject config) {
        this.vertx = vertx;
        Settings settings = Settings.of(config);
        this.timeoutMs = settings.fetch().timeoutMs();
        this.maxBytes = settings.fetch().maxBytes();
        this.maxRedirects = settings.fetch().maxRedirects();
        this.userAgent = settings.fetch().userAgent();
        this.guard = NetworkGuard.of(settings.netAllow());
        HttpClientOptions options = new HttpClientOptions()
                .setDecompressionSupported(true)
                .setConnectTimeout((int) Math.min(timeoutMs, 10_000))
                .setIdleTimeout((int) Math.max(1, timeoutMs / 1000))
                .setKeepAlive(true)
                .setMaxRedirects(0)
                .setTrustAll(false);
        this.client = vertx.httpClientBuilder().with(options).build();
        this.gate = HostGate.shared(vertx, config);
        this.slots = HostSlots.shared(vertx, config);
        this.acceptEncoding = brotliAvailable() ? "gzip, deflate, br" : "gzip, deflate";
    }

    /** GETs {@code url} with extra request headers (e.g. conditional GET), following redirects. */
    public Future<FetchResult> get(String url, MultiMap headers) {
        return hop(url, headers, 0, null);
    }

    public Future<Void> close() {
        return client.close();
    }

    private Future<FetchResult> hop(String url, MultiMap headers, int redirects, String permanent) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Future.failedFuture(new FetchException("not a valid URL: " + url, 0, "invalid_url"));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return Future.failedFuture(new FetchException("only http and https URLs can be fetched: " + url, 0,
                    "invalid_url"));
        }
        String host = uri.getHost();
        return resolve(host)
                .compose(addresses -> {
                    try {
                        guard.check(url, addresses);
                    } catch (BlockedAddressException e) {
                        return Future.failedFuture(new FetchException(e.getMessage(), 0, "blocked"));
                    }
                    InetAddress pinned = addresses.stream()
                            .min(Comparator.comparing(a -> a instanceof Inet4Address ? 0 : 1)).orElseThrow();
                    int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
                    RequestOptions options = new RequestOptions()
                            .setMethod(HttpMethod.GET)
                            .setAbsoluteURI(url)
                            .setServer(SocketAddress.inetSocketAddress(port, pinned.getHostAddress()))
                            .setFollowRedirects(false)
                            .setConnectTimeout(Math.min(timeoutMs, 10_000))
                            .setIdleTimeout(timeoutMs)
                            .putHeader("User-Agent", userAgent)
                            .putHeader("Accept-Encoding", acceptEncoding)
                            .putHeader("Accept", "application/rss+xml, application/atom+xml, application/feed+json, "
                                    + "application/xml;q=0.9, text/html;q=0.9, */*;q=0.5");
                    headers.forEach(h -> options.putHeader(h.getKey(), h.getValue()));
                    return gate.acquire(host).compose(release -> slots.admit(host)
                            .compose(slot -> send(options, url).onComplete(ar -> slot.run()))
                            .onComplete(ar -> release.run()));
                })
                .compose(result -> {
                    int status = result.status();
                    if (status >= 300 && status < 400 && status != 304) {
                        String location = result.headers().get("location");
                        if (location == null) {
                            return Future.failedFuture(new FetchException("HTTP " + status + " redirect without a Location",
                                    status, "redirect"));
                        }
                        String next;
                        try {
                            next = uri.resolve(location.trim()).toString();
                        } catch (IllegalArgumentException e) {
                            return Future.failedFuture(new FetchException("HTTP " + status + " redirect to an invalid "
                                    + "Location: " + location, status, "redirect"));
                        }
                        if (redirects >= maxRedirects) {
                            return Future.failedFuture(new FetchException("too many redirects (more than "
                                    + maxRedirects + "), last to " + location, status, "redirect"));
                        }
                        boolean isPermanent = status == 301 || status == 308;
                        return hop(next, headers, redirects + 1,
                                permanent == null && isPermanent && redirects == 0 ? next : permanent);
                    }
                    if (status == 304 || status >= 200 && status < 300) {
                        return Future.succeededFuture(new FetchResult(status, url, permanent, result.headers(), result.body()));
                    }
                    if (status == 429 || status == 503) {
                        Duration wait = Backoff.retryAfter(result.headers().get("retry-after"), Instant.now())
                                .orElse(null);
                        if (wait != null) {
                            gate.defer(host, Math.min(wait.toMillis(), MAX_HOST_DEFER_MS));
                            slots.defer(host, Math.min(wait.toMillis(), MAX_HOST_DEFER_MS));
                        }
                        return Future.failedFuture(new FetchException("HTTP " + status + " from " + url
                                + (wait != null ? " (asked to retry after " + wait.toSeconds() + " s)" : ""),
                                status, status == 429 ? "rate_limited" : "unavailable", wait));
                    }
                    return Future.failedFuture(new FetchException("HTTP " + status + " from " + url, status));
                });
    }

    private Future<List<InetAddress>> resolve(String host) {
        return vertx.executeBlocking(() -> {
            try {
                return Arrays.asList(InetAddress.getAllByName(host));
            } catch (UnknownHostException e) {
                throw new FetchException("unknown host " + host, 0, "dns");
            }
        }, false);
    }

    private Future<FetchResult> send(RequestOptions options, String url) {
        Promise<FetchResult> promise = Promise.promise();
        AtomicBoolean done = new AtomicBoolean();
        long[] timer = {-1};
        client.request(options).onComplete(ar -> {
            if (ar.failed()) {
                fail(promise, done, new FetchException("cannot connect to " + url + ": " + ar.cause().getMessage(), 0,
                        "connect"));
                return;
            }
            HttpClientRequest request = ar.result();
            timer[0] = vertx.setTimer(timeoutMs, id -> {
                if (fail(promise, done, new FetchException("timed out after " + timeoutMs + " ms fetching " + url, 0,
                        "timeout"))) {
                    request.reset();
                }
            });
            request.send().onComplete(rr -> {
                if (rr.failed()) {
                    fail(promise, done, new FetchException("request to " + url + " failed: " + rr.cause().getMessage(), 0,
                            "network"));
                    return;
                }
                readBody(rr.result(), request, url, promise, done);
            });
        });
        return promise.future().eventually(() -> {
            vertx.cancelTimer(timer[0]);
            return Future.succeededFuture();
        });
    }

    private void readBody(HttpClientResponse response, HttpClientRequest request, String url,
                          Promise<FetchResult> promise, AtomicBoolean done) {
        Buffer body = Buffer.buffer();
        response.exceptionHandler(err -> fail(promise, done,
                new FetchException("reading " + url + " failed: " + err.getMessage(), response.statusCode(),
                        "network")));
        response.handler(chunk -> {
            if (done.get()) {
                return;
            }
            if (body.length() + chunk.length() > maxBytes) {
                if (fail(promise, done, new FetchException("response from " + url + " is larger than "
                        + maxBytes + " bytes (after decompression); refused", response.statusCode(), "too_large"))) {
                    request.reset();
                }
                return;
            }
            body.appendBuffer(chunk);
        });
        response.endHandler(v -> {
            if (done.compareAndSet(false, true)) {
                promise.complete(new FetchResult(response.statusCode(), url, null, response.headers(), body));
            }
        });
    }

    private static boolean brotliAvailable() {
        try {
            return io.netty.handler.codec.compression.Brotli.isAvailable();
        } catch (Throwable missing) {
            return false;
        }
    }

    private static boolean fail(Promise<FetchResult> promise, AtomicBoolean done, FetchException error) {
        if (done.compareAndSet(false, true)) {
            promise.fail(error);
            return true;
        }
        return false;
    }
}
