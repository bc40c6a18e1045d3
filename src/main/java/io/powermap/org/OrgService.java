package io.powermap.org;

import io.powermap.auth.Actor;
import io.powermap.org.OrgRecords.Org;
import io.powermap.org.OrgRecords.OrgInput;
import io.powermap.web.ApiException;

import java.util.List;

public final class OrgService {

    private final OrgRepository repository;

    public OrgService(OrgRepository repository) {
        this.repository = repository;
    }

    public List<Org> list(String accountId) {
        return repository.list(accountId);
    }

    public Org get(String accountId, String id) {
        return repository.get(accountId, id).orElseThrow(() -> ApiException.notFound("org", id));
    }

    public Org create(String accountId, OrgInput in, Actor actor) {
        in.check().orThrow();
        return repository.create(accountId, in, actor);
    }

    public Org update(String accountId, String id, OrgInput in, Actor actor) {
        in.check().required("version", in.version()).orThrow();
        return repository.update(accountId, id, in, actor);
    }

    public void delete(String accountId, String id, long version, Actor actor) {
        repository.delete(accountId, id, version, actor);
    }
}
