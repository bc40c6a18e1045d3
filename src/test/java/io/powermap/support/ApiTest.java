package io.powermap.support;

import io.powermap.App;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** A test class with an app of its own on the shared Neo4j harness (cleared first), spoken to over real HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiTest {

    protected App app;
    protected Http http;

    @BeforeAll
    void startApp() {
        TestNeo4j.clear();
        app = TestApp.remote(false);
        http = new Http(app.port());
    }

    @AfterAll
    void stopApp() {
        app.close();
    }
}
