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

        /** The path with each {param} replaced from the map; any other one becomes "no-such-param". */
        public String fill(Map<String, String> params) {
            String p = path;
            for (Map.Entry<String, String> e : params.entrySet()) {
                p = p.replace("{" + e.getKey() + "}", e.getValue());
            }
            return p.replaceAll("\\{([A-Za-z]+)}", "no-such-$1");
        }

        /** The names of the path parameters, in order. */
        public List<String> params() {
            return java.util.regex.Pattern.compile("\\{([A-Za-z]+)}").matcher(path).results().map(m -> m.group(1)).toList();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private RouteTable() {}

    /**
     * Ids for the path parameters, for an account made from the small fixture: real ones where a
     * request cannot change anything without a valid body or version, unknown ones (404) where it
     * could (a team member or owner link would be removed by a bare DELETE).
     */
    public static Map<String, String> ids(Http admin, String accountId) {
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        ids.put("accountId", accountId);
        ids.put("personId", Fixtures.personId(admin, accountId, "p-cto"));
        String base = "/api/accounts/" + accountId + "/";
        ids.put("tieId", first(admin, base + "influences"));
        ids.put("orgId", first(admin, base + "orgs"));
        ids.put("competitorId", first(admin, base + "competitors"));
        ids.put("opportunityId", first(admin, base + "opportunities"));
        ids.put("interactionId", first(admin, base + "interactions"));
        ids.put("actionId", first(admin, base + "actions"));
        ids.put("visitId", first(admin, base + "visits"));
        ids.put("staffId", "no-such-staff");
        ids.put("targetId", "no-such-target");
        ids.put("userId", "no-such-user");
        ids.put("tokenId", "no-such-token");
        return ids;
    }

    private static String first(Http admin, String path) {
        Http.Response r = admin.get(path);
        if (r.status() != 200 || r.json().isEmpty()) {
            throw new AssertionError("no item at " + path + ": " + r.status() + " " + r.body());
        }
        return r.json().get(0).get("id").asText();
    }

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
