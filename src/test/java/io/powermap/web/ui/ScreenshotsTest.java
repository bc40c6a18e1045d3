package io.powermap.web.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes docs/screenshots/*.png of the demo map at 1366x768: both views in all three languages,
 * plus a hidden decision-maker's evidence and a focused person's card. Not part of the normal run:
 * mvn -o test -Dtest=ScreenshotsTest -Dpowermap.screenshots=true
 */
@EnabledIfSystemProperty(named = "powermap.screenshots", matches = "true")
class ScreenshotsTest {

    @Test
    void demoMapInBothViewsAndAllLanguages() throws Exception {
        UiSession s = UiSession.get();
        String demo = s.demo();
        Path dir = Path.of(System.getProperty("powermap.screenshotDir", "docs/screenshots"));
        Browser b = s.browser;
        for (String lang : List.of("en", "zh", "ru")) {
            b.openApp(demo, lang);
            if (b.findAll("#opportunity option").size() > 1) {
                b.waitRerender(() -> new Select(b.find("#opportunity")).selectByIndex(1));
            }
            b.find("#toggle-legend").click();
            b.screenshot(dir.resolve("org-view-" + lang + ".png"));
            b.find("#toggle-legend").click();
            b.waitRerender(() -> b.find("#view-influence").click());
            b.screenshot(dir.resolve("influence-view-" + lang + ".png"));
            b.waitRerender(() -> b.find("#view-formal").click());
        }
        b.openApp(demo, "en");
        b.find("#tab-analysis").click();
        b.waitVisible("#analysis-hidden li button").click();
        Thread.sleep(600);
        b.screenshot(dir.resolve("analysis-hidden-en.png"));
        String id = b.jsString("return window.powermap.cy.nodes('.person').max(n => n.degree()).ele.id()");
        b.find("#analysis-clear").click();
        b.js("window.powermap.cy.$id(arguments[0]).emit('tap')", id);
        b.waitVisible("#card-focus2").click();
        b.waitFor("the person's details", () -> b.find("#card").getText().contains("Stance history"));
        Thread.sleep(600);
        b.screenshot(dir.resolve("focus-card-en.png"));
    }
}
