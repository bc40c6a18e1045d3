package io.powermap.opportunity;

import io.javalin.http.Context;
import io.powermap.account.AccountService;
import io.powermap.opportunity.OpportunityRecords.OpportunityInput;
import io.powermap.opportunity.OpportunityRecords.RolesInput;
import io.powermap.web.Bodies;
import io.powermap.web.Requests;

public final class OpportunityController {

    private final OpportunityService service;
    private final AccountService accounts;
    private final Bodies bodies;

    public OpportunityController(OpportunityService service, AccountService accounts, Bodies bodies) {
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
        ctx.json(service.get(Requests.accountId(ctx), Requests.id(ctx, "opportunityId")));
    }

    public void create(Context ctx) {
        String accountId = Requests.accountId(ctx);
        OpportunityInput in = bodies.read(ctx, OpportunityInput.class);
        accounts.requireExists(accountId);
        ctx.status(201).json(service.create(accountId, in, Requests.actor(ctx)));
    }

    public void update(Context ctx) {
        ctx.json(service.update(Requests.accountId(ctx), Requests.id(ctx, "opportunityId"),
                bodies.read(ctx, OpportunityInput.class), Requests.actor(ctx)));
    }

    public void setRoles(Context ctx) {
        ctx.json(service.setRoles(Requests.accountId(ctx), Requests.id(ctx, "opportunityId"),
                bodies.read(ctx, RolesInput.class), Requests.actor(ctx)));
    }

    public void delete(Context ctx) {
        service.delete(Requests.accountId(ctx), Requests.id(ctx, "opportunityId"), Requests.version(ctx), Requests.actor(ctx));
        ctx.status(204);
    }
}
