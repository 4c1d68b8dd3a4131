package org.claimwatch.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The router's endpoints as {method, path} pairs: admins and the security tests read the API from it. */
final class RouteList {

    private RouteList() {
    }

    static List<JsonObject> of(Router router) {
        List<JsonObject> out = new ArrayList<>();
        for (Route route : router.getRoutes()) {
            String path = route.getPath();
            Set<HttpMethod> methods = route.methods();
            if (path == null || methods == null || methods.isEmpty()) {
                continue; // middleware (all methods) and sub-routers are not endpoints
            }
            for (HttpMethod m : methods) {
                out.add(new JsonObject().put("method", m.name()).put("path", path));
            }
        }
        return out;
    }
}
