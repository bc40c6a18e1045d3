package io.powermap.auth;

import java.util.List;

/** Request and response shapes of sign-in, users, memberships and API tokens. Secrets never appear in a response except a new token, once. */
public final class AuthRecords {

    private AuthRecords() {}

    public record LoginInput(String username, String password) {}

    public record PasswordChange(String currentPassword, String newPassword) {}

    public record UserInput(String username, String password, String displayName, Boolean admin) {}

    public record DisabledInput(Boolean disabled) {}

    public record MemberInput(Role role) {}

    public record TokenInput(String name, Integer expiresInDays) {}

    public record User(String id, String username, String displayName, boolean admin, boolean disabled, String createdAt) {}

    public record Membership(String accountId, String accountName, Role role) {}

    public record Me(String id, String username, String displayName, boolean admin, String via, List<Membership> memberships) {}

    public record Member(String userId, String username, String displayName, Role role, boolean disabled) {}

    /** A token as listed: never its secret. Times are epoch milliseconds. */
    public record Token(String id, String name, long createdAt, long expiresAt, Long lastUsedAt) {}

    /** The answer to creating a token: the only time its secret is shown. */
    public record NewToken(String id, String name, long createdAt, long expiresAt, String token) {}

    public record SecurityEvent(String id, String at, String type, String username, String userId, String ip, String detail) {}

    /** What a sign-in check needs of a user. */
    public record LoginUser(String id, String username, String passwordHash, boolean disabled) {}

    /** A resolved session or token: whose, with which memberships, and when it was last used. */
    public record Credential(String credentialId, long lastSeenAt, Actor actor, String displayName) {}
}
