package io.powermap.privacy;

import io.javalin.http.Context;
import io.powermap.account.AccountService;
import io.powermap.web.Bodies;
import io.powermap.web.Requests;

/** Personal-data export and erasure of one person (account OWNER or ADMIN). */
public final class PrivacyController {

    private final PrivacyService service;
    private final AccountService accounts;
    private final Bodies bodies;

    public PrivacyController(PrivacyService service, AccountService accounts, Bodies bodies) {
        this.service = service;
        this.accounts = accounts;
        this.bodies = bodies;
    }

    public void personalData(Context ctx) {
        String accountId = Requests.accountId(ctx);
        String personId = Requests.id(ctx, "personId");
        accounts.requireExists(accountId);
        ctx.header("Content-Disposition", "attachment; filename=\"personal-data-" + personId + ".json\"");
        ctx.json(service.personalData(accountId, personId));
    }

    public void erase(Context ctx) {
        String accountId = Requests.accountId(ctx);
        String personId = Requests.id(ctx, "personId");
        PrivacyService.EraseInput in = bodies.read(ctx, PrivacyService.EraseInput.class, 16 * 1024);
        accounts.requireExists(accountId);
        ctx.json(service.erase(accountId, personId, in, Requests.actor(ctx)));
    }
}
