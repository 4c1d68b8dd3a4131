package org.claimwatch.cluster;

import org.claimwatch.config.Settings;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;

/**
 * Builds the Vert.x instance: plain when {@code cluster.enabled} is false, else clustered with Hazelcast over a
 * TCP-IP join (no multicast, no phone-home), so live messages published on one instance reach every instance.
 */
public final class ClusterSetup {

    private ClusterSetup() {
    }

    public static boolean enabled(JsonObject config) {
        return Settings.of(config).cluster().enabled();
    }

    public static Future<Vertx> vertx(VertxOptions options, JsonObject config) {
        if (!enabled(config)) {
            return Future.succeededFuture(Vertx.builder().with(options).build());
        }
        String host = Settings.of(config).cluster().host();
        options.setEventBusOptions(new EventBusOptions().setHost(host).setClusterPublicHost(host).setPort(0));
        return Vertx.builder().with(options).withClusterManager(new HazelcastClusterManager(hazelcast(config)))
                .buildClustered();
    }

    static Config hazelcast(JsonObject config) {
        Settings.Cluster settings = Settings.of(config).cluster();
        String host = settings.host();
        Config hz = ConfigUtil.loadConfig();
        hz.setClusterName(settings.name());
        hz.setProperty("hazelcast.phone.home.enabled", "false");
        hz.setProperty("hazelcast.wait.seconds.before.join", "0");
        hz.setProperty("hazelcast.logging.type", "jdk");
        hz.setProperty("hazelcast.socket.bind.any", "false");
        NetworkConfig network = hz.getNetworkConfig();
        network.setPort(settings.port()).setPortAutoIncrement(true);
        network.setPublicAddress(null);
        network.getInterfaces().setEnabled(true).addInterface(host);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true);
        for (String member : settings.members()) {
            join.getTcpIpConfig().addMember(member);
        }
        return hz;
    }
}
