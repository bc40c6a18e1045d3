package io.powermap.db;

import io.powermap.support.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Session;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every query file parses and plans against a real Neo4j, so a broken query fails the build. */
class CypherFilesTest {

    private static final Pattern PARAM = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");
    private static Queries queries;

    @BeforeAll
    static void load() {
        queries = Queries.load();
        try (Database db = Database.remote(TestNeo4j.boltUri(), "neo4j", "x", "neo4j")) {
            MetaRepository.applySchema(db, queries);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyQueryPlans() {
        assertTrue(queries.all().size() > 30, "expected the query files on the classpath, found " + queries.all().keySet());
        return queries.all().entrySet().stream()
                .filter(e -> !e.getKey().equals("schema"))
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    Map<String, Object> params = new HashMap<>();
                    Matcher m = PARAM.matcher(e.getValue());
                    while (m.find()) {
                        params.put(m.group(1), null);
                    }
                    try (Session s = TestNeo4j.driver().session()) {
                        s.run("EXPLAIN " + e.getValue(), params).consume();
                    }
                }));
    }

    @Test
    void schemaIsIdempotent() {
        List<String> first = schemaObjects();
        try (Database db = Database.remote(TestNeo4j.boltUri(), "neo4j", "x", "neo4j")) {
            MetaRepository.applySchema(db, queries);
            MetaRepository.applySchema(db, queries);
        }
        List<String> second = schemaObjects();
        assertEquals(first, second);
        assertTrue(second.contains("person_id"), "constraints present: " + second);
        assertTrue(second.contains("people_and_orgs_search") && !second.contains("people_and_orgs"), "full-text index present: " + second);
        assertTrue(second.contains("person_account"), "accountId index present: " + second);
    }

    /** Databases made before the search index became eventually consistent get the new one, populated, at start. */
    @Test
    void theOldTransactionalSearchIndexIsReplacedAndTheNewOneIsPopulated() {
        try (Session s = TestNeo4j.driver().session()) {
            s.run("DROP INDEX people_and_orgs_search IF EXISTS").consume();
            s.run("CREATE FULLTEXT INDEX people_and_orgs IF NOT EXISTS FOR (n:Person|Org) ON EACH [n.name, n.title]").consume();
            s.run("UNWIND range(1, 500) AS i CREATE (:Person {id: 'migrated-' + i, accountId: 'migrated', name: 'Ottoline Brand ' + i})").consume();
        }
        try (Database db = Database.remote(TestNeo4j.boltUri(), "neo4j", "x", "neo4j")) {
            MetaRepository.applySchema(db, queries);
        }
        try (Session s = TestNeo4j.driver().session()) {
            List<String> fulltext = s.run("SHOW FULLTEXT INDEXES YIELD name, state, options "
                    + "RETURN name + ' ' + state + ' ' + options.indexConfig['fulltext.eventually_consistent'] AS d").list(r -> r.get(0).asString());
            assertEquals(List.of("people_and_orgs_search ONLINE true"), fulltext);
            assertEquals(500, s.run("CALL db.index.fulltext.queryNodes('people_and_orgs_search', 'ottoline') YIELD node "
                    + "WHERE node.accountId = 'migrated' RETURN count(node) AS n").single().get(0).asLong());
            s.run("MATCH (p:Person {accountId: 'migrated'}) DETACH DELETE p").consume();
        }
    }

    @Test
    void schemaStatementsAreSplitOnLineEnds() {
        List<String> statements = Queries.statements(queries.get("schema"));
        assertTrue(statements.size() > 20);
        statements.forEach(s -> assertFalse(s.contains(";"), s));
        statements.forEach(s -> assertFalse(s.startsWith("//"), s));
    }

    private static List<String> schemaObjects() {
        try (Session s = TestNeo4j.driver().session()) {
            List<String> names = new java.util.ArrayList<>(s.run("SHOW CONSTRAINTS YIELD name RETURN name").list(r -> r.get(0).asString()));
            names.addAll(s.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name").list(r -> r.get(0).asString()));
            Collections.sort(names);
            return names;
        }
    }
}
