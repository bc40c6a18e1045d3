package io.powermap.account;

import io.javalin.http.Context;
import io.powermap.account.AccountRecords.AccountInput;
import io.powermap.web.Bodies;
import io.powermap.web.Requests;

public final class AccountController {

    private final AccountService service;
    private final StaffRepository staff;
    private final Bodies bodies;

    public AccountController(AccountService service, StaffRepository staff, Bodies bodies) {
        this.service = service;
        this.staff = staff;
        this.bodies = bodies;
    }

    public void team(Context ctx) {
        String accountId = Requests.accountId(ctx);
        service.requireExists(accountId);
        ctx.json(staff.ofAccount(accountId));
    }

    public void list(Context ctx) {
        ctx.json(service.list(Requests.actor(ctx)));
    }

    public void get(Context ctx) {
        ctx.json(service.get(Requests.accountId(ctx)));
    }

    public void create(Context ctx) {
        ctx.status(201).json(service.create(bodies.read(ctx, AccountInput.class), Requests.actor(ctx)));
    }

    public void update(Context ctx) {
        ctx.json(service.update(Requests.accountId(ctx), bodies.read(ctx, AccountInput.class), Requests.actor(ctx)));
    }

    public void delete(Context ctx) {
        service.delete(Requests.accountId(ctx), ctx.queryParam("confirm"), Requests.actor(ctx));
        ctx.status(204);
    }
}
