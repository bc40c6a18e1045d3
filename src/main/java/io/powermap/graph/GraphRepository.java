package io.powermap.graph;

import io.powermap.db.Database;
import io.powermap.db.Queries;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the rows of an account's map (people, formal lines, influence ties, orgs) in one transaction. */
public final class GraphRepository {

    public record Rows(List<Map<String, Object>> people, List<Map<String, Object>> reportsTo,
                       List<Map<String, Object>> influences, List<Map<String, Object>> orgs) {}

    private final Database db;
    private final String people;
    private final String reportsTo;
    private final String influences;
    private final String orgs;

    public GraphRepository(Database db, Queries q) {
        this.db = db;
        this.people = q.get("graph/people");
        this.reportsTo = q.get("graph/reports-to");
        this.influences = q.get("graph/influences");
        this.orgs = q.get("graph/orgs");
    }

    public Rows read(String accountId, String opportunityId, boolean formal, boolean informal) {
        Map<String, Object> p = new HashMap<>();
        p.put("accountId", accountId);
        p.put("opportunityId", opportunityId);
        return db.read(tx -> new Rows(
                tx.run(people, p).list(r -> r.get("row").asMap()),
                formal ? tx.run(reportsTo, p).list(r -> r.get("row").asMap()) : List.of(),
                informal ? tx.run(influences, p).list(r -> r.get("row").asMap()) : List.of(),
                tx.run(orgs, p).list(r -> r.get("row").asMap())));
    }
}
