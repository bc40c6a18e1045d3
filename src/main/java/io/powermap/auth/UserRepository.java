package io.powermap.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.auth.AuthRecords.LoginUser;
import io.powermap.auth.AuthRecords.User;
import io.powermap.db.Database;
import io.powermap.db.Queries;
import io.powermap.web.ApiException;
import org.neo4j.driver.exceptions.ClientException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Users: the only code that reads or writes (:User) nodes and their password hashes. */
public final class UserRepository {

    public record Bootstrap(String id, boolean created) {}

    private final Database db;
    private final ObjectMapper mapper;
    private final String create;
    private final String bootstrap;
    private final String forLogin;
    private final String get;
    private final String list;
    private final String setDisabled;
    private final String setPassword;

    public UserRepository(Database db, Queries q, ObjectMapper mapper) {
        this.db = db;
        this.mapper = mapper;
        this.create = q.get("auth/user-create");
        this.bootstrap = q.get("auth/user-bootstrap-admin");
        this.forLogin = q.get("auth/user-for-login");
        this.get = q.get("auth/user-get");
        this.list = q.get("auth/user-list");
        this.setDisabled = q.get("auth/user-set-disabled");
        this.setPassword = q.get("auth/user-set-password");
    }

    public User create(String username, String displayName, String passwordHash, boolean admin) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", UUID.randomUUID().toString());
        p.put("username", username);
        p.put("displayName", displayName);
        p.put("passwordHash", passwordHash);
        p.put("admin", admin);
        try {
            return db.write(tx -> mapper.convertValue(tx.run(create, p).single().get("row").asMap(), User.class));
        } catch (ClientException e) {
            if (String.valueOf(e.code()).contains("ConstraintValidationFailed")) {
                throw new ApiException(409, "Conflict", "the username '" + username + "' is taken",
                        List.of(new ApiException.FieldError("username", "is taken")), Map.of());
            }
            throw e;
        }
    }

    /** Creates the 'admin' user unless one exists; the hash is only used when it is created. */
    public Bootstrap bootstrapAdmin(String passwordHash) {
        String id = UUID.randomUUID().toString();
        return db.write(tx -> {
            var r = tx.run(bootstrap, Map.of("id", id, "passwordHash", passwordHash)).single();
            return new Bootstrap(r.get("id").asString(), r.get("created").asBoolean());
        });
    }

    public Optional<LoginUser> forLogin(String username) {
        return db.read(tx -> tx.run(forLogin, Map.of("username", username)).list(r -> new LoginUser(
                r.get("id").asString(), r.get("username").asString(),
                r.get("passwordHash").isNull() ? null : r.get("passwordHash").asString(),
                r.get("disabled").asBoolean(false))).stream().findFirst());
    }

    public Optional<User> get(String id) {
        return db.read(tx -> tx.run(get, Map.of("id", id)).list(r -> mapper.convertValue(r.get("row").asMap(), User.class))
                .stream().findFirst());
    }

    public List<User> list() {
        return db.read(tx -> tx.run(list).list(r -> mapper.convertValue(r.get("row").asMap(), User.class)));
    }

    public Optional<User> setDisabled(String id, boolean disabled) {
        return db.write(tx -> tx.run(setDisabled, Map.of("id", id, "disabled", disabled))
                .list(r -> mapper.convertValue(r.get("row").asMap(), User.class)).stream().findFirst());
    }

    public void setPassword(String id, String passwordHash, String keepSessionId) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("passwordHash", passwordHash);
        p.put("keepSessionId", keepSessionId);
        db.write(tx -> tx.run(setPassword, p).consume());
    }
}
