package io.powermap.io.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenerateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return GenerateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheFileAndOneSummaryLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/account.json");
        assertEquals(0, run("--people", "500", "--ties", "4000", "--seed", "3", "--out", file.toString()));
        assertEquals("", stderr());
        List<String> lines = stdout().lines().toList();
        assertEquals(1, lines.size(), stdout());
        String line = lines.get(0);
        long size = Files.size(file);
        assertTrue(line.contains("people=500") && line.contains("ties=4000") && line.contains("bytes=" + size)
                && line.matches(".* ms=\\d+ .*"), line);

        JsonNode doc = new ObjectMapper().readTree(file.toFile());
        assertEquals(500, doc.get("people").size());
        assertEquals(4000, doc.get("influences").size());
        assertArrayEquals(AccountGeneratorTest.bytes(GeneratorSpec.of(500, 4000, 3)), Files.readAllBytes(file),
                "the CLI writes exactly what the API generates");
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertEquals(List.of(file), left.toList(), "no temporary file left behind");
        }
    }

    @Test
    void seedDefaultsTo42AndEqualsSyntaxWorks(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.json");
        assertEquals(0, run("--people=200", "--ties=900", "--out=" + file));
        assertArrayEquals(AccountGeneratorTest.bytes(GeneratorSpec.of(200, 900, 42)), Files.readAllBytes(file));
    }

    @Test
    void dashWritesTheDocumentToStdoutAndTheSummaryToStderr() throws Exception {
        assertEquals(0, run("--people", "60", "--ties", "300", "--out", "-"));
        JsonNode doc = new ObjectMapper().readTree(out.toByteArray());
        assertEquals(60, doc.get("people").size());
        assertEquals(1, stderr().lines().count(), stderr());
        assertTrue(stderr().contains("bytes=" + out.size()), stderr());
    }

    @Test
    void badArgumentsGiveOneLineAndExitCode2() {
        String[][] bad = {
            {},
            {"--people", "100", "--ties", "10"},                                 // no --out
            {"--ties", "10", "--out", "x.json"},                                 // no --people
            {"--people", "100", "--out", "x.json"},                              // no --ties
            {"--people", "many", "--ties", "10", "--out", "x.json"},
            {"--people", "100", "--ties", "10", "--out", "x.json", "--colour", "red"},
            {"--people", "100", "--ties", "10", "--out"},
            {"--people", "100", "--people", "200", "--ties", "10", "--out", "x.json"},
            {"--people", "20", "--ties", "381", "--out", "x.json"},              // infeasible
            {"--people", "5", "--ties", "1", "--out", "x.json"},
            {"people", "100"},
        };
        for (String[] args : bad) {
            out.reset();
            err.reset();
            assertEquals(GenerateCommand.USAGE, run(args), String.join(" ", args));
            assertEquals(1, stderr().lines().count(), "one line for " + String.join(" ", args) + ": " + stderr());
            assertTrue(stderr().startsWith("generate: "), stderr());
            assertFalse(stderr().contains("Exception") || stderr().contains("\tat "), stderr());
            assertEquals("", stdout());
        }
        assertFalse(Files.exists(Path.of("x.json")));
    }

    @Test
    void infeasibleTiesNameTheLimit() {
        assertEquals(2, run("--people", "20", "--ties", "381", "--out", "-"));
        assertTrue(stderr().contains("at most 380"), stderr());
    }

    @Test
    void unwritableTargetGivesOneLineAndExitCode1(@TempDir Path dir) throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        assertEquals(GenerateCommand.FAILED, run("--people", "50", "--ties", "10", "--out", blocker.resolve("a.json").toString()));
        assertEquals(1, stderr().lines().count(), stderr());
        assertTrue(stderr().startsWith("generate: cannot write"), stderr());
    }

    @Test
    void helpPrintsUsage() {
        assertEquals(0, run("--help"));
        assertTrue(stdout().startsWith("usage: generate"), stdout());
    }
}
