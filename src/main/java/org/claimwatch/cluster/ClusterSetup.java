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
import io.vertx.core.spi.cluster.ClusterManager;
import io.vertx.core.spi.cluster.NodeListener;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;

import java.util.List;
import java.util.function.Consumer;

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

    /** A started Vert.x instance and, when clustered, its cluster manager (null otherwise). */
    public record Node(Vertx vertx, ClusterManager manager) {

        /** This instance's node id in the cluster, or {@code local}. */
        public String id() {
            return manager == null ? "local" : manager.getNodeId();
        }

        /** The node ids of the cluster's current members, this one included. */
        public List<String> members() {
            return manager == null ? List.of(id()) : List.copyOf(manager.getNodes());
        }

        /** Runs {@code action} on every member that leaves the cluster (a crash included), with the member's id. */
        public void onLeft(Consumer<String> action) {
            if (manager == null) {
                return;
            }
            manager.nodeListener(new NodeListener() {
                @Override
                public void nodeAdded(String nodeId) {
                }

                @Override
                public void nodeLeft(String nodeId) {
                    action.accept(nodeId);
                }
            });
        }
    }

    public static Future<Node> start(VertxOptions options, JsonObject config) {
        if (!enabled(config)) {
            return Future.succeededFuture(new Node(Vertx.builder().with(options).build(), null));
        }
        String host = Settings.of(config).cluster().host();
        options.setEventBusOptions(new EventBusOptions().setHost(host).setClusterPublicHost(host).setPort(0));
        HazelcastClusterManager manager = new HazelcastClusterManager(hazelcast(config));
        return Vertx.builder().with(options).withClusterManager(manager).buildClustered()
                .map(vertx -> new Node(vertx, manager));
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
