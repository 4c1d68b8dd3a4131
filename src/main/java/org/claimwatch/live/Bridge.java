package org.claimwatch.live;

import io.vertx.core.Vertx;
import io.vertx.ext.bridge.PermittedOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.sockjs.SockJSBridgeOptions;
import io.vertx.ext.web.handler.sockjs.SockJSHandler;
import io.vertx.ext.web.handler.sockjs.SockJSHandlerOptions;
import org.claimwatch.bus.Addresses;

import java.util.regex.Pattern;

/** The SockJS event-bus bridge: outbound {@code claimwatch.live.*} only, nothing inbound. */
public final class Bridge {

    private Bridge() {
    }

    public static SockJSBridgeOptions options() {
        return new SockJSBridgeOptions()
                .addOutboundPermitted(new PermittedOptions()
                        .setAddressRegex(Pattern.quote(Addresses.LIVE_PREFIX) + "[a-z0-9.-]+"))
                .setPingTimeout(30_000)
                .setMaxHandlersPerSocket(16)
                .setMaxAddressLength(64);
    }

    /** A router to mount on {@code /eventbus/*}. */
    public static Router router(Vertx vertx) {
        return SockJSHandler.create(vertx, new SockJSHandlerOptions().setHeartbeatInterval(10_000))
                .bridge(options());
    }
}
