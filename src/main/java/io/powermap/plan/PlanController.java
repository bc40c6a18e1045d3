package io.powermap.plan;

import io.javalin.http.Context;
import io.powermap.account.AccountService;
import io.powermap.domain.Dates;
import io.powermap.plan.PlanRecords.TargetInput;
import io.powermap.web.Bodies;
import io.powermap.web.Requests;

public final class PlanController {

    private final PlanService service;
    private final AccountService accounts;
    private final Bodies bodies;

    public PlanController(PlanService service, AccountService accounts, Bodies bodies) {
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
        ctx.json(service.get(Requests.accountId(ctx), Requests.id(ctx, "targetId")));
    }

    public void create(Context ctx) {
        String accountId = Requests.accountId(ctx);
        TargetInput in = bodies.read(ctx, TargetInput.class);
        accounts.requireExists(accountId);
        ctx.status(201).json(service.create(accountId, in, Requests.actor(ctx)));
    }

    public void update(Context ctx) {
        ctx.json(service.update(Requests.accountId(ctx), Requests.id(ctx, "targetId"),
                bodies.read(ctx, TargetInput.class), Requests.actor(ctx)));
    }

    public void delete(Context ctx) {
        service.delete(Requests.accountId(ctx), Requests.id(ctx, "targetId"), Requests.version(ctx), Requests.actor(ctx));
        ctx.status(204);
    }

    public void timeline(Context ctx) {
        String accountId = Requests.accountId(ctx);
        String since = ctx.queryParam("since");
        int limit = Requests.intParam(ctx, "limit", 100, 1, 1000);
        if (since != null && !since.isBlank()) {
            Dates.since(since, "since");
        }
        accounts.requireExists(accountId);
        ctx.json(service.timeline(accountId, since, limit));
    }

    public void stale(Context ctx) {
        String accountId = Requests.accountId(ctx);
        int days = Requests.intParam(ctx, "days", 90, 1, 3650);
        String opportunityId = ctx.queryParam("opportunityId");
        ctx.json(service.stale(accountId, opportunityId == null || opportunityId.isBlank() ? null : opportunityId.trim(), days));
    }
}
