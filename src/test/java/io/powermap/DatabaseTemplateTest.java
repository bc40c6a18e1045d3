package io.powermap;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.config.AppConfig;
import io.powermap.config.ConfigException;
import io.powermap.db.DatabaseTemplate;
import io.powermap.io.TemplateBuilder;
import io.powermap.support.Http;
import io.powermap.support.TestApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static io.powermap.support.Documents.withoutVolatile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The database template mvn package builds: a first start from it equals a first start that seeds live. */
class DatabaseTemplateTest {

    @TempDir
    static Path shared;
    @TempDir
    Path dir;

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static Path template;

    @BeforeAll
    static void buildTemplate() throws IOException {
        template = shared.resolve("db-template.zip");
        TemplateBuilder.build(template);
    }

    private static AppConfig config(Path data, boolean demo) {
        return AppConfig.from(new String[0], Map.of("POWERMAP_DATA", data.toString(), "POWERMAP_PORT", "0",
                "POWERMAP_BOLT_PORT", "0", "POWERMAP_PAGECACHE", "32", "POWERMAP_DEMO", String.valueOf(demo),
                "POWERMAP_ADMIN_PASSWORD", TestApp.ADMIN_PASSWORD));
    }

    @Test
    void aFirstStartFromTheTemplateEqualsOneThatSeedsLiveAndThenRestartsPlainly() throws IOException {
        Path data = dir.resolve("from-template");
        JsonNode fromTemplate;
        String demoId;
        try (App app = App.start(config(data, true), DatabaseTemplate.of(template))) {
            assertTrue(app.fromTemplate());
            demoId = app.seededDemo().orElseThrow(() -> new AssertionError("the template's demo is handed over as seeded"));
            Http admin = Http.as(app.port(), TestApp.ADMIN, TestApp.ADMIN_PASSWORD);
            JsonNode me = admin.get("/api/me").json();
            assertTrue(me.get("admin").asBoolean(), "the admin is created on the first start, not taken from the template");
            assertEquals(demoId, me.at("/memberships/0/accountId").asText());
            assertEquals("OWNER", me.at("/memberships/0/role").asText(), "the admin owns the demo, as after a live seed");
            assertEquals(1, admin.get("/api/health").json().get("accounts").asLong());
            fromTemplate = admin.get("/api/accounts/" + demoId + "/export").json();
        }
        try (Stream<Path> top = Files.list(data)) {
            assertFalse(top.anyMatch(p -> p.getFileName().toString().equals(".template")), "the staging folder is gone");
        }

        // A directory with anything in it is not empty: the template is ignored and the demo is seeded live.
        Path live = dir.resolve("live");
        Files.createDirectories(live);
        Files.writeString(live.resolve("notes.txt"), "kept");
        try (App app = App.start(config(live, true), DatabaseTemplate.of(template))) {
            assertFalse(app.fromTemplate());
            String liveId = app.seededDemo().orElseThrow();
            JsonNode seededLive = Http.as(app.port(), TestApp.ADMIN, TestApp.ADMIN_PASSWORD)
                    .get("/api/accounts/" + liveId + "/export").json();
            // Both exports carry the file's own ids; only the export time and the account's id differ by nature.
            assertEquals(withoutVolatile(seededLive), withoutVolatile(fromTemplate));
            assertTrue(fromTemplate.get("people").size() >= 80, "the demo's people are there");
        }

        try (App app = App.start(config(data, true), DatabaseTemplate.of(template))) {
            assertFalse(app.fromTemplate(), "a second start is a plain restart");
            assertTrue(app.seededDemo().isEmpty(), "and does not hand the demo over again");
            assertEquals(1, Http.anonymous(app.port()).get("/api/health").json().get("accounts").asLong());
        }
    }

    @Test
    void withoutTheDemoTheTemplateIsNotUsed() {
        try (App app = App.start(config(dir.resolve("no-demo"), false), DatabaseTemplate.of(template))) {
            assertFalse(app.fromTemplate());
            assertTrue(app.seededDemo().isEmpty());
            assertEquals(0, Http.anonymous(app.port()).get("/api/health").json().get("accounts").asLong());
        }
    }

    @Test
    void anEntryOutsideTheDataDirectoryIsRefusedAndNothingIsWritten() throws IOException {
        for (String bad : new String[] {"../escaped.txt", "data/../../escaped.txt", "/tmp/escaped-" + ProcessHandle.current().pid()}) {
            Path zip = dir.resolve("bad.zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                entry(out, "template-as-of", TODAY.toString());
                entry(out, "data/databases/ok.txt");
                entry(out, bad);
            }
            Path data = dir.resolve("data");
            ConfigException e = assertThrows(ConfigException.class, () -> DatabaseTemplate.of(zip).installIfEmpty(data, TODAY));
            assertTrue(e.getMessage().contains("outside the data directory") && e.getMessage().contains(bad), e.getMessage());
            assertFalse(Files.exists(dir.resolve("escaped.txt")), bad);
            assertFalse(Files.exists(Path.of(bad)) && bad.startsWith("/"), bad);
            try (Stream<Path> left = Files.list(data)) {
                assertEquals(0, left.count(), "a refused template leaves the data directory empty, so the next start may try again");
            }
        }
    }

    /**
     * A template built more than {@link DatabaseTemplate#MAX_AGE_DAYS} days ago (its demo's dates are as of then),
     * or "tomorrow" by a skewed clock, is not used: the first start seeds live. At the window's edge it is used.
     */
    @Test
    void aTemplateOlderThanItsWindowIsNotUsedAndTheDemoIsSeededLive() throws IOException {
        Path old = dir.resolve("old.zip");
        withAsOf(template, old, TODAY.minusDays(DatabaseTemplate.MAX_AGE_DAYS + 1));
        Path data = dir.resolve("old-template");
        assertFalse(DatabaseTemplate.of(old).installIfEmpty(data, TODAY));
        assertFalse(Files.exists(data) && Files.list(data).findAny().isPresent(), "nothing unpacked");
        withAsOf(template, old, TODAY.plusDays(1));
        assertFalse(DatabaseTemplate.of(old).installIfEmpty(data, TODAY));
        withAsOf(template, old, TODAY.minusDays(DatabaseTemplate.MAX_AGE_DAYS));
        assertTrue(DatabaseTemplate.of(old).installIfEmpty(data, TODAY), "at the edge of the window it is still used");

        withAsOf(template, old, TODAY.minusDays(30));
        try (App app = App.start(config(dir.resolve("seeded-live"), true), DatabaseTemplate.of(old))) {
            assertFalse(app.fromTemplate());
            assertTrue(app.seededDemo().isPresent(), "the demo is seeded live, with today's dates");
        }
    }

    /** A copy of {@code from} whose build day reads {@code asOf}. */
    private static void withAsOf(Path from, Path to, LocalDate asOf) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(e.getName().equals("template-as-of") ? asOf.toString().getBytes(StandardCharsets.US_ASCII) : in.readAllBytes());
                out.closeEntry();
            }
        }
    }

    private static void entry(ZipOutputStream out, String name) throws IOException {
        entry(out, name, name);
    }

    private static void entry(ZipOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
