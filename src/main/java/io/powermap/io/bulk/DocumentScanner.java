package io.powermap.io.bulk;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.io.AccountDocument;
import io.powermap.io.AccountDocument.*;
import io.powermap.web.ApiException;
import io.powermap.web.Bodies;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Reads a {@code powermap/1} file item by item with Jackson's streaming parser, binding one section
 * item at a time to its record: the document is never in memory, whatever its size.
 *
 * <p>Lenient mode (validation) reads each item as a small tree first, so a field that does not bind is
 * reported under its JSON path ({@code people[3].stance}) and the scan goes on to list every problem;
 * strict mode (the write passes, after validation) binds straight from the stream.
 */
final class DocumentScanner {

    /** The list sections in the format's order, with the record each item binds to. */
    static final Map<String, Class<?>> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("orgs", OrgData.class);
        SECTIONS.put("people", PersonData.class);
        SECTIONS.put("influences", InfluenceData.class);
        SECTIONS.put("staff", StaffData.class);
        SECTIONS.put("knows", KnowsData.class);
        SECTIONS.put("owns", OwnsData.class);
        SECTIONS.put("competitors", CompetitorData.class);
        SECTIONS.put("alignments", AlignmentData.class);
        SECTIONS.put("opportunities", OpportunityData.class);
        SECTIONS.put("interactions", InteractionData.class);
        SECTIONS.put("actions", ActionData.class);
        SECTIONS.put("visits", VisitData.class);
        SECTIONS.put("targets", TargetData.class);
    }

    interface Handler {
        default void format(String format) {}

        default void account(AccountData account) {}

        /** One bound item; {@code null} when the file has {@code null} there (lenient mode only). */
        void item(String section, int index, Object item) throws IOException;

        /** A structural or binding problem, by JSON path (lenient mode). */
        default void problem(String path, String message) {}
    }

    private final ObjectMapper mapper;

    DocumentScanner(ObjectMapper mapper) {
        // Items are read one by one from the middle of the document: the tokens after each are expected.
        this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * Reads the file once, handing over the items of the {@code wanted} sections (others are skipped
     * token by token). Malformed JSON ends the scan with an {@link ApiException} naming line and column.
     */
    void scan(Path file, Set<String> wanted, boolean lenient, Handler h, LongConsumer bytesRead) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             JsonParser p = mapper.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                h.problem("body", "a JSON object is required");
                return;
            }
            Set<String> seen = new HashSet<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (!seen.add(field)) {
                    h.problem(field, "appears twice");
                    p.skipChildren();
                    continue;
                }
                switch (field) {
                    case "format" -> {
                        if (value == JsonToken.VALUE_STRING) {
                            h.format(p.getText());
                        } else if (value != JsonToken.VALUE_NULL) {
                            h.problem("format", "expected a string");
                            p.skipChildren();
                        }
                    }
                    case "exportedAt" -> bindSmall(p, "exportedAt", Instant.class, h);
                    case "account" -> {
                        AccountData a = bindSmall(p, "account", AccountData.class, h);
                        if (a != null) {
                            h.account(a);
                        }
                    }
                    default -> {
                        Class<?> type = SECTIONS.get(field);
                        if (type == null) {
                            h.problem(field, "unknown field '" + field + "'");
                            p.skipChildren();
                        } else if (value == JsonToken.VALUE_NULL) {
                            // an absent section
                        } else if (value != JsonToken.START_ARRAY) {
                            h.problem(field, "expected an array");
                            p.skipChildren();
                        } else if (!wanted.contains(field)) {
                            p.skipChildren();
                        } else {
                            section(p, field, type, lenient, h, bytesRead);
                        }
                    }
                }
                bytesRead.accept(p.currentLocation().getByteOffset());
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                h.problem("body", "trailing content after the document");
            }
        } catch (ApiException e) {
            throw e;
        } catch (StreamReadException e) {
            throw duplicateField(e).orElseGet(() -> Bodies.toApi(e));
        } catch (IOException e) {
            throw Bodies.toApi(e);
        }
    }

    /**
     * A key repeated inside one object (the parser's strict duplicate detection) names its JSON path,
     * {@code people[3].name}: which of the two values was meant cannot be known, so the scan ends there.
     */
    private static Optional<ApiException> duplicateField(StreamReadException e) {
        if (!String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field") || e.getProcessor() == null) {
            return Optional.empty();
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = e.getProcessor().getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            path.insert(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : (c.getParent().inRoot() ? "" : ".") + c.getCurrentName());
        }
        return Optional.of(ApiException.invalid(path.isEmpty() ? "body" : path.toString(), "appears twice in the same object"));
    }

    private void section(JsonParser p, String section, Class<?> type, boolean lenient, Handler h, LongConsumer bytesRead)
            throws IOException {
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (lenient) {
                JsonNode node = mapper.readTree(p);
                Object item = null;
                if (node != null && !node.isNull()) {
                    try {
                        item = mapper.treeToValue(node, type);
                    } catch (IOException e) {
                        problem(h, section + "[" + i + "]", e);
                        i++;
                        continue;
                    }
                }
                h.item(section, i, item);
            } else {
                h.item(section, i, p.currentToken() == JsonToken.VALUE_NULL ? null : mapper.readValue(p, type));
            }
            i++;
            if ((i & 1023) == 0) {
                bytesRead.accept(p.currentLocation().getByteOffset());
            }
        }
    }

    private <T> T bindSmall(JsonParser p, String path, Class<T> type, Handler h) throws IOException {
        JsonNode node = mapper.readTree(p);
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return mapper.treeToValue(node, type);
        } catch (IOException e) {
            problem(h, path, e);
            return null;
        }
    }

    /** A binding failure re-rooted under the item's path: {@code stance} of item 3 becomes {@code people[3].stance}. */
    private static void problem(Handler h, String prefix, IOException e) {
        for (ApiException.FieldError err : Bodies.toApi(e).errors()) {
            String f = err.field();
            h.problem(f.equals("body") ? prefix : f.startsWith("[") ? prefix + f : prefix + "." + f, err.message());
        }
    }

    static List<String> sections() {
        return List.copyOf(SECTIONS.keySet());
    }

    static final String FORMAT = AccountDocument.FORMAT;
}
