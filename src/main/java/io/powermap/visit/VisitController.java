package io.powermap.visit;

import io.javalin.http.Context;
import io.powermap.account.AccountService;
import io.powermap.visit.VisitRecords.ActionInput;
import io.powermap.visit.VisitRecords.VisitInput;
import io.powermap.web.ApiException;
import io.powermap.web.Bodies;
import io.powermap.web.Requests;

import java.util.Locale;

public final class VisitController {

    private final VisitService service;
    private final AccountService accounts;
    private final Bodies bodies;

    public VisitController(VisitService service, AccountService accounts, Bodies bodies) {
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
        ctx.json(service.get(Requests.accountId(ctx), Requests.id(ctx, "visitId")));
    }

    public void create(Context ctx) {
        String accountId = Requests.accountId(ctx);
        VisitInput in = bodies.read(ctx, VisitInput.class);
        accounts.requireExists(accountId);
        ctx.status(201).json(service.create(accountId, in, Requests.actor(ctx)));
    }

    public void update(Context ctx) {
        ctx.json(service.update(Requests.accountId(ctx), Requests.id(ctx, "visitId"),
                bodies.read(ctx, VisitInput.class), Requests.actor(ctx)));
    }

    public void delete(Context ctx) {
        service.delete(Requests.accountId(ctx), Requests.id(ctx, "visitId"), Requests.version(ctx), Requests.actor(ctx));
        ctx.status(204);
    }

    public void proposals(Context ctx) {
        int limit = Requests.intParam(ctx, "limit", 10, 1, 100);
        ctx.json(service.proposals(Requests.accountId(ctx), Requests.id(ctx, "visitId"), limit));
    }

    /** {@code format=html} (default), {@code pdf} or {@code json}; {@code lang=en|zh|ru}, else Accept-Language, else en. */
    public void brief(Context ctx) {
        String accountId = Requests.accountId(ctx);
        String visitId = Requests.id(ctx, "visitId");
        String format = ctx.queryParam("format") == null ? "html" : ctx.queryParam("format").trim().toLowerCase(Locale.ROOT);
        String lang = Requests.lang(ctx, Messages.LANGUAGES);
        Messages.of(lang);
        switch (format) {
            case "json" -> ctx.json(service.brief(accountId, visitId));
            case "html" -> ctx.contentType("text/html; charset=utf-8").result(service.briefHtml(accountId, visitId, lang));
            case "pdf" -> {
                byte[] pdf = service.briefPdf(accountId, visitId, lang);
                ctx.header("Content-Disposition", "inline; filename=\"visit-brief-" + visitId + "-" + lang + ".pdf\"");
                ctx.contentType("application/pdf").result(pdf);
            }
            default -> throw ApiException.invalid("format", "must be one of html, pdf, json");
        }
    }

    public void createAction(Context ctx) {
        String accountId = Requests.accountId(ctx);
        String visitId = Requests.id(ctx, "visitId");
        ActionInput in = bodies.read(ctx, ActionInput.class);
        ctx.status(201).json(service.createAction(accountId, visitId, in, Requests.actor(ctx)));
    }

    public void updateAction(Context ctx) {
        ctx.json(service.updateAction(Requests.accountId(ctx), Requests.id(ctx, "visitId"), Requests.id(ctx, "actionId"),
                bodies.read(ctx, ActionInput.class), Requests.actor(ctx)));
    }

    public void deleteAction(Context ctx) {
        service.deleteAction(Requests.accountId(ctx), Requests.id(ctx, "visitId"), Requests.id(ctx, "actionId"),
                Requests.version(ctx), Requests.actor(ctx));
        ctx.status(204);
    }
}
