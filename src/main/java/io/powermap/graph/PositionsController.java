package io.powermap.graph;

import io.javalin.http.Context;
import io.powermap.graph.PositionRecords.PositionsInput;
import io.powermap.graph.PositionRecords.View;
import io.powermap.web.ApiException;
import io.powermap.web.Bodies;
import io.powermap.web.Requests;

import java.util.Locale;

public final class PositionsController {

    private final PositionsService service;
    private final Bodies bodies;

    public PositionsController(PositionsService service, Bodies bodies) {
        this.service = service;
        this.bodies = bodies;
    }

    public void get(Context ctx) {
        ctx.json(service.get(Requests.accountId(ctx), view(ctx)));
    }

    public void put(Context ctx) {
        String accountId = Requests.accountId(ctx);
        View view = view(ctx);
        ctx.json(service.put(accountId, view, bodies.read(ctx, PositionsInput.class)));
    }

    private static View view(Context ctx) {
        String raw = ctx.pathParam("view");
        try {
            return View.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("view", "must be one of all, formal, influence");
        }
    }
}
