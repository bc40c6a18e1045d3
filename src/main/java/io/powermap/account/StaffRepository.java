package io.powermap.account;

import io.powermap.db.Database;
import io.powermap.db.Queries;
import io.powermap.domain.Vocabulary.Rank;

import java.util.List;
import java.util.Map;

/** Our own people on an account's team (staff are not account-scoped; the team link is). */
public final class StaffRepository {

    public record Staff(String id, String externalId, String name, String title, Rank rank, String email) {}

    private final Database db;
    private final String ofAccount;

    public StaffRepository(Database db, Queries q) {
        this.db = db;
        this.ofAccount = q.get("staff/of-account");
    }

    public List<Staff> ofAccount(String accountId) {
        return db.read(tx -> tx.run(ofAccount, Map.of("accountId", accountId)).list(r -> {
            Map<String, Object> m = r.get("row").asMap();
            return new Staff((String) m.get("id"), (String) m.get("externalId"), (String) m.get("name"),
                    (String) m.get("title"), m.get("rank") == null ? null : Rank.valueOf((String) m.get("rank")),
                    (String) m.get("email"));
        }));
    }
}
