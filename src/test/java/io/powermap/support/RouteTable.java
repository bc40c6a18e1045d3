package io.powermap.support;

import io.powermap.App;
import io.powermap.auth.Access;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.Roles;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The app's registered HTTP routes, read from Javalin itself (not from a list kept by hand). */
public final class RouteTable {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    /** One route: method, path template and its declared access rule (empty when it declares none). */
    public record Route(String method, String path, Optional<Access> access) {
        public boolean accountScoped() {
            return path.contains("{accountId}");
        }

        public boolean writes() {
            return !method.equals("GET");
        }

        public boolean hasBody() {
            return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        }

        /** The path with each {param} replaced from the map (missing ones stay as they are). */
        public String fill(Map<String, String> params) {
            String p = path;
            for (Map.Entry<String, String> e : params.entrySet()) {
                p = p.replace("{" + e.getKey() + "}", e.getValue());
            }
            return p;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private RouteTable() {}

    public static List<Route> api(App app) {
        return app.javalin().unsafe.internalRouter.allHttpHandlers().stream()
                .map((ParsedEndpoint e) -> e.endpoint)
                .filter(e -> METHODS.contains(e.method.toString()) && e.path.startsWith("/api"))
                .map(e -> {
                    Roles roles = e.metadata(Roles.class);
                    return new Route(e.method.toString(), e.path, Access.of(roles == null ? Set.of() : roles.getRoles()));
                })
                .sorted(Comparator.comparing(Route::path).thenComparing(Route::method))
                .toList();
    }
}
