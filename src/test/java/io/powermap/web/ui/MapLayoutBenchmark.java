package io.powermap.web.ui;

import io.powermap.io.generate.AccountGenerator;
import io.powermap.io.generate.GeneratorSpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Browser map benchmark (not a timed test; mvn -Pbench test -Dtest=MapLayoutBenchmark): generated
 * accounts of 200, 1,000 and 3,000 people (3 ties each), in headless Chromium at 1366x768.
 * For each: time from navigation to a drawn, laid-out map in both views as the app does it, and the
 * time of each candidate layout on the same elements. Writes target/bench/ui-map.md.
 * For a quick look on a busy machine: -Dpowermap.bench.people=1000 (sizes, comma-separated),
 * -Dpowermap.bench.candidates=false (app views only), -Dpowermap.bench.repeat=3 (median of runs).
 */
@Tag("bench")
class MapLayoutBenchmark {

    private static final String LAYOUT_SCRIPT = """
            const [opts, done] = [arguments[0], arguments[arguments.length - 1]];
            const cy = window.powermap.cy;
            const t0 = performance.now();
            const layout = cy.layout(Object.assign({ animate: false, fit: true }, opts));
            layout.one('layoutstop', () => requestAnimationFrame(() => done(performance.now() - t0)));
            layout.run();
            """;

    private record Run(double nav, double render, String parts, double cpu) {}

    /**
     * The page's main-thread CPU time since navigation, up to the idle app (first frame, then the filters and the
     * analysis decoration): unlike the wall times it leaves out waiting for a core on a busy machine.
     */
    private static double mainThreadMs(Browser b) {
        for (Object m : (List<?>) b.driver().executeCdpCommand("Performance.getMetrics", java.util.Map.of()).get("metrics")) {
            java.util.Map<?, ?> metric = (java.util.Map<?, ?>) m;
            if ("ThreadTime".equals(metric.get("name"))) {
                return ((Number) metric.get("value")).doubleValue() * 1000;
            }
        }
        return Double.NaN;
    }

    @Test
    void layoutTimes() throws Exception {
        UiSession s = UiSession.get();
        Browser b = s.browser;
        b.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(120));
        List<String> rows = new ArrayList<>();
        rows.add("| people / ties | view: what the app does | navigation → drawn | render (elements + style / layout / first frame) | grid | breadthfirst | fcose draft | fcose default | cose |");
        rows.add("|---|---|---|---|---|---|---|---|---|");
        int[] sizes = java.util.Arrays.stream(System.getProperty("powermap.bench.people", "200,1000,3000").split(","))
                .map(String::trim).mapToInt(Integer::parseInt).toArray();
        boolean candidatesToo = Boolean.parseBoolean(System.getProperty("powermap.bench.candidates", "true"));
        int repeat = Integer.getInteger("powermap.bench.repeat", 1);
        for (int people : sizes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AccountGenerator.generate(GeneratorSpec.of(people, people * 3, 7), out);
            String id = s.importDocument(out.toString(StandardCharsets.UTF_8));
            s.http.get("/api/accounts/" + id + "/analysis"); // warm the analysis cache, as a returning user would
            for (String view : List.of("formal", "influence")) {
                // The median run of `repeat`, each a fresh page load.
                List<Run> runs = new ArrayList<>();
                for (int i = 0; i < repeat; i++) {
                    b.driver().executeCdpCommand("Performance.enable", java.util.Map.of());
                    b.openApp(id, "en", view);
                    runs.add(new Run(((Number) b.js("return performance.getEntriesByName('powermap:first-render')[0].startTime")).doubleValue(),
                            ((Number) b.js("return window.powermap.lastLayoutMs")).doubleValue(),
                            b.jsString("const t = window.powermap.timings; return [t.build + t.create, t.layout, t.draw].map(Math.round).join(' / ')"),
                            mainThreadMs(b)));
                }
                runs.sort((x, y) -> Double.compare(x.nav(), y.nav()));
                Run median = runs.get(runs.size() / 2);
                double nav = median.nav();
                double render = median.render();
                String parts = median.parts() + String.format(Locale.ROOT, "; main thread %.0f ms CPU", median.cpu());
                String[] candidates = {
                        "{\"name\":\"grid\"}",
                        "{\"name\":\"breadthfirst\",\"directed\":true}",
                        "{\"name\":\"fcose\",\"quality\":\"draft\",\"randomize\":true}",
                        "{\"name\":\"fcose\",\"quality\":\"default\",\"randomize\":true}",
                        "{\"name\":\"cose\",\"randomize\":true}",
                };
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %,d / %,d | %s | %s | %.0f ms (%s) |",
                        people, people * 3, view.equals("formal") ? "org view: tidy tree (preset)" : "influence view: "
                                + (people > 1500 ? "fcose draft (org clusters)" : people > 350 ? "server layout (preset)" : "fcose"),
                        String.format(Locale.ROOT, "%.0f ms", nav), render, parts));
                if (view.equals("influence") && candidatesToo) {
                    for (String c : candidates) {
                        boolean slow = c.contains("default") || c.contains("\"cose\"");
                        if (slow && people > 1000) {
                            row.append(" (skipped) |");
                            continue;
                        }
                        Object ms = b.driver().executeAsyncScript(LAYOUT_SCRIPT, com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readValue(c, java.util.Map.class));
                        row.append(String.format(Locale.ROOT, " %.0f ms |", ((Number) ms).doubleValue()));
                    }
                } else {
                    row.append(" | | | | |");
                }
                rows.add(row.toString());
            }
        }
        String machine = String.format(Locale.ROOT, "%d cores, load average %.1f at the end, %s, headless Chromium 1366x768",
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.version"));
        Path file = Path.of("target/bench/ui-map.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Machine: " + machine + "\n\n" + String.join("\n", rows) + "\n");
        System.out.println(Files.readString(file));
    }
}
