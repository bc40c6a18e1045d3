package io.powermap.person;

import io.javalin.http.Context;
import io.powermap.account.AccountService;
import io.powermap.person.PersonRecords.PersonInput;
import io.powermap.person.PersonRecords.StanceInput;
import io.powermap.web.Bodies;
import io.powermap.web.Requests;

public final class PersonController {

    private final PersonService service;
    private final AccountService accounts;
    private final Bodies bodies;

    public PersonController(PersonService service, AccountService accounts, Bodies bodies) {
        this.service = service;
        this.accounts = accounts;
        this.bodies = bodies;
    }

    public void list(Context ctx) {
        String accountId = Requests.accountId(ctx);
        accounts.requireExists(accountId);
        ctx.json(service.list(accountId));
    }

    public void get(Context ctx) {
        ctx.json(service.get(Requests.accountId(ctx), Requests.id(ctx, "personId")));
    }

    public void create(Context ctx) {
        String accountId = Requests.accountId(ctx);
        PersonInput in = bodies.read(ctx, PersonInput.class);
        accounts.requireExists(accountId);
        ctx.status(201).json(service.create(accountId, in, Requests.actor(ctx)));
    }

    public void update(Context ctx) {
        ctx.json(service.update(Requests.accountId(ctx), Requests.id(ctx, "personId"),
                bodies.read(ctx, PersonInput.class), Requests.actor(ctx)));
    }

    public void changeStance(Context ctx) {
        ctx.json(service.changeStance(Requests.accountId(ctx), Requests.id(ctx, "personId"),
                bodies.read(ctx, StanceInput.class), Requests.actor(ctx)));
    }

    public void delete(Context ctx) {
        service.delete(Requests.accountId(ctx), Requests.id(ctx, "personId"), Requests.version(ctx), Requests.actor(ctx));
        ctx.status(204);
    }
}
