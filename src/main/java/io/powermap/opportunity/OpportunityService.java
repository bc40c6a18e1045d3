package io.powermap.opportunity;

import io.powermap.auth.Actor;
import io.powermap.opportunity.OpportunityRecords.Opportunity;
import io.powermap.opportunity.OpportunityRecords.OpportunityInput;
import io.powermap.opportunity.OpportunityRecords.RolesInput;
import io.powermap.web.ApiException;

import java.util.List;

public final class OpportunityService {

    private final OpportunityRepository repository;

    public OpportunityService(OpportunityRepository repository) {
        this.repository = repository;
    }

    public List<Opportunity> list(String accountId) {
        return repository.list(accountId);
    }

    public Opportunity get(String accountId, String id) {
        return repository.get(accountId, id).orElseThrow(() -> ApiException.notFound("opportunity", id));
    }

    public Opportunity create(String accountId, OpportunityInput in, Actor actor) {
        in.check().orThrow();
        return repository.create(accountId, in, actor);
    }

    public Opportunity update(String accountId, String id, OpportunityInput in, Actor actor) {
        in.check().required("version", in.version()).orThrow();
        return repository.update(accountId, id, in, actor);
    }

    public Opportunity setRoles(String accountId, String id, RolesInput in, Actor actor) {
        in.check().orThrow();
        return repository.setRoles(accountId, id, in, actor);
    }

    public void delete(String accountId, String id, long version, Actor actor) {
        repository.delete(accountId, id, version, actor);
    }
}
