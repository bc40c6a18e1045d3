package io.powermap.graph;

import io.powermap.db.Database;
import io.powermap.db.Queries;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the rows of an account's map (people, formal lines, influence ties, orgs), each read in one transaction. */
public final class GraphRepository {

    public record Rows(List<Map<String, Object>> people, List<Map<String, Object>> reportsTo,
                       List<Map<String, Object>> influences, List<Map<String, Object>> orgs) {}

    private final Database db;
    private final String people;
    private final String reportsTo;
    private final String influences;
    private final String orgs;
    private final String peopleCount;
    private final String state;
    private final String lodBase;
    private final String influencesAmong;
    private final String reportsToAmong;

    public GraphRepository(Database db, Queries q) {
        this.db = db;
        this.people = q.get("graph/people");
        this.reportsTo = q.get("graph/reports-to");
        this.influences = q.get("graph/influences");
        this.orgs = q.get("graph/orgs");
        this.peopleCount = q.get("graph/people-count");
        this.state = q.get("graph/state");
        this.lodBase = q.get("graph/lod-base");
        this.influencesAmong = q.get("graph/influences-among");
        this.reportsToAmong = q.get("graph/reports-to-among");
    }

    public Rows read(String accountId, String opportunityId, boolean formal, boolean informal) {
        Map<String, Object> p = params(accountId, opportunityId, null);
        return db.read(tx -> new Rows(
                tx.run(people, p).list(r -> r.get("row").asMap()),
                formal ? tx.run(reportsTo, p).list(r -> r.get("row").asMap()) : List.of(),
                informal ? tx.run(influences, p).list(r -> r.get("row").asMap()) : List.of(),
                tx.run(orgs, p).list(r -> r.get("row").asMap())));
    }

    /** The rows of only the given people and the lines and ties among them (a level-of-detail view's open part). */
    public Rows readAmong(String accountId, String opportunityId, List<String> personIds, boolean formal, boolean informal) {
        Map<String, Object> p = params(accountId, opportunityId, personIds);
        return db.read(tx -> new Rows(
                personIds.isEmpty() ? List.of() : tx.run(people, p).list(r -> r.get("row").asMap()),
                formal && !personIds.isEmpty() ? tx.run(reportsToAmong, p).list(r -> r.get("row").asMap()) : List.of(),
                informal && !personIds.isEmpty() ? tx.run(influencesAmong, p).list(r -> r.get("row").asMap()) : List.of(),
                tx.run(orgs, p).list(r -> r.get("row").asMap())));
    }

    public long peopleCount(String accountId) {
        return db.read(tx -> tx.run(peopleCount, Map.of("accountId", accountId)).single().get("people").asLong());
    }

    /** The account's change counter: changes whenever anything of the account is written (empty when the account is not visible). */
    public Optional<Long> state(String accountId) {
        return db.read(tx -> tx.run(state, Map.of("accountId", accountId)).list(r -> r.get("state").asLong())
                .stream().findFirst());
    }

    /** Everything the level-of-detail view is computed from, as compact arrays. */
    public LevelOfDetail.Base lodBase(String accountId) {
        Map<String, Object> p = params(accountId, null, null);
        return db.read(tx -> LevelOfDetail.Base.of(
                tx.run(lodBase, p).list(r -> r.asMap()),
                tx.run(orgs, p).list(r -> r.get("row").asMap())));
    }

    private static Map<String, Object> params(String accountId, String opportunityId, List<String> personIds) {
        Map<String, Object> p = new HashMap<>();
        p.put("accountId", accountId);
        p.put("opportunityId", opportunityId);
        p.put("personIds", personIds);
        return p;
    }
}
