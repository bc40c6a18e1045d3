package io.powermap.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.audit.AuditRepository;
import io.powermap.auth.Actor;
import io.powermap.db.AccountLock;
import io.powermap.db.Database;
import io.powermap.db.Queries;
import io.powermap.db.Versions;
import io.powermap.web.ApiException;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Data-subject duties: everything held about one person, and erasing it. */
public final class PrivacyRepository {

    public record Erased(long stanceChanges, long planTargets, long relationships, long redactedTexts, long redactedChanges) {}

    private final Database db;
    private final AccountLock accountLock;
    private final AuditRepository audit;
    private final ObjectMapper mapper;
    private final String person;
    private final String lock;
    private final String personalData;
    private final String mentions;
    private final String auditMentions;
    private final String redact;
    private final String erase;

    public PrivacyRepository(Database db, Queries q, AuditRepository audit, ObjectMapper mapper) {
        this.db = db;
        this.accountLock = new AccountLock(db, q);
        this.audit = audit;
        this.mapper = mapper;
        this.person = q.get("person/get");
        this.lock = q.get("person/lock");
        this.personalData = q.get("privacy/personal-data");
        this.mentions = q.get("privacy/mentions");
        this.auditMentions = q.get("privacy/audit-mentions");
        this.redact = q.get("privacy/redact");
        this.erase = q.get("privacy/erase");
    }

    /** The person record plus everything linked to or mentioning them; empty when there is no such person. */
    public Optional<Map<String, Object>> personalData(String accountId, String personId) {
        Map<String, Object> p = Map.of("accountId", accountId, "personId", personId, "id", personId);
        return db.read(tx -> {
            var rows = tx.run(person, p).list(r -> r.get("row").asMap());
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("person", rows.get(0));
            Map<String, Object> linked = new LinkedHashMap<>(tx.run(personalData, p).single().get("row").asMap());
            // The query finds the name anywhere; a mention is where it stands as a word, as erasure redacts it.
            String name = (String) rows.get(0).get("name");
            linked.computeIfPresent("mentions", (key, all) -> ((List<?>) all).stream().map(m -> (Map<?, ?>) m)
                    .filter(m -> ((List<?>) m.get("text")).stream().anyMatch(t -> Redaction.mentions((String) t, name))).toList());
            result.putAll(linked);
            return Optional.of(result);
        });
    }

    /**
     * Erases the person in one transaction: redacts the name in the account's free texts and audit
     * log, deletes the node with its stance history and ties, and records the erasure itself.
     */
    public Erased erase(String accountId, String personId, String confirmName, Actor actor) {
        return accountLock.write(accountId, tx -> {
            Map<String, Object> current = tx.run(lock, Map.of("accountId", accountId, "id", personId))
                    .list(r -> r.get("row").asMap()).stream().findFirst().filter(Versions::stillThere)
                    .orElseThrow(() -> ApiException.notFound("person", personId)); // deleted while this waited for its lock
            String name = (String) current.get("name");
            if (!name.equals(confirmName)) {
                throw ApiException.invalid("confirm", "must equal the person's name to erase them");
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("accountId", accountId);
            p.put("personId", personId);
            p.put("name", name);
            p.put("jsonName", jsonEscaped(name));
            // Candidates in any letter case: the queries compare lower-cased texts, Redaction decides.
            p.put("lowerName", name.toLowerCase(Locale.ROOT));
            p.put("lowerJsonName", jsonEscaped(name).toLowerCase(Locale.ROOT));
            long texts = redactTexts(tx, p, name);
            long changes = redactAudit(tx, p, name);
            var r = tx.run(erase, p).single();
            Erased erased = new Erased(r.get("stanceChanges").asLong(), r.get("planTargets").asLong(),
                    r.get("relationships").asLong(), texts, changes);
            audit.record(tx, accountId, actor, AuditRepository.Action.ERASE, "Person", personId, "[erased]", null, erased);
            return erased;
        });
    }

    /**
     * Replaces the name where it stands as a word in the account's free texts ({@link Redaction}); returns how many
     * nodes and relationships changed. Entities that contain the name only inside a longer word stay as they are.
     */
    private long redactTexts(TransactionContext tx, Map<String, Object> p, String name) {
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        List<Map<String, Object>> rels = new ArrayList<>();
        long changed = 0;
        for (Record row : tx.run(mentions, p).list()) {
            Map<String, Object> texts = redacted(row.get("texts").asMap(), name);
            if (texts.isEmpty()) {
                continue;
            }
            changed++;
            boolean versioned = row.get("versioned").asBoolean();
            String node = row.get("node").isNull() ? null : row.get("node").asString();
            if (row.get("rel").isNull()) {
                write(nodes, node, texts, versioned);
            } else {
                // A membership row names its person, whose version counts up for it; a tie's own version does.
                rels.add(Map.of("id", row.get("rel").asString(), "texts", texts, "versioned", versioned && node == null));
                if (node != null) {
                    write(nodes, node, Map.of(), versioned);
                }
            }
        }
        write(tx, nodes, rels);
        return changed;
    }

    /** The person's own audit entries lose their values; the others lose the name, plain and JSON-escaped, where it stands as a word. */
    private long redactAudit(TransactionContext tx, Map<String, Object> p, String name) {
        String jsonName = (String) p.get("jsonName");
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        for (Record row : tx.run(auditMentions, p).list()) {
            Map<String, Object> current = row.get("texts").asMap();
            Map<String, Object> texts = new HashMap<>();
            if (row.get("own").asBoolean()) {
                texts.put("entityName", Redaction.ERASED);
                current.forEach((key, value) -> {
                    if (value != null && !key.equals("entityName")) {
                        texts.put(key, "{\"redacted\":true}");
                    }
                });
            } else {
                current.forEach((key, value) -> {
                    if (value instanceof String text) {
                        String escaped = Redaction.redact(text, jsonName);
                        String redacted = jsonName.equals(name) ? escaped : Redaction.redact(escaped, name);
                        if (!redacted.equals(text)) {
                            texts.put(key, redacted);
                        }
                    }
                });
            }
            if (!texts.isEmpty()) {
                write(nodes, row.get("id").asString(), texts, false);
            }
        }
        write(tx, nodes, List.of());
        return nodes.size();
    }

    /** The texts whose value changes, strings and string lists alike. */
    private static Map<String, Object> redacted(Map<String, Object> texts, String name) {
        Map<String, Object> changed = new HashMap<>();
        texts.forEach((key, value) -> {
            Object redacted = value instanceof List<?> list
                    ? list.stream().map(item -> item instanceof String text ? Redaction.redact(text, name) : item).toList()
                    : value instanceof String text ? Redaction.redact(text, name) : value;
            if (value != null && !redacted.equals(value)) {
                changed.put(key, redacted);
            }
        });
        return changed;
    }

    /** One write per node: a node named by two rows (a person with a mention and a membership title) counts up once. */
    private static void write(Map<String, Map<String, Object>> nodes, String id, Map<String, Object> texts, boolean versioned) {
        Map<String, Object> entry = nodes.computeIfAbsent(id, key -> new HashMap<>(Map.of("id", key, "texts", new HashMap<String, Object>(),
                "versioned", false)));
        @SuppressWarnings("unchecked")
        Map<String, Object> merged = (Map<String, Object>) entry.get("texts");
        merged.putAll(texts);
        entry.put("versioned", (boolean) entry.get("versioned") || versioned);
    }

    private void write(TransactionContext tx, Map<String, Map<String, Object>> nodes, List<Map<String, Object>> rels) {
        if (!nodes.isEmpty() || !rels.isEmpty()) {
            tx.run(redact, Map.of("nodes", List.copyOf(nodes.values()), "rels", rels)).consume();
        }
    }

    /** The name as it appears inside a JSON string (quotes, backslashes, controls escaped). */
    private String jsonEscaped(String name) {
        try {
            String quoted = mapper.writeValueAsString(name);
            return quoted.substring(1, quoted.length() - 1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
