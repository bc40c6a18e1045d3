package io.powermap.graph;

import io.powermap.db.Database;
import io.powermap.db.Queries;
import io.powermap.graph.PositionRecords.Point;
import io.powermap.graph.PositionRecords.Positions;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Node positions live on a (:Layout {key: accountId/view})-[:PLACES {x, y}]->(:Person) star. */
public final class PositionsRepository {

    private final Database db;
    private final String get;
    private final String put;

    public PositionsRepository(Database db, Queries q) {
        this.db = db;
        this.get = q.get("positions/get");
        this.put = q.get("positions/put");
    }

    /** Empty when the account does not exist. */
    public Optional<Positions> get(String accountId, String view) {
        Map<String, Object> p = Map.of("accountId", accountId, "view", view);
        return db.read(tx -> tx.run(get, p).list(r -> toPositions(r.get("row"))).stream().findFirst());
    }

    /** Replaces the view's positions; empty when the account does not exist. */
    public Optional<Positions> put(String accountId, String view, Map<String, Point> positions) {
        List<Map<String, Object>> rows = new ArrayList<>(positions.size());
        positions.forEach((id, point) -> rows.add(Map.of("id", id, "x", point.x(), "y", point.y())));
        Map<String, Object> p = new HashMap<>();
        p.put("accountId", accountId);
        p.put("view", view);
        p.put("positions", rows);
        return db.write(tx -> tx.run(put, p).list(r -> toPositions(r.get("row"))).stream().findFirst());
    }

    private static Positions toPositions(Value row) {
        Map<String, Point> positions = new TreeMap<>();
        for (Value v : row.get("positions").values()) {
            positions.put(v.get("id").asString(), new Point(v.get("x").asDouble(), v.get("y").asDouble()));
        }
        Value updatedAt = row.get("updatedAt");
        return new Positions(row.get("view").asString(), updatedAt.isNull() ? null : updatedAt.asString(), positions);
    }
}
