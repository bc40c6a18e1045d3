package io.powermap.auth;

import io.javalin.security.RouteRole;

import java.util.Optional;
import java.util.Set;

/**
 * The access rule every route in {@code Routes} declares (exactly one). {@link AccessControl}
 * enforces it before the handler runs; an API route without one is refused.
 */
public enum Access implements RouteRole {
    /** Anyone: health, sign-in. */
    PUBLIC(null),
    /** Any signed-in user (session or API token). */
    SIGNED_IN(null),
    /** Users with the ADMIN flag. */
    ADMIN(null),
    /** Routes under {@code /api/accounts/{accountId}}: at least this role on that account. */
    ACCOUNT_VIEWER(Role.VIEWER),
    ACCOUNT_EDITOR(Role.EDITOR),
    ACCOUNT_OWNER(Role.OWNER);

    private final Role accountRole;

    Access(Role accountRole) {
        this.accountRole = accountRole;
    }

    /** The account role this rule needs, for account-scoped rules. */
    public Optional<Role> accountRole() {
        return Optional.ofNullable(accountRole);
    }

    /** The single rule among a route's roles, or empty when it declares none (or several). */
    public static Optional<Access> of(Set<RouteRole> roles) {
        Access found = null;
        for (RouteRole r : roles) {
            if (r instanceof Access a) {
                if (found != null) {
                    return Optional.empty();
                }
                found = a;
            }
        }
        return Optional.ofNullable(found);
    }
}
