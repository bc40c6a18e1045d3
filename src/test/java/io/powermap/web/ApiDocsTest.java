package io.powermap.web;

import io.powermap.App;
import io.powermap.support.TestApp;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/API.md lists every route of the routing table, so a new route without documentation fails the build. */
class ApiDocsTest {

    private static final Pattern DOCUMENTED = Pattern.compile("`([A-Z]+(?:/[A-Z]+)*) (/api[^ `?]*)");

    @Test
    void everyRouteIsDocumented() throws IOException {
        Set<String> documented = new HashSet<>();
        Matcher m = DOCUMENTED.matcher(Files.readString(Path.of("docs/API.md")));
        while (m.find()) {
            for (String method : m.group(1).split("/")) {
                documented.add(method + " " + m.group(2));
            }
        }
        List<String> missing = new ArrayList<>();
        List<String> routes;
        try (App app = TestApp.remote(false)) {
            routes = app.routes();
        }
        assertTrue(routes.size() > 50, "the routing table: " + routes);
        for (String route : routes) {
            if (!documented.contains(route)) {
                missing.add(route);
            }
        }
        assertEquals(List.of(), missing, "routes missing from docs/API.md");
    }
}
