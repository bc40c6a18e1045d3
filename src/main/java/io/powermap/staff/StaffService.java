package io.powermap.staff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.powermap.audit.AuditRepository;
import io.powermap.auth.Actor;
import io.powermap.staff.StaffRecords.AccountRef;
import io.powermap.staff.StaffRecords.Staff;
import io.powermap.staff.StaffRecords.StaffInput;
import io.powermap.web.ApiException;

import java.util.List;

public final class StaffService {

    private final StaffRepository repository;
    private final AuditRepository audit;
    private final ObjectMapper mapper;

    public StaffService(StaffRepository repository, AuditRepository audit, ObjectMapper mapper) {
        this.repository = repository;
        this.audit = audit;
        this.mapper = mapper;
    }

    /** The shared directory; each member's {@code accounts} only as far as the caller may see them. */
    public List<Staff> list(Actor actor) {
        return repository.list().stream().map(s -> visibleTo(s, actor)).toList();
    }

    public Staff get(String id, Actor actor) {
        return visibleTo(repository.get(id).orElseThrow(() -> ApiException.notFound("staff member", id)), actor);
    }

    public Staff create(StaffInput in, Actor actor) {
        in.check().orThrow();
        return visibleTo(repository.create(in, actor), actor);
    }

    public Staff update(String id, StaffInput in, Actor actor) {
        in.check().required("version", in.version()).orThrow();
        return visibleTo(repository.update(id, in, actor), actor);
    }

    /**
     * The staff member with only the accounts the actor may see: every one for an ADMIN, else those the
     * actor is a member of. A non-member must not learn an account's id or name (SECURITY.md).
     */
    static Staff visibleTo(Staff s, Actor actor) {
        if (actor.admin()) {
            return s;
        }
        List<AccountRef> seen = s.accounts().stream().filter(a -> actor.roleIn(a.id()).isPresent()).toList();
        return seen.size() == s.accounts().size() ? s
                : new Staff(s.id(), s.externalId(), s.name(), s.title(), s.rank(), s.email(), seen, s.version());
    }

    /** The audit log of staff records themselves (they belong to no account), newest first. */
    public List<AuditRepository.Change> changes(String sinceIso, int skip, int limit, Actor actor) {
        return audit.since(StaffRepository.AUDIT_SCOPE, sinceIso, skip, limit).stream()
                .map(c -> actor.admin() ? c : new AuditRepository.Change(c.id(), c.at(), c.actor(), c.action(), c.entityType(),
                        c.entityId(), c.entityName(), visibleTo(c.before(), actor), visibleTo(c.after(), actor)))
                .toList();
    }

    /** Entries written before staff audits left out the accounts: their accounts, filtered like a record's. */
    private String visibleTo(String json, Actor actor) {
        if (json == null || !json.contains("\"accounts\"")) {
            return json;
        }
        try {
            JsonNode node = mapper.readTree(json);
            if (node instanceof ObjectNode o && o.get("accounts") instanceof ArrayNode accounts) {
                ArrayNode seen = o.putArray("accounts");
                accounts.forEach(a -> {
                    if (actor.roleIn(a.path("id").asText()).isPresent()) {
                        seen.add(a);
                    }
                });
                return mapper.writeValueAsString(o);
            }
            return json;
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    public long countChanges(String sinceIso) {
        return audit.countSince(StaffRepository.AUDIT_SCOPE, sinceIso);
    }

    public Staff joinTeam(String accountId, String staffId, Actor actor) {
        return visibleTo(repository.joinTeam(accountId, staffId, actor), actor);
    }

    public void leaveTeam(String accountId, String staffId, Actor actor) {
        repository.leaveTeam(accountId, staffId, actor);
    }
}
