package io.powermap.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.powermap.auth.Actor;
import io.powermap.db.MetaRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Seeds the demo account through the ordinary import, once per database: the marker it leaves
 * means a restart, or a user who deleted the demo, never sees it come back.
 */
public final class DemoSeeder {

    public static final String RESOURCE = "demo/telecom-operator.json";
    static final String MARKER = "initialized";
    /** The demo a database template holds, handed over on the first start of a copy as if seeded then. */
    static final String TEMPLATE_DEMO = "template-demo";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*Z");

    private final MetaRepository meta;
    private final ImportService imports;
    private final ObjectMapper mapper;

    public DemoSeeder(MetaRepository meta, ImportService imports, ObjectMapper mapper) {
        this.meta = meta;
        this.imports = imports;
        this.mapper = mapper;
    }

    /** Seeds the demo if this database was never initialised and holds no account; returns its id. */
    public Optional<String> seedIfFirstStart(boolean demoEnabled) {
        if (meta.get(MARKER).isPresent()) {
            return Optional.empty();
        }
        Optional<String> seeded = meta.get(TEMPLATE_DEMO);
        if (seeded.isEmpty() && demoEnabled && meta.accountCount() == 0) {
            seeded = Optional.of(seed());
        }
        meta.put(MARKER, Instant.now().toString());
        return seeded;
    }

    /** Seeds the demo into a database template, left unmarked so the first start of each copy takes it over. */
    public String seedTemplate() {
        String id = seed();
        meta.put(TEMPLATE_DEMO, id);
        return id;
    }

    private String seed() {
        return imports.importDocument(demoDocument(LocalDate.now(ZoneOffset.UTC)), Actor.SYSTEM).accountId();
    }

    /** The demo file with every date moved so that the file reads as of {@code today}. */
    public AccountDocument demoDocument(LocalDate today) {
        try (InputStream in = DemoSeeder.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode root = mapper.readTree(in);
            LocalDate asOf = Instant.parse(root.get("exportedAt").asText()).atZone(ZoneOffset.UTC).toLocalDate();
            long shift = ChronoUnit.DAYS.between(asOf, today);
            shiftDates(root, shift);
            return mapper.treeToValue(root, AccountDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void shiftDates(JsonNode node, long days) {
        if (node.isArray()) {
            node.forEach(child -> shiftDates(child, days));
        } else if (node instanceof ObjectNode obj) {
            for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                if (v.isTextual() && DATE.matcher(v.asText()).matches()) {
                    e.setValue(new TextNode(LocalDate.parse(v.asText()).plusDays(days).toString()));
                } else if (v.isTextual() && INSTANT.matcher(v.asText()).matches()) {
                    e.setValue(new TextNode(Instant.parse(v.asText()).plus(days, ChronoUnit.DAYS).toString()));
                } else {
                    shiftDates(v, days);
                }
            }
        }
    }
}
