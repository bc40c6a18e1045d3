package io.powermap.interaction;

import io.powermap.auth.Actor;
import io.powermap.interaction.InteractionRecords.Interaction;
import io.powermap.interaction.InteractionRecords.InteractionInput;
import io.powermap.web.ApiException;

import java.util.List;

public final class InteractionService {

    private final InteractionRepository repository;

    public InteractionService(InteractionRepository repository) {
        this.repository = repository;
    }

    /** All of the account's interactions, or only those {@code personId} attended. */
    public List<Interaction> list(String accountId, String personId) {
        return repository.list(accountId, personId);
    }

    public Interaction get(String accountId, String id) {
        return repository.get(accountId, id).orElseThrow(() -> ApiException.notFound("interaction", id));
    }

    public Interaction create(String accountId, InteractionInput in, Actor actor) {
        in.check().orThrow();
        return repository.create(accountId, in, actor);
    }

    public Interaction update(String accountId, String id, InteractionInput in, Actor actor) {
        in.check().required("version", in.version()).orThrow();
        return repository.update(accountId, id, in, actor);
    }

    public void delete(String accountId, String id, long version, Actor actor) {
        repository.delete(accountId, id, version, actor);
    }
}
