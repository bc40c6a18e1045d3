package io.powermap.interaction;

import io.javalin.http.Context;
import io.powermap.account.AccountService;
import io.powermap.interaction.InteractionRecords.InteractionInput;
import io.powermap.web.ApiException;
import io.powermap.web.Bodies;
import io.powermap.web.Requests;

import java.util.regex.Pattern;

public final class InteractionController {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final InteractionService service;
    private final AccountService accounts;
    private final Bodies bodies;

    public InteractionController(InteractionService service, AccountService accounts, Bodies bodies) {
        this.service = service;
        this.accounts = accounts;
        this.bodies = bodies;
    }

    /** {@code ?personId=} keeps the interactions that person attended. */
    public void list(Context ctx) {
        String accountId = Requests.accountId(ctx);
        String personId = ctx.queryParam("personId");
        if (personId != null && personId.isBlank()) {
            personId = null;
        }
        if (personId != null && !ID.matcher(personId).matches()) {
            throw ApiException.invalid("personId", "is not a valid id");
        }
        accounts.requireExists(accountId);
        ctx.json(service.list(accountId, personId));
    }

    public void get(Context ctx) {
        ctx.json(service.get(Requests.accountId(ctx), Requests.id(ctx, "interactionId")));
    }

    public void create(Context ctx) {
        String accountId = Requests.accountId(ctx);
        InteractionInput in = bodies.read(ctx, InteractionInput.class);
        accounts.requireExists(accountId);
        ctx.status(201).json(service.create(accountId, in, Requests.actor(ctx)));
    }

    public void update(Context ctx) {
        ctx.json(service.update(Requests.accountId(ctx), Requests.id(ctx, "interactionId"),
                bodies.read(ctx, InteractionInput.class), Requests.actor(ctx)));
    }

    public void delete(Context ctx) {
        service.delete(Requests.accountId(ctx), Requests.id(ctx, "interactionId"), Requests.version(ctx), Requests.actor(ctx));
        ctx.status(204);
    }
}
