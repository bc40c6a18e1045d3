package io.powermap.staff;

import io.powermap.auth.Actor;
import io.powermap.staff.CoverageRecords.Knows;
import io.powermap.staff.CoverageRecords.KnowsInput;
import io.powermap.staff.CoverageRecords.Owns;
import io.powermap.staff.CoverageRecords.OwnsInput;

import java.util.List;

public final class CoverageService {

    private final CoverageRepository repository;

    public CoverageService(CoverageRepository repository) {
        this.repository = repository;
    }

    public List<Knows> knows(String accountId) {
        return repository.knows(accountId);
    }

    public Knows createKnows(String accountId, KnowsInput in, Actor actor) {
        in.check().id("staffId", in.staffId()).id("personId", in.personId()).orThrow();
        return repository.createKnows(accountId, in, actor);
    }

    public Knows updateKnows(String accountId, String staffId, String personId, KnowsInput in, Actor actor) {
        var c = in.check().required("version", in.version());
        if (in.staffId() != null && !in.staffId().equals(staffId)) {
            c.add("staffId", "a tie's ends cannot change; delete it and create a new one");
        }
        if (in.personId() != null && !in.personId().equals(personId)) {
            c.add("personId", "a tie's ends cannot change; delete it and create a new one");
        }
        c.orThrow();
        return repository.updateKnows(accountId, staffId, personId, in, actor);
    }

    public void deleteKnows(String accountId, String staffId, String personId, long version, Actor actor) {
        repository.deleteKnows(accountId, staffId, personId, version, actor);
    }

    public List<Owns> owns(String accountId) {
        return repository.owns(accountId);
    }

    public Owns createOwns(String accountId, OwnsInput in, Actor actor) {
        in.check().orThrow();
        return repository.createOwns(accountId, in, actor);
    }

    public void deleteOwns(String accountId, String staffId, String targetId, Actor actor) {
        repository.deleteOwns(accountId, staffId, targetId, actor);
    }
}
