package io.powermap.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.powermap.io.generate.AccountGenerator;
import io.powermap.io.generate.GeneratorSpec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Generated documents, bulk-import polling, and the normalised comparison of exports (as ImportExportTest). */
public final class Documents {

    private Documents() {}

    public static byte[] generate(int people, int ties, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new AccountGenerator(GeneratorSpec.of(people, ties, seed)).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static Path generateFile(Path dir, int people, int ties, long seed) {
        try {
            Path file = dir.resolve("gen-" + people + "-" + ties + "-" + seed + ".json");
            try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                new AccountGenerator(GeneratorSpec.of(people, ties, seed)).writeTo(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Posts to the bulk import and polls the job until it ends; answers the final job. */
    public static JsonNode bulkImport(Http http, java.net.http.HttpRequest.BodyPublisher body, Duration timeout) {
        Http.Response r = http.send(java.net.http.HttpRequest.newBuilder(http.uri("/api/imports"))
                .header("Content-Type", "application/json").POST(body));
        if (r.status() != 202) {
            throw new AssertionError("bulk import not accepted: " + r.status() + " " + r.body());
        }
        return awaitJob(http, r.header("Location"), timeout);
    }

    public static JsonNode awaitJob(Http http, String location, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode job = http.get(location).json();
            String state = job.path("state").asText();
            if (state.equals("DONE") || state.equals("FAILED")) {
                return job;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("import still " + state + " after " + timeout + ": " + job);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Compares item by item so a failure names the first differing item, not two whole documents. */
    public static void assertSameDocument(JsonNode expected, JsonNode actual) {
        expected.fieldNames().forEachRemaining(section -> {
            JsonNode e = expected.get(section);
            JsonNode a = actual.get(section);
            if (e.isArray()) {
                assertEquals(e.size(), a.size(), section + " count");
                for (int i = 0; i < e.size(); i++) {
                    assertEquals(e.get(i), a.get(i), section + "[" + i + "]");
                }
            } else {
                assertEquals(e, a, section);
            }
        });
        assertEquals(expected.size(), actual.size(), "sections");
    }

    /** Sections sorted by their key fields and needs filled in, as the export writes them. */
    public static JsonNode normalised(JsonNode doc) {
        ObjectNode copy = (ObjectNode) withoutVolatile(canonical(doc));
        // A section the file leaves out and one the export writes empty are the same.
        for (String section : io.powermap.io.ExportRepository.SECTIONS) {
            if (!copy.has(section)) {
                copy.putArray(section);
            }
        }
        copy.get("people").forEach(p -> {
            if (p.path("needs").isNull() || p.path("needs").isMissingNode()) {
                ((ObjectNode) p).putObject("needs").putArray("professional");
                ((ObjectNode) p.get("needs")).putArray("personal");
            }
        });
        copy.get("opportunities").forEach(o -> {
            if (o.path("value").isNumber()) {
                ((ObjectNode) o).put("value", o.get("value").asDouble());
            }
        });
        // A field the file leaves out and the export writes as null are the same value.
        copy.fields().forEachRemaining(section -> {
            if (section.getValue().isArray()) {
                section.getValue().forEach(Documents::dropNulls);
            }
        });
        sort(copy, "orgs", "id");
        sort(copy, "people", "id");
        sort(copy, "influences", "from", "to", "kind");
        sort(copy, "staff", "id");
        sort(copy, "knows", "staffId", "personId");
        sort(copy, "owns", "staffId", "targetId", "priority");
        sort(copy, "competitors", "id");
        sort(copy, "alignments", "personId", "competitorId");
        sort(copy, "opportunities", "id");
        sort(copy, "interactions", "id");
        sort(copy, "actions", "id");
        sort(copy, "visits", "id");
        sort(copy, "targets", "id");
        copy.get("interactions").forEach(i -> {
            sortStrings((ObjectNode) i, "personIds");
            sortStrings((ObjectNode) i, "staffIds");
        });
        return copy;
    }

    private static void dropNulls(JsonNode node) {
        if (node instanceof ObjectNode o) {
            List<String> nulls = new ArrayList<>();
            o.fields().forEachRemaining(f -> {
                if (f.getValue().isNull()) {
                    nulls.add(f.getKey());
                } else {
                    dropNulls(f.getValue());
                }
            });
            o.remove(nulls);
        } else if (node.isArray()) {
            node.forEach(Documents::dropNulls);
        }
    }

    /** Orders a section by the given fields, so documents compare regardless of the order they were written in. */
    public static void sort(ObjectNode doc, String section, String... keys) {
        List<JsonNode> items = new ArrayList<>();
        doc.get(section).forEach(items::add);
        items.sort(java.util.Comparator.comparing(n -> {
            StringBuilder k = new StringBuilder();
            for (String key : keys) {
                k.append(n.path(key).asText()).append('\u0000');
            }
            return k.toString();
        }));
        ArrayNode sorted = doc.putArray(section);
        items.forEach(sorted::add);
    }

    public static void sortStrings(ObjectNode node, String field) {
        List<String> values = new ArrayList<>();
        node.get(field).forEach(v -> values.add(v.asText()));
        java.util.Collections.sort(values);
        ArrayNode sorted = node.putArray(field);
        values.forEach(sorted::add);
    }

    /** Through the format's records, so an absent list and an empty one (and other defaults) compare equal. */
    public static JsonNode canonical(JsonNode doc) {
        try {
            return Http.JSON.valueToTree(Http.JSON.treeToValue(doc, io.powermap.io.AccountDocument.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode withoutVolatile(JsonNode doc) {
        ObjectNode copy = doc.deepCopy();
        copy.remove("exportedAt");
        ((ObjectNode) copy.get("account")).remove("id");
        return copy;
    }
}
