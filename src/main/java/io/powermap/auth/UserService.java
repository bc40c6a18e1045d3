package io.powermap.auth;

import io.powermap.auth.AuthRecords.Member;
import io.powermap.auth.AuthRecords.SecurityEvent;
import io.powermap.auth.AuthRecords.User;
import io.powermap.auth.AuthRecords.UserInput;
import io.powermap.auth.SecurityLogRepository.Type;
import io.powermap.config.ConfigException;
import io.powermap.domain.Check;
import io.powermap.web.ApiException;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Users (ADMIN), account teams (ADMIN or account OWNER) and the first admin. */
public final class UserService {

    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final UserRepository users;
    private final MembershipRepository members;
    private final SecurityLogRepository log;
    private final Passwords passwords;
    private final CredentialCache credentials;

    public UserService(UserRepository users, MembershipRepository members, SecurityLogRepository log, Passwords passwords,
                       CredentialCache credentials) {
        this.users = users;
        this.credentials = credentials;
        this.members = members;
        this.log = log;
        this.passwords = passwords;
    }

    /**
     * Creates the 'admin' user on the first start: with the configured password, else a random one
     * that is returned (to be printed once). Later starts change nothing.
     */
    public Optional<String> bootstrapAdmin(Optional<String> configured) {
        String password = configured.orElseGet(Tokens::password);
        if (configured.isPresent()) {
            try {
                Passwords.checkPolicy("password", password, "admin");
            } catch (ApiException e) {
                throw new ConfigException("POWERMAP_ADMIN_PASSWORD / --admin-password is too weak: " + e.getMessage());
            }
        }
        UserRepository.Bootstrap b = users.bootstrapAdmin(passwords.hash(password));
        if (!b.created()) {
            return Optional.empty();
        }
        log.record(Type.ADMIN_CREATED, "admin", b.id(), null, configured.isPresent() ? "configured password" : "generated password");
        return configured.isPresent() ? Optional.empty() : Optional.of(password);
    }

    public Optional<String> adminId() {
        return users.forLogin("admin").map(AuthRecords.LoginUser::id);
    }

    public User create(UserInput in, Actor actor, String ip) {
        Check c = new Check().name("username", in.username()).maxLength("displayName", in.displayName(), Check.NAME_MAX);
        c.orThrow();
        String username = in.username().trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw ApiException.invalid("username", "must be 2 to 64 of a-z, 0-9, '.', '_' or '-', starting with a letter or digit");
        }
        Passwords.checkPolicy("password", in.password(), username);
        String display = in.displayName() == null || in.displayName().isBlank() ? username : in.displayName().strip();
        User u = users.create(username, display, passwords.hash(in.password()), Boolean.TRUE.equals(in.admin()));
        log.record(Type.USER_CREATED, u.username(), u.id(), ip, "by " + actor.name() + (u.admin() ? " (admin)" : ""));
        return u;
    }

    public List<User> list() {
        return users.list();
    }

    public User setDisabled(String userId, Boolean disabled, Actor actor, String ip) {
        new Check().required("disabled", disabled).orThrow();
        if (disabled && userId.equals(actor.id())) {
            throw ApiException.invalid("disabled", "you cannot disable yourself");
        }
        User u = users.setDisabled(userId, disabled).orElseThrow(() -> ApiException.notFound("user", userId));
        credentials.forgetAll();
        log.record(disabled ? Type.USER_DISABLED : Type.USER_ENABLED, u.username(), u.id(), ip, "by " + actor.name());
        return u;
    }

    public List<Member> members(String accountId) {
        return members.members(accountId);
    }

    public Member putMember(String accountId, String userId, Role role, Actor actor) {
        new Check().required("role", role).orThrow();
        Member m = members.put(accountId, userId, role, actor).orElseThrow(() -> ApiException.notFound("user", userId));
        credentials.forgetAll(); // a lowered role must not be served from the cache
        return m;
    }

    public void deleteMember(String accountId, String userId, Actor actor) {
        if (!members.delete(accountId, userId, actor)) {
            throw ApiException.notFound("member", userId);
        }
        credentials.forgetAll();
    }

    public List<SecurityEvent> events(String type, int limit) {
        if (type != null) {
            try {
                Type.valueOf(type);
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("type", "is not a security event type");
            }
        }
        return log.events(type, limit);
    }
}
