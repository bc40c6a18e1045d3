package io.powermap.account;

import io.powermap.account.AccountRecords.Account;
import io.powermap.account.AccountRecords.AccountInput;
import io.powermap.auth.Actor;
import io.powermap.web.ApiException;

import java.util.List;

public final class AccountService {

    private final AccountRepository repository;

    public AccountService(AccountRepository repository) {
        this.repository = repository;
    }

    /** Every account for an ADMIN, else the caller's own (where they are a member). */
    public List<Account> list(Actor actor) {
        return actor.admin() ? repository.list() : repository.listFor(actor.id());
    }

    public Account get(String id) {
        return repository.get(id).orElseThrow(() -> ApiException.notFound("account", id));
    }

    /** Fails with 404 unless the account exists; every account-scoped route starts here. */
    public void requireExists(String id) {
        get(id);
    }

    public Account create(AccountInput in, Actor actor) {
        in.check().orThrow();
        return repository.create(in, actor);
    }

    public Account update(String id, AccountInput in, Actor actor) {
        in.check().required("version", in.version()).orThrow();
        return repository.update(id, in, actor);
    }

    public void delete(String id, String confirmName, Actor actor) {
        if (confirmName == null || confirmName.isBlank()) {
            throw ApiException.invalid("confirm", "is required: the account's name, to confirm the deletion");
        }
        repository.delete(id, confirmName, actor);
    }
}
