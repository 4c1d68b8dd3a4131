package org.claimwatch.live;

import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.claimwatch.bus.Addresses;
import org.claimwatch.config.ConfigKeys;
import org.claimwatch.support.Browser;
import org.claimwatch.support.LiveClient;
import org.claimwatch.support.RunningApp;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The live endpoint on {@code /eventbus/*} against the real browser client ({@code vertx-eventbus.js} over
 * sockjs-client in headless Chromium) on each transport, its bridge rules (sign-in, outbound only, 16 handlers) and
 * its bounded queue: a client that stops reading is cut off while the others keep receiving everything.
 */
class LiveEndpointIT {

    /** Small, so that a stalled client crosses it quickly. */
    private static final int MAX_QUEUED = 64 * 1024;

    private static Browser browser;
    private static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.launch();
        app = RunningApp.start(RunningApp.testConfig(TestDatabase.create())
                .put(ConfigKeys.LIVE_MAX_QUEUED_BYTES, MAX_QUEUED));
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    private static void publish(String address, JsonObject item) {
        app.app().vertx().eventBus().publish(address, LiveMessages.batch(new JsonArray().add(item)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"websocket", "xhr-streaming", "xhr-polling"})
    void theBrowserClientReceivesEveryMessageOnEachTransport(String transport) {
        List<String> errors = Browser.errors();
        Page page = browser.page(errors, app.sessionCookie(), app.port());
        try {
            page.navigate("http://127.0.0.1:" + app.port() + "/");
            page.evaluate("t => { window.got = []; window.errs = [];"
                    + " const eb = new EventBus('/eventbus', { transports: [t] }); window.eb = eb;"
                    + " eb.onopen = () => { eb.registerHandler('" + Addresses.LIVE_CHANGES + "', (e, m) => {"
                    + "   if (e) window.errs.push(e); else window.got.push(m); }); window.opened = true; }; }", transport);
            Browser.waitFor(page, "() => window.opened === true", null, 15_000);
            assertThat(page.evaluate("() => window.eb.sockJSConn.transport")).isEqualTo(transport);
            // the registration travels after the open: send until the first message arrives
            String text = "Ünïcödé “quotes” \\ \" </script> \u2028 emoji \uD83D\uDE00 #";
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> {
                publish(Addresses.LIVE_CHANGES, new JsonObject().put("id", 0).put("after", text));
                return ((Number) page.evaluate("() => window.got.length")).intValue() > 0;
            });
            for (int i = 1; i <= 30; i++) {
                publish(Addresses.LIVE_CHANGES, new JsonObject().put("id", i).put("after", text + i));
            }
            Browser.waitFor(page, "() => window.got.some(m => m.body.items[0].id === 30)", null, 15_000);
            List<Integer> ids = ((List<?>) page.evaluate("() => window.got.map(m => m.body.items[0].id)"
                    + ".filter(id => id > 0)")).stream().map(n -> ((Number) n).intValue()).toList();
            assertThat(ids).as("every message once, in order").containsExactlyElementsOf(
                    java.util.stream.IntStream.rangeClosed(1, 30).boxed().toList());
            Object first = page.evaluate("() => window.got.find(m => m.body.items[0].id === 7)");
            JsonObject message = new JsonObject((java.util.Map<String, Object>) first);
            assertThat(message.getString("type")).isEqualTo("rec");
            assertThat(message.getString("address")).isEqualTo(Addresses.LIVE_CHANGES);
            assertThat(message.getJsonObject("body").getJsonArray("items").getJsonObject(0).getString("after"))
                    .isEqualTo(text + 7);
            assertThat(page.evaluate("() => window.errs.length")).isEqualTo(0);
        } finally {
            page.context().close();
        }
    }

    @Test
    void aClientThatStopsReadingIsCutOffWhileOthersReceiveEverything() throws Exception {
        try (LiveClient reader = app.live(); Socket stalled = new Socket()) {
            reader.register(Addresses.LIVE_CHANGES);
            stalled.setReceiveBufferSize(4096);
            stalled.connect(new InetSocketAddress("127.0.0.1", app.port()), 5000);
            OutputStream out = stalled.getOutputStream();
            String key = Base64.getEncoder().encodeToString("claimwatch-test-k".getBytes(StandardCharsets.US_ASCII));
            out.write(("GET /eventbus/000/stalled1/websocket HTTP/1.1\r\nHost: 127.0.0.1:" + app.port()
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key
                    + "\r\nSec-WebSocket-Version: 13\r\nAuthorization: Bearer " + app.token() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = stalled.getInputStream();
            String handshake = readUntil(in, "\r\n\r\n");
            assertThat(handshake).startsWith("HTTP/1.1 101");
            String register = new JsonArray().add(new JsonObject().put("type", "register")
                    .put("address", Addresses.LIVE_CHANGES).encode()).encode();
            out.write(maskedTextFrame(register));
            out.flush();
            // wait until both registrations are in, then flood: 24 MB in 8 KB items, never read by "stalled"
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> {
                publish(Addresses.LIVE_CHANGES, new JsonObject().put("id", -1));
                return reader.next(100, TimeUnit.MILLISECONDS) != null;
            });
            String filler = "x".repeat(8192);
            int messages = 3000;
            for (int i = 1; i <= messages; i++) {
                publish(Addresses.LIVE_CHANGES, new JsonObject().put("id", i).put("after", filler));
                if (i % 250 == 0) {
                    int sent = i;
                    // the reader keeps up: everything so far reaches it (it reads on its own thread)
                    await().atMost(Duration.ofSeconds(20)).until(() -> lastId(reader) >= sent);
                }
            }
            // a ping now: the bridge's 30 s ping timeout cannot be what closes it in the next 20 s
            out.write(maskedTextFrame(new JsonArray().add(new JsonObject().put("type", "ping").encode()).encode()));
            out.flush();
            // the stalled client now reads: it gets what was queued for it (kernel buffers included), then the end
            stalled.setSoTimeout(20_000);
            long read = 0;
            byte[] buffer = new byte[65536];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    read += n;
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the stalled client's connection was never closed (" + read + " bytes read)");
            } catch (java.net.SocketException reset) {
                // a reset also ends it
            }
            assertThat(read).as("it had been registered: it received some of the flood").isGreaterThan(8192L);
            assertThat(read).as("bytes the stalled client could still read (cut off long before 24 MB)")
                    .isLessThan(12L * 1024 * 1024);
        }
    }

    private long lastId = 0;

    private synchronized long lastId(LiveClient reader) throws InterruptedException {
        for (JsonObject f; (f = reader.next(1, TimeUnit.MILLISECONDS)) != null; ) {
            if (f.getValue("body") instanceof JsonObject b && b.getLong("id", 0L) > lastId) {
                lastId = b.getLong("id");
            }
        }
        return lastId;
    }

    @Test
    void withoutSignInTheHandshakeIsRefused() throws Exception {
        assertThat(app.anonymous("GET", "/eventbus/info", null).statusCode()).isEqualTo(401);
        assertThat(app.anonymous("POST", "/eventbus/000/anon0001/xhr", null).statusCode()).isEqualTo(401);
        assertThat(app.get("/eventbus/info").statusCode()).isEqualTo(200);
        assertThat(new JsonObject(app.get("/eventbus/info").body()).getBoolean("websocket")).isTrue();
    }

    @Test
    void inboundMessagesAreRefusedAndASocketHoldsAtMost16Handlers() throws Exception {
        try (LiveClient live = app.live()) {
            live.send(new JsonObject().put("type", "publish").put("address", Addresses.LIVE_CHANGES).put("body", 1));
            JsonObject reply = live.next(5, TimeUnit.SECONDS);
            assertThat(reply).isNotNull();
            assertThat(reply.getString("type")).isEqualTo("err");
            assertThat(reply.getString("body")).isEqualTo("access_denied");
            for (int i = 0; i < 16; i++) {
                live.register(Addresses.LIVE_PREFIX + "a" + i);
            }
            live.register(Addresses.LIVE_PREFIX + "a16");
            JsonObject refused = live.next(5, TimeUnit.SECONDS);
            assertThat(refused).isNotNull();
            assertThat(refused.getString("body")).isEqualTo("max_handlers_reached");
        }
    }

    private static byte[] maskedTextFrame(String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        assertThat(payload.length).isLessThan(126);
        byte[] frame = new byte[2 + 4 + payload.length];
        frame[0] = (byte) 0x81;
        frame[1] = (byte) (0x80 | payload.length);
        byte[] mask = {1, 2, 3, 4};
        System.arraycopy(mask, 0, frame, 2, 4);
        for (int i = 0; i < payload.length; i++) {
            frame[6 + i] = (byte) (payload[i] ^ mask[i % 4]);
        }
        return frame;
    }

    private static String readUntil(InputStream in, String end) throws Exception {
        StringBuilder sb = new StringBuilder();
        while (!sb.toString().endsWith(end)) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            sb.append((char) c);
        }
        return sb.toString();
    }
}
