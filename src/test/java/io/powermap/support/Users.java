package io.powermap.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;

/** Test users, made through the API by an admin client; names are unique per call (users outlive TestNeo4j.clear()). */
public final class Users {

    public static final String PASSWORD = "Sturdy-Password-42";

    /** A user and a client signed in as them. */
    public record User(String id, String username, Http http) {}

    private Users() {}

    public static User create(Http admin, int port, String prefix) {
        return create(admin, port, prefix, false);
    }

    public static User create(Http admin, int port, String prefix, boolean isAdmin) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response r = admin.post("/api/users", Map.of("username", username, "password", PASSWORD,
                "displayName", prefix + " user", "admin", isAdmin));
        if (r.status() != 201) {
            throw new AssertionError("create user: " + r.status() + " " + r.body());
        }
        JsonNode u = r.json();
        return new User(u.get("id").asText(), username, Http.as(port, username, PASSWORD));
    }

    /** Makes the user a member of the account with this role. */
    public static void grant(Http owner, String accountId, User user, String role) {
        Http.Response r = owner.put("/api/accounts/" + accountId + "/members/" + user.id(), Map.of("role", role));
        if (r.status() != 200) {
            throw new AssertionError("grant " + role + ": " + r.status() + " " + r.body());
        }
    }
}
