package org.claimwatch.http;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.core.shareddata.LocalMap;

import java.util.List;

/**
 * Which pipeline stages are deployed, kept in a local map: the main verticle records each deployment, the health
 * endpoint reads them. It lives here so that neither has to import the other.
 */
public final class StageStatus {

    private static final String STATUS_MAP = "claimwatch.status";
    private static final String EXPECTED = "expected";
    private static final String COMPLETE = "complete";

    private StageStatus() {
    }

    /** The names of the stages about to be deployed, in order. */
    public static void expect(Vertx vertx, List<String> names) {
        map(vertx).put(EXPECTED, String.join(",", names));
    }

    public static void deployed(Vertx vertx, String name, String deploymentId) {
        map(vertx).put("stage." + name, deploymentId);
    }

    public static void complete(Vertx vertx) {
        map(vertx).put(COMPLETE, "true");
    }

    public static void clear(Vertx vertx) {
        map(vertx).clear();
    }

    /** {@code {"complete": bool, "stages": {name: "UP"|"DOWN"}}}. */
    public static JsonObject snapshot(Vertx vertx) {
        LocalMap<String, String> status = map(vertx);
        JsonObject stages = new JsonObject();
        String expected = status.get(EXPECTED);
        if (expected != null && !expected.isEmpty()) {
            for (String name : expected.split(",")) {
                String id = status.get("stage." + name);
                stages.put(name, id != null && vertx.deploymentIDs().contains(id) ? "UP" : "DOWN");
            }
        }
        return new JsonObject().put(COMPLETE, "true".equals(status.get(COMPLETE))).put("stages", stages);
    }

    private static LocalMap<String, String> map(Vertx vertx) {
        return vertx.sharedData().getLocalMap(STATUS_MAP);
    }
}
