package io.powermap.auth;

import io.powermap.auth.AuthRecords.Credential;
import io.powermap.auth.AuthRecords.LoginInput;
import io.powermap.auth.AuthRecords.LoginUser;
import io.powermap.auth.AuthRecords.Me;
import io.powermap.auth.AuthRecords.NewToken;
import io.powermap.auth.AuthRecords.PasswordChange;
import io.powermap.auth.AuthRecords.Token;
import io.powermap.auth.AuthRecords.TokenInput;
import io.powermap.auth.SecurityLogRepository.Throttle;
import io.powermap.auth.SecurityLogRepository.Type;
import io.powermap.config.AppConfig;
import io.powermap.domain.Check;
import io.powermap.web.ApiException;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Sign-in, sessions, API tokens and the caller's own account. No HTTP here: the controller maps cookies and headers. */
public final class AuthService {

    public static final int MAX_TOKENS = 20;
    private static final long TOUCH_EVERY_MS = 60_000;

    /** A started session: the secret for the cookie (shown once) and the signed-in user. */
    public record Session(String secret, Me me) {}

    /** Which secret authenticated a request: a session cookie or an API token. */
    public enum Via { SESSION, TOKEN }

    /** A request's resolved identity. */
    public record Resolved(Actor actor, Via via, String credentialId, String displayName) {}

    private final SessionRepository sessions;
    private final UserRepository users;
    private final MembershipRepository members;
    private final SecurityLogRepository log;
    private final Passwords passwords;
    private final AppConfig.Security settings;
    private final Clock clock;
    private final CredentialCache cache;

    public AuthService(SessionRepository sessions, UserRepository users, MembershipRepository members,
                       SecurityLogRepository log, Passwords passwords, AppConfig.Security settings, Clock clock,
                       CredentialCache cache) {
        this.sessions = sessions;
        this.cache = cache;
        this.users = users;
        this.members = members;
        this.log = log;
        this.passwords = passwords;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Checks the password; the same 401 for an unknown user, a disabled one and a wrong password.
     * Failures are counted per username and client address and logged in the security log; once
     * the limit is reached every further attempt in the window gets 429, right password or not.
     */
    public Session login(LoginInput in, String ip) {
        new Check().name("username", in.username()).required("password", in.password()).orThrow();
        if (in.password().length() > 4 * Passwords.MAX_LENGTH) {
            throw ApiException.invalid("password", "is too long");
        }
        String username = in.username().trim().toLowerCase(Locale.ROOT);
        String key = username + "|" + ip;
        long now = clock.millis();
        long window = settings.loginWindowSeconds() * 1000;
        Throttle throttle = log.throttle(key, now, window);
        if (throttle.failures() >= settings.loginMaxFailures()) {
            log.record(Type.LOGIN_THROTTLED, username, null, ip, throttle.failures() + " failures in the window");
            throw tooMany(throttle.windowStart() + window - now);
        }
        Optional<LoginUser> user = users.forLogin(username);
        boolean ok;
        if (user.isEmpty()) {
            passwords.verifyDummy(in.password());
            ok = false;
        } else {
            ok = passwords.verify(in.password(), user.get().passwordHash()) && !user.get().disabled();
        }
        if (!ok) {
            String reason = user.isEmpty() ? "unknown user" : user.get().disabled() ? "disabled user" : "wrong password";
            log.failed(key, now, window, username, user.map(LoginUser::id).orElse(null), ip, reason);
            throw ApiException.unauthorized("wrong username or password");
        }
        log.succeeded(key, username, user.get().id(), ip);
        String secret = Tokens.secret("pms_");
        long idleSince = now - settings.sessionIdleMinutes() * 60_000;
        sessions.createSession(UUID.randomUUID().toString(), Tokens.sha256(secret), user.get().id(), now,
                now + settings.sessionHours() * 3_600_000, ip, idleSince);
        Resolved resolved = resolveSession(secret).orElseThrow();
        return new Session(secret, me(resolved));
    }

    private static ApiException tooMany(long retryAfterMillis) {
        long seconds = Math.max(1, (retryAfterMillis + 999) / 1000);
        return new ApiException(429, "Too many requests",
                "too many failed sign-ins for this username from this address: try again in " + seconds + " s",
                List.of(), Map.of("retryAfter", seconds));
    }

    public void logout(String sessionSecret, Actor actor, String ip) {
        if (sessionSecret != null) {
            sessions.deleteSession(Tokens.sha256(sessionSecret));
            cache.forgetAll();
        }
        log.record(Type.LOGOUT, actor.name(), actor.id(), ip, null);
    }

    /**
     * A live session for this cookie value (sliding idle timeout, absolute expiry), from the
     * {@link CredentialCache} unless {@code fresh}: a caller about to refuse access asks again fresh,
     * so a role granted a moment ago (a new account) is never refused for the cache's sake.
     */
    public Optional<Resolved> resolveSession(String secret, boolean fresh) {
        if (secret == null || secret.length() > 200) {
            return Optional.empty();
        }
        long now = clock.millis();
        String hash = Tokens.sha256(secret);
        Optional<Credential> c = cache.get(hash, now, fresh,
                () -> sessions.resolveSession(hash, now, now - settings.sessionIdleMinutes() * 60_000));
        c.filter(x -> now - x.lastSeenAt() > TOUCH_EVERY_MS).ifPresent(x -> {
            sessions.touchSession(x.credentialId(), now);
            cache.touched(hash, x, now);
        });
        return c.map(x -> new Resolved(x.actor(), Via.SESSION, x.credentialId(), x.displayName()));
    }

    public Optional<Resolved> resolveSession(String secret) {
        return resolveSession(secret, false);
    }

    /** A live API token for this bearer value (cached like sessions). */
    public Optional<Resolved> resolveToken(String secret, boolean fresh) {
        if (secret == null || secret.length() > 200) {
            return Optional.empty();
        }
        long now = clock.millis();
        String hash = Tokens.sha256(secret);
        Optional<Credential> c = cache.get(hash, now, fresh, () -> sessions.resolveToken(hash, now));
        c.filter(x -> now - x.lastSeenAt() > TOUCH_EVERY_MS).ifPresent(x -> {
            sessions.touchToken(x.credentialId(), now);
            cache.touched(hash, x, now);
        });
        return c.map(x -> new Resolved(x.actor(), Via.TOKEN, x.credentialId(), x.displayName()));
    }

    public Me me(Resolved r) {
        return new Me(r.actor().id(), r.actor().name(), r.displayName(), r.actor().admin(),
                r.via().name().toLowerCase(Locale.ROOT), members.accountsOf(r.actor().id()));
    }

    /** Changes the caller's password: needs the current one; ends their other sessions. */
    public void changePassword(Resolved r, PasswordChange in, String ip) {
        new Check().required("currentPassword", in.currentPassword()).required("newPassword", in.newPassword()).orThrow();
        LoginUser user = users.forLogin(r.actor().name()).orElseThrow(() -> ApiException.unauthorized("sign in again"));
        if (!passwords.verify(in.currentPassword(), user.passwordHash())) {
            log.record(Type.LOGIN_FAILED, user.username(), user.id(), ip, "wrong current password on password change");
            throw ApiException.invalid("currentPassword", "is wrong");
        }
        Passwords.checkPolicy("newPassword", in.newPassword(), user.username());
        users.setPassword(user.id(), passwords.hash(in.newPassword()), r.via() == Via.SESSION ? r.credentialId() : null);
        cache.forgetAll();
        log.record(Type.PASSWORD_CHANGED, user.username(), user.id(), ip, null);
    }

    /**
     * A new API token for the caller. Only a signed-in person (a session) makes tokens: a token cannot
     * mint another (403), so a leaked token can never outlive its own expiry or revocation.
     */
    public NewToken createToken(Resolved caller, TokenInput in, String ip) {
        if (caller.via() != Via.SESSION) {
            throw ApiException.forbidden(ApiException.Refusal.OTHER, "API tokens are created from a signed-in session, not with another token");
        }
        Actor actor = caller.actor();
        int days = in.expiresInDays() == null ? 90 : in.expiresInDays();
        new Check().name("name", in.name()).range("expiresInDays", days, 1, 365).orThrow();
        if (in.name().length() > 100) {
            throw ApiException.invalid("name", "is longer than 100 characters");
        }
        if (sessions.tokenCount(actor.id()) >= MAX_TOKENS) {
            throw ApiException.conflict("you have " + MAX_TOKENS + " API tokens: revoke one first");
        }
        String secret = Tokens.secret("pmt_");
        long now = clock.millis();
        Token t = sessions.createToken(UUID.randomUUID().toString(), actor.id(), in.name().strip(), Tokens.sha256(secret),
                now, now + Duration.ofDays(days).toMillis());
        log.record(Type.TOKEN_CREATED, actor.name(), actor.id(), ip, t.name());
        return new NewToken(t.id(), t.name(), t.createdAt(), t.expiresAt(), secret);
    }

    public List<Token> tokens(Actor actor) {
        return sessions.tokens(actor.id());
    }

    public void revokeToken(Actor actor, String tokenId, String ip) {
        String name = sessions.deleteToken(actor.id(), tokenId).orElseThrow(() -> ApiException.notFound("token", tokenId));
        cache.forgetAll();
        log.record(Type.TOKEN_REVOKED, actor.name(), actor.id(), ip, name);
    }
}
