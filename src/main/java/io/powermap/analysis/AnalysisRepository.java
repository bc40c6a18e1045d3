package io.powermap.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.db.Database;
import io.powermap.db.Queries;
import org.neo4j.driver.Record;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Loads the account subgraph for the analytics, and the state key their cache depends on. */
public final class AnalysisRepository {

    public record State(boolean opportunityFound, String key) {}

    private final Database db;
    private final ObjectMapper mapper;
    private final String subgraph;
    private final String orgs;
    private final String staffTies;
    private final String state;

    public AnalysisRepository(Database db, Queries q, ObjectMapper mapper) {
        this.db = db;
        this.mapper = mapper;
        this.subgraph = q.get("analysis/subgraph");
        this.orgs = q.get("analysis/orgs");
        this.staffTies = q.get("analysis/staff-ties");
        this.state = q.get("analysis/state");
    }

    /** Empty when the account does not exist. */
    public Optional<State> state(String accountId, String opportunityId) {
        return db.read(tx -> tx.run(state, params(accountId, opportunityId)).list().stream().findFirst().map((Record r) ->
                new State(r.get("opportunityFound").asBoolean(), Long.toString(r.get("changes").asLong()))));
    }

    public AccountGraph load(String accountId, String opportunityId) {
        Map<String, Object> p = params(accountId, opportunityId);
        return db.read(tx -> new AccountGraph(
                tx.run(subgraph, p).list(r -> mapper.convertValue(r.get("row").asMap(), AccountGraph.Person.class)),
                tx.run(orgs, p).list(r -> mapper.convertValue(r.get("row").asMap(), AccountGraph.Org.class)),
                tx.run(staffTies, p).list(r -> mapper.convertValue(r.get("row").asMap(), AccountGraph.Staff.class))));
    }

    private static Map<String, Object> params(String accountId, String opportunityId) {
        Map<String, Object> p = new HashMap<>();
        p.put("accountId", accountId);
        p.put("opportunityId", opportunityId);
        return p;
    }

}
