package io.powermap.staff;

import io.javalin.http.Context;
import io.powermap.account.AccountService;
import io.powermap.audit.AuditController;
import io.powermap.staff.StaffRecords.StaffInput;
import io.powermap.web.Bodies;
import io.powermap.web.Requests;

/** Our own staff ({@code /api/staff}) and their membership of account teams. */
public final class StaffController {

    private final StaffService service;
    private final AccountService accounts;
    private final Bodies bodies;

    public StaffController(StaffService service, AccountService accounts, Bodies bodies) {
        this.service = service;
        this.accounts = accounts;
        this.bodies = bodies;
    }

    public void list(Context ctx) {
        ctx.json(service.list(Requests.actor(ctx)));
    }

    public void get(Context ctx) {
        ctx.json(service.get(Requests.id(ctx, "staffId"), Requests.actor(ctx)));
    }

    public void create(Context ctx) {
        ctx.status(201).json(service.create(bodies.read(ctx, StaffInput.class), Requests.actor(ctx)));
    }

    public void update(Context ctx) {
        ctx.json(service.update(Requests.id(ctx, "staffId"), bodies.read(ctx, StaffInput.class), Requests.actor(ctx)));
    }

    /** Same shape as an account's {@code changes}: staff records belong to no account, so they have their own log. */
    public void changes(Context ctx) {
        String since = AuditController.since(ctx.queryParam("since"));
        int page = Requests.intParam(ctx, "page", 0, 0, 1_000_000);
        int size = Requests.intParam(ctx, "size", 50, 1, 500);
        ctx.json(new AuditController.Page(service.countChanges(since), page, size, service.changes(since, page * size, size, Requests.actor(ctx))));
    }

    public void joinTeam(Context ctx) {
        String accountId = Requests.accountId(ctx);
        String staffId = Requests.id(ctx, "staffId");
        accounts.requireExists(accountId);
        ctx.json(service.joinTeam(accountId, staffId, Requests.actor(ctx)));
    }

    public void leaveTeam(Context ctx) {
        String accountId = Requests.accountId(ctx);
        String staffId = Requests.id(ctx, "staffId");
        accounts.requireExists(accountId);
        service.leaveTeam(accountId, staffId, Requests.actor(ctx));
        ctx.status(204);
    }
}
