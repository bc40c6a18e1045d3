package io.powermap.staff;

import io.javalin.http.Context;
import io.powermap.account.AccountService;
import io.powermap.staff.CoverageRecords.KnowsInput;
import io.powermap.staff.CoverageRecords.OwnsInput;
import io.powermap.web.Bodies;
import io.powermap.web.Requests;

/** {@code knows} and {@code owns} of an account: identified by their ends, not by an id of their own. */
public final class CoverageController {

    private final CoverageService service;
    private final AccountService accounts;
    private final Bodies bodies;

    public CoverageController(CoverageService service, AccountService accounts, Bodies bodies) {
        this.service = service;
        this.accounts = accounts;
        this.bodies = bodies;
    }

    public void knows(Context ctx) {
        String accountId = Requests.accountId(ctx);
        accounts.requireExists(accountId);
        ctx.json(service.knows(accountId));
    }

    public void createKnows(Context ctx) {
        String accountId = Requests.accountId(ctx);
        KnowsInput in = bodies.read(ctx, KnowsInput.class);
        accounts.requireExists(accountId);
        ctx.status(201).json(service.createKnows(accountId, in, Requests.actor(ctx)));
    }

    public void updateKnows(Context ctx) {
        ctx.json(service.updateKnows(Requests.accountId(ctx), Requests.id(ctx, "staffId"), Requests.id(ctx, "personId"),
                bodies.read(ctx, KnowsInput.class), Requests.actor(ctx)));
    }

    public void deleteKnows(Context ctx) {
        service.deleteKnows(Requests.accountId(ctx), Requests.id(ctx, "staffId"), Requests.id(ctx, "personId"),
                Requests.version(ctx), Requests.actor(ctx));
        ctx.status(204);
    }

    public void owns(Context ctx) {
        String accountId = Requests.accountId(ctx);
        accounts.requireExists(accountId);
        ctx.json(service.owns(accountId));
    }

    public void createOwns(Context ctx) {
        String accountId = Requests.accountId(ctx);
        OwnsInput in = bodies.read(ctx, OwnsInput.class);
        accounts.requireExists(accountId);
        ctx.status(201).json(service.createOwns(accountId, in, Requests.actor(ctx)));
    }

    public void deleteOwns(Context ctx) {
        service.deleteOwns(Requests.accountId(ctx), Requests.id(ctx, "staffId"), Requests.id(ctx, "targetId"),
                Requests.actor(ctx));
        ctx.status(204);
    }
}
