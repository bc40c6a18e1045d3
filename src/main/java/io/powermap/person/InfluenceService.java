package io.powermap.person;

import io.powermap.auth.Actor;
import io.powermap.person.InfluenceRecords.Influence;
import io.powermap.person.InfluenceRecords.InfluenceInput;

import java.util.List;

public final class InfluenceService {

    private final InfluenceRepository repository;

    public InfluenceService(InfluenceRepository repository) {
        this.repository = repository;
    }

    public List<Influence> list(String accountId) {
        return repository.list(accountId);
    }

    public Influence create(String accountId, InfluenceInput in, Actor actor) {
        in.check().orThrow();
        return repository.create(accountId, in, actor);
    }

    public Influence update(String accountId, String id, InfluenceInput in, Actor actor) {
        in.check().required("version", in.version()).orThrow();
        return repository.update(accountId, id, in, actor);
    }

    public void delete(String accountId, String id, long version, Actor actor) {
        repository.delete(accountId, id, version, actor);
    }
}
