package io.powermap.io;

import io.powermap.db.Database;
import io.powermap.db.Queries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a whole account in the interchange shape, one query per section, in one read transaction. */
public final class ExportRepository {

    public static final List<String> SECTIONS = List.of("orgs", "people", "influences", "staff", "knows", "owns",
            "competitors", "alignments", "opportunities", "interactions", "actions", "visits", "targets");

    private final Database db;
    private final Queries q;

    public ExportRepository(Database db, Queries queries) {
        this.db = db;
        this.q = queries;
        queries.get("export/account");
        SECTIONS.forEach(s -> queries.get("export/" + s));
    }

    /** Section name to rows; "account" holds a one-row list; empty when the account does not exist. */
    public Map<String, List<Map<String, Object>>> read(String accountId) {
        return db.read(tx -> {
            Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
            List<Map<String, Object>> account = tx.run(q.get("export/account"), Map.of("accountId", accountId))
                    .list(r -> r.get("row").asMap());
            if (account.isEmpty()) {
                return out;
            }
            out.put("account", account);
            for (String section : SECTIONS) {
                out.put(section, tx.run(q.get("export/" + section), Map.of("accountId", accountId))
                        .list(r -> r.get("row").asMap()));
            }
            return out;
        });
    }
}
