package org.claimwatch.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import org.claimwatch.config.ConfigKeys;

/**
 * Builds the Vert.x instance: plain when {@code cluster.enabled} is false, else clustered with Hazelcast over a
 * TCP-IP join (no multicast, no phone-home), so live messages published on one instance reach every instance.
 */
public final class ClusterSetup {

    private ClusterSetup() {
    }

    public static boolean enabled(JsonObject config) {
        return config.getBoolean(ConfigKeys.CLUSTER_ENABLED, false);
    }

    public static Future<Vertx> vertx(VertxOptions options, JsonObject config) {
        if (!enabled(config)) {
            return Future.succeededFuture(Vertx.builder().with(options).build());
        }
        String host = config.getString(ConfigKeys.CLUSTER_HOST, "127.0.0.1");
        options.setEventBusOptions(new EventBusOptions().setHost(host).setClusterPublicHost(host).setPort(0));
        return Vertx.builder().with(options).withClusterManager(new HazelcastClusterManager(hazelcast(config)))
                .buildClustered();
    }

    static Config hazelcast(JsonObject config) {
        String host = config.getString(ConfigKeys.CLUSTER_HOST, "127.0.0.1");
        Config hz = ConfigUtil.loadConfig();
        hz.setClusterName(config.getString(ConfigKeys.CLUSTER_NAME, "claimwatch"));
        hz.setProperty("hazelcast.phone.home.enabled", "false");
        hz.setProperty("hazelcast.wait.seconds.before.join", "0");
        hz.setProperty("hazelcast.logging.type", "jdk");
        hz.setProperty("hazelcast.socket.bind.any", "false");
        NetworkConfig network = hz.getNetworkConfig();
        network.setPort(config.getInteger(ConfigKeys.CLUSTER_PORT, 5701)).setPortAutoIncrement(true);
        network.setPublicAddress(null);
        network.getInterfaces().setEnabled(true).addInterface(host);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true);
        for (Object member : config.getJsonArray(ConfigKeys.CLUSTER_MEMBERS, new JsonArray().add(host))) {
            join.getTcpIpConfig().addMember(String.valueOf(member));
        }
        return hz;
    }
}
