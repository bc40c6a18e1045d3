package io.powermap.auth;

import java.util.Map;
import java.util.Optional;

/**
 * Who is acting: the signed-in user (or the user behind an API token), recorded by name on every
 * change in the audit log. {@code memberships} maps account id to the user's role there.
 */
public record Actor(String id, String name, boolean admin, Map<String, Role> memberships) {

    /**
     * Seeding and other work the app does by itself, with every right (no HTTP request ever carries it):
     * it lists every account and may hand the demo to the first admin.
     */
    public static final Actor SYSTEM = new Actor("system", "Powermap", true, Map.of());

    public Actor {
        memberships = memberships == null ? Map.of() : Map.copyOf(memberships);
    }

    public Actor(String id, String name) {
        this(id, name, false, Map.of());
    }

    /** The role this actor has on an account: ADMIN acts as OWNER everywhere; non-members have none. */
    public Optional<Role> roleIn(String accountId) {
        if (admin) {
            return Optional.of(Role.OWNER);
        }
        return Optional.ofNullable(memberships.get(accountId));
    }
}
