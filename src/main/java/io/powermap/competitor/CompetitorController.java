package io.powermap.competitor;

import io.javalin.http.Context;
import io.powermap.account.AccountService;
import io.powermap.competitor.CompetitorRecords.AlignmentInput;
import io.powermap.competitor.CompetitorRecords.CompetitorInput;
import io.powermap.web.Bodies;
import io.powermap.web.Requests;

public final class CompetitorController {

    private final CompetitorService service;
    private final AccountService accounts;
    private final Bodies bodies;

    public CompetitorController(CompetitorService service, AccountService accounts, Bodies bodies) {
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
        ctx.json(service.get(Requests.accountId(ctx), Requests.id(ctx, "competitorId")));
    }

    public void create(Context ctx) {
        String accountId = Requests.accountId(ctx);
        CompetitorInput in = bodies.read(ctx, CompetitorInput.class);
        accounts.requireExists(accountId);
        ctx.status(201).json(service.create(accountId, in, Requests.actor(ctx)));
    }

    public void update(Context ctx) {
        ctx.json(service.update(Requests.accountId(ctx), Requests.id(ctx, "competitorId"),
                bodies.read(ctx, CompetitorInput.class), Requests.actor(ctx)));
    }

    public void delete(Context ctx) {
        service.delete(Requests.accountId(ctx), Requests.id(ctx, "competitorId"), Requests.version(ctx), Requests.actor(ctx));
        ctx.status(204);
    }

    /** 201 when the alignment is new, 200 when an existing one was updated. */
    public void align(Context ctx) {
        String accountId = Requests.accountId(ctx);
        String personId = Requests.id(ctx, "personId");
        String competitorId = Requests.id(ctx, "competitorId");
        AlignmentInput in = bodies.read(ctx, AlignmentInput.class);
        accounts.requireExists(accountId);
        CompetitorRepository.Saved<CompetitorRecords.Alignment> saved =
                service.align(accountId, personId, competitorId, in, Requests.actor(ctx));
        ctx.status(saved.created() ? 201 : 200).json(saved.value());
    }

    public void unalign(Context ctx) {
        service.unalign(Requests.accountId(ctx), Requests.id(ctx, "personId"), Requests.id(ctx, "competitorId"),
                Requests.version(ctx), Requests.actor(ctx));
        ctx.status(204);
    }
}
