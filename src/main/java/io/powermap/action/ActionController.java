package io.powermap.action;

import io.javalin.http.Context;
import io.powermap.account.AccountService;
import io.powermap.action.ActionRecords.ActionInput;
import io.powermap.web.Bodies;
import io.powermap.web.Requests;

public final class ActionController {

    private final ActionService service;
    private final AccountService accounts;
    private final Bodies bodies;

    public ActionController(ActionService service, AccountService accounts, Bodies bodies) {
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
        ctx.json(service.get(Requests.accountId(ctx), Requests.id(ctx, "actionId")));
    }

    public void create(Context ctx) {
        String accountId = Requests.accountId(ctx);
        ActionInput in = bodies.read(ctx, ActionInput.class);
        accounts.requireExists(accountId);
        ctx.status(201).json(service.create(accountId, in, Requests.actor(ctx)));
    }

    public void update(Context ctx) {
        ctx.json(service.update(Requests.accountId(ctx), Requests.id(ctx, "actionId"),
                bodies.read(ctx, ActionInput.class), Requests.actor(ctx)));
    }

    public void delete(Context ctx) {
        service.delete(Requests.accountId(ctx), Requests.id(ctx, "actionId"), Requests.version(ctx), Requests.actor(ctx));
        ctx.status(204);
    }
}
