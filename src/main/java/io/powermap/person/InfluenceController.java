package io.powermap.person;

import io.javalin.http.Context;
import io.powermap.account.AccountService;
import io.powermap.person.InfluenceRecords.InfluenceInput;
import io.powermap.web.Bodies;
import io.powermap.web.Requests;

public final class InfluenceController {

    private final InfluenceService service;
    private final AccountService accounts;
    private final Bodies bodies;

    public InfluenceController(InfluenceService service, AccountService accounts, Bodies bodies) {
        this.service = service;
        this.accounts = accounts;
        this.bodies = bodies;
    }

    public void list(Context ctx) {
        String accountId = Requests.accountId(ctx);
        accounts.requireExists(accountId);
        ctx.json(service.list(accountId));
    }

    public void create(Context ctx) {
        String accountId = Requests.accountId(ctx);
        InfluenceInput in = bodies.read(ctx, InfluenceInput.class);
        accounts.requireExists(accountId);
        ctx.status(201).json(service.create(accountId, in, Requests.actor(ctx)));
    }

    public void update(Context ctx) {
        ctx.json(service.update(Requests.accountId(ctx), Requests.id(ctx, "tieId"),
                bodies.read(ctx, InfluenceInput.class), Requests.actor(ctx)));
    }

    public void delete(Context ctx) {
        service.delete(Requests.accountId(ctx), Requests.id(ctx, "tieId"), Requests.version(ctx), Requests.actor(ctx));
        ctx.status(204);
    }
}
