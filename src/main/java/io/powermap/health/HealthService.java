package io.powermap.health;

import io.powermap.db.Database;

/** UP with the database's facts, or DOWN when Neo4j cannot answer. */
public final class HealthService {

    public record Health(String status, String database, String neo4jVersion, Long accounts, String problem) {
        public boolean up() {
            return "UP".equals(status);
        }
    }

    private final HealthRepository repository;
    private final String mode;

    public HealthService(HealthRepository repository, Database.Mode mode) {
        this.repository = repository;
        this.mode = mode.name().toLowerCase();
    }

    public Health check() {
        try {
            HealthRepository.DbStatus s = repository.status();
            return new Health("UP", mode, s.neo4jVersion(), s.accounts(), null);
        } catch (RuntimeException e) {
            return new Health("DOWN", mode, null, null, "Neo4j is unreachable: " + e.getClass().getSimpleName());
        }
    }
}
