package io.powermap.web.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A browser test class on its own fresh copy of the fixture account, in the shared app and browser
 * ({@link UiSession}); no script error or CSP violation may happen before, during or after its tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FixtureUiTest {

    protected UiSession s;
    protected UiSession.Fixture f;
    protected Browser b;

    @BeforeAll
    void openSession() {
        s = UiSession.get();
        b = s.browser;
        f = s.fixture();
        b.consoleLog();
        b.assertNoScriptErrors();
    }

    @AfterAll
    void noScriptErrors() {
        b.assertNoScriptErrors();
    }
}
