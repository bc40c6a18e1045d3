package io.powermap.action;

import io.powermap.action.ActionRecords.Action;
import io.powermap.action.ActionRecords.ActionInput;
import io.powermap.auth.Actor;
import io.powermap.web.ApiException;

import java.util.List;

public final class ActionService {

    private final ActionRepository repository;

    public ActionService(ActionRepository repository) {
        this.repository = repository;
    }

    public List<Action> list(String accountId) {
        return repository.list(accountId);
    }

    public Action get(String accountId, String id) {
        return repository.get(accountId, id).orElseThrow(() -> ApiException.notFound("action", id));
    }

    public Action create(String accountId, ActionInput in, Actor actor) {
        in.check().orThrow();
        return repository.create(accountId, in, actor);
    }

    public Action update(String accountId, String id, ActionInput in, Actor actor) {
        in.check().required("version", in.version()).orThrow();
        return repository.update(accountId, id, in, actor);
    }

    public void delete(String accountId, String id, long version, Actor actor) {
        repository.delete(accountId, id, version, actor);
    }
}
