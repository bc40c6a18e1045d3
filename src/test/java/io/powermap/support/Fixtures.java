package io.powermap.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test documents in the interchange format, read from src/test/resources/fixtures. */
public final class Fixtures {

    private Fixtures() {}

    public static ObjectNode document(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name + ".json")) {
            return (ObjectNode) Http.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped demo account, dates as in the file. */
    public static ObjectNode demo() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/demo/telecom-operator.json")) {
            return (ObjectNode) Http.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the small fixture account and returns its new id. */
    public static String importSmall(Http http) {
        Http.Response r = http.post("/api/import", document("small"));
        if (r.status() != 201) {
            throw new AssertionError("import failed: " + r.status() + " " + r.body());
        }
        return r.json().get("accountId").asText();
    }

    /** The stored id of the person whose file id was {@code externalId}. */
    public static String personId(Http http, String accountId, String externalId) {
        for (JsonNode p : http.get("/api/accounts/" + accountId + "/people").json()) {
            if (externalId.equals(p.path("externalId").asText())) {
                return p.get("id").asText();
            }
        }
        throw new AssertionError("no person " + externalId);
    }
}
