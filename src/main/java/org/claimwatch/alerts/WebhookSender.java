package org.claimwatch.alerts;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import org.claimwatch.net.BlockedAddressException;
import org.claimwatch.net.NetworkGuard;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * POSTs one webhook: the host resolved and every address checked by the {@link NetworkGuard}, the connection
 * pinned to a checked address, redirects not followed, a connect timeout and a total deadline, and the response
 * body read only up to a cap. Never fails: every problem becomes a {@link SendResult} with an error.
 */
public final class WebhookSender {

    /** Bytes of a response body kept as the excerpt. */
    public static final int EXCERPT_BYTES = 1024;

    private final Vertx vertx;
    private final HttpClientAgent client;
    private final NetworkGuard guard;
    private final long timeoutMs;
    private final long maxResponseBytes;
    private final String userAgent;

    public WebhookSender(Vertx vertx, NetworkGuard guard, long timeoutMs, long maxResponseBytes, String userAgent) {
        this.vertx = vertx;
        this.guard = guard;
        this.timeoutMs = timeoutMs;
        this.maxResponseBytes = maxResponseBytes;
        this.userAgent = userAgent;
        this.client = vertx.httpClientBuilder().with(new HttpClientOptions()
                .setConnectTimeout((int) Math.min(timeoutMs, 10_000))
                .setKeepAlive(true)
                .setMaxRedirects(0)
                .setDecompressionSupported(false))
                .build();
    }

    /** Resolves {@code url} and checks it against the guard; fails with a readable reason when refused. */
    public Future<InetAddress> check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            return Future.failedFuture(new BlockedAddressException("not a valid URL: " + url));
        }
        String host = uri.getHost();
        if (host == null) {
            return Future.failedFuture(new BlockedAddressException("the URL has no host name"));
        }
        return vertx.executeBlocking(() -> {
            List<InetAddress> addresses;
            try {
                addresses = Arrays.asList(InetAddress.getAllByName(host));
            } catch (UnknownHostException e) {
                throw new BlockedAddressException("unknown host " + host);
            }
            guard.check(url, addresses);
            return addresses.stream().min(Comparator.comparing(a -> a instanceof Inet4Address ? 0 : 1)).orElseThrow();
        }, false);
    }

    /** POSTs {@code body} with {@code headers} to {@code url}. */
    public Future<SendResult> post(String url, Map<String, String> headers, String body) {
        long started = System.nanoTime();
        return check(url).compose(address -> send(url, address, headers, body, started))
                .recover(err -> Future.succeededFuture(new SendResult(0, elapsed(started),
                        err.getMessage() == null ? err.toString() : err.getMessage(), null, null)));
    }

    private Future<SendResult> send(String url, InetAddress address, Map<String, String> headers, String body,
                                    long started) {
        URI uri = URI.create(url);
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setAbsoluteURI(url)
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setFollowRedirects(false)
                .setConnectTimeout(Math.min(timeoutMs, 10_000))
                .setIdleTimeout(timeoutMs)
                .putHeader("content-type", "application/json")
                .putHeader("user-agent", userAgent);
        headers.forEach(options::putHeader);
        Promise<SendResult> promise = Promise.promise();
        AtomicBoolean done = new AtomicBoolean();
        long timer = vertx.setTimer(timeoutMs, id -> {
            if (done.compareAndSet(false, true)) {
                promise.complete(new SendResult(0, elapsed(started), "timed out after " + timeoutMs + " ms", null, null));
            }
        });
        client.request(options)
                .compose(request -> request.send(Buffer.buffer(body, "UTF-8")))
                .onComplete(ar -> {
                    if (ar.failed()) {
                        if (done.compareAndSet(false, true)) {
                            promise.complete(new SendResult(0, elapsed(started),
                                    "request failed: " + ar.cause().getMessage(), null, null));
                        }
                        return;
                    }
                    readCapped(ar.result(), started, promise, done);
                });
        return promise.future().eventually(() -> {
            vertx.cancelTimer(timer);
            return Future.succeededFuture();
        });
    }

    private void readCapped(HttpClientResponse response, long started, Promise<SendResult> promise, AtomicBoolean done) {
        Buffer kept = Buffer.buffer();
        long[] total = {0};
        Runnable finish = () -> {
            if (done.compareAndSet(false, true)) {
                promise.complete(new SendResult(response.statusCode(), elapsed(started), null, excerpt(kept),
                        response.getHeader("retry-after")));
            }
        };
        response.exceptionHandler(err -> finish.run());
        response.handler(chunk -> {
            total[0] += chunk.length();
            if (kept.length() < EXCERPT_BYTES) {
                kept.appendBuffer(chunk.slice(0, Math.min(chunk.length(), EXCERPT_BYTES - kept.length())));
            }
            if (total[0] > maxResponseBytes) {
                finish.run();
                response.request().reset();
            }
        });
        response.endHandler(v -> finish.run());
    }

    private static String excerpt(Buffer kept) {
        String s = new String(kept.getBytes(), StandardCharsets.UTF_8);
        return s.replace("\u0000", "").replace("\uFFFD", "");
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    public Future<Void> close() {
        return client.close();
    }
}
