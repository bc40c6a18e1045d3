package io.powermap.staff;

import io.powermap.audit.AuditRepository;
import io.powermap.auth.Actor;
import io.powermap.staff.StaffRecords.Staff;
import io.powermap.staff.StaffRecords.StaffInput;
import io.powermap.web.ApiException;

import java.util.List;

public final class StaffService {

    private final StaffRepository repository;
    private final AuditRepository audit;

    public StaffService(StaffRepository repository, AuditRepository audit) {
        this.repository = repository;
        this.audit = audit;
    }

    public List<Staff> list() {
        return repository.list();
    }

    public Staff get(String id) {
        return repository.get(id).orElseThrow(() -> ApiException.notFound("staff member", id));
    }

    public Staff create(StaffInput in, Actor actor) {
        in.check().orThrow();
        return repository.create(in, actor);
    }

    public Staff update(String id, StaffInput in, Actor actor) {
        in.check().required("version", in.version()).orThrow();
        return repository.update(id, in, actor);
    }

    /** The audit log of staff records themselves (they belong to no account), newest first. */
    public List<AuditRepository.Change> changes(String sinceIso, int skip, int limit) {
        return audit.since(StaffRepository.AUDIT_SCOPE, sinceIso, skip, limit);
    }

    public long countChanges(String sinceIso) {
        return audit.countSince(StaffRepository.AUDIT_SCOPE, sinceIso);
    }

    public Staff joinTeam(String accountId, String staffId, Actor actor) {
        return repository.joinTeam(accountId, staffId, actor);
    }

    public void leaveTeam(String accountId, String staffId, Actor actor) {
        repository.leaveTeam(accountId, staffId, actor);
    }
}
