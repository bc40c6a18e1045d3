package io.powermap.report;

import io.powermap.db.Database;
import io.powermap.db.Queries;

import java.util.List;
import java.util.Map;

/** The org tree of an account (id, name, kind, parentId, members), as the map's graph endpoint reads it. */
public final class ReportRepository {

    private final Database db;
    private final String orgs;

    public ReportRepository(Database db, Queries q) {
        this.db = db;
        this.orgs = q.get("graph/orgs");
    }

    public List<Map<String, Object>> orgs(String accountId) {
        return db.read(tx -> tx.run(orgs, Map.of("accountId", accountId)).list(r -> r.get("row").asMap()));
    }
}
