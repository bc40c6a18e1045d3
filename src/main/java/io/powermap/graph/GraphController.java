package io.powermap.graph;

import io.javalin.http.Context;
import io.powermap.account.AccountService;
import io.powermap.web.ApiException;
import io.powermap.web.Requests;

import java.util.Locale;

public final class GraphController {

    private final GraphService service;
    private final AccountService accounts;

    public GraphController(GraphService service, AccountService accounts) {
        this.service = service;
        this.accounts = accounts;
    }

    public void get(Context ctx) {
        String accountId = Requests.accountId(ctx);
        GraphService.View view = view(ctx.queryParam("view"));
        String opportunityId = ctx.queryParam("opportunityId");
        accounts.requireExists(accountId);
        ctx.json(service.graph(accountId, view, opportunityId == null || opportunityId.isBlank() ? null : opportunityId));
    }

    private static GraphService.View view(String raw) {
        if (raw == null || raw.isBlank()) {
            return GraphService.View.ALL;
        }
        try {
            return GraphService.View.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("view", "must be one of all, formal, influence");
        }
    }
}
