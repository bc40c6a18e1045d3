package io.powermap.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.audit.AuditRepository;
import io.powermap.auth.Actor;
import io.powermap.db.Database;
import io.powermap.db.Queries;
import io.powermap.web.ApiException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Data-subject duties: everything held about one person, and erasing it. */
public final class PrivacyRepository {

    public record Erased(long stanceChanges, long planTargets, long relationships, long redactedTexts, long redactedChanges) {}

    private final Database db;
    private final AuditRepository audit;
    private final ObjectMapper mapper;
    private final String person;
    private final String lock;
    private final String personalData;
    private final String redactNotes;
    private final String redactAudit;
    private final String erase;

    public PrivacyRepository(Database db, Queries q, AuditRepository audit, ObjectMapper mapper) {
        this.db = db;
        this.audit = audit;
        this.mapper = mapper;
        this.person = q.get("person/get");
        this.lock = q.get("person/lock");
        this.personalData = q.get("privacy/personal-data");
        this.redactNotes = q.get("privacy/redact-notes");
        this.redactAudit = q.get("privacy/redact-audit");
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
            result.putAll(tx.run(personalData, p).single().get("row").asMap());
            return Optional.of(result);
        });
    }

    /**
     * Erases the person in one transaction: redacts the name in the account's free texts and audit
     * log, deletes the node with its stance history and ties, and records the erasure itself.
     */
    public Erased erase(String accountId, String personId, String confirmName, Actor actor) {
        return db.write(tx -> {
            Map<String, Object> current = tx.run(lock, Map.of("accountId", accountId, "id", personId))
                    .list(r -> r.get("row").asMap()).stream().findFirst()
                    .orElseThrow(() -> ApiException.notFound("person", personId));
            String name = (String) current.get("name");
            if (!name.equals(confirmName)) {
                throw ApiException.invalid("confirm", "must equal the person's name to erase them");
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("accountId", accountId);
            p.put("personId", personId);
            p.put("name", name);
            p.put("jsonName", jsonEscaped(name));
            long texts = tx.run(redactNotes, p).single().get("redacted").asLong();
            long changes = tx.run(redactAudit, p).single().get("redacted").asLong();
            var r = tx.run(erase, p).single();
            Erased erased = new Erased(r.get("stanceChanges").asLong(), r.get("planTargets").asLong(),
                    r.get("relationships").asLong(), texts, changes);
            audit.record(tx, accountId, actor, AuditRepository.Action.ERASE, "Person", personId, "[erased]", null, erased);
            return erased;
        });
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
