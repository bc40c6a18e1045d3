package io.powermap.analysis;

import io.javalin.http.Context;
import io.powermap.web.ApiException;
import io.powermap.web.JsonCache;
import io.powermap.web.Requests;

public final class AnalysisController {

    private final AnalysisService service;
    private final JsonCache answers;

    public AnalysisController(AnalysisService service, JsonCache answers) {
        this.service = service;
        this.answers = answers;
    }

    public void analysis(Context ctx) {
        String accountId = Requests.accountId(ctx);
        String opportunityId = blankToNull(ctx.queryParam("opportunityId"));
        String key = service.cacheKey(accountId, opportunityId);
        answers.respond(ctx, "analysis|" + key, () -> service.analyse(accountId, opportunityId, key));
    }

    /** Caches the account-level analysis (no deal chosen), which a browser asks for with the first map. */
    public void prefetch(String accountId) {
        String key = service.cacheKey(accountId, null);
        answers.prefill("analysis|" + key, () -> service.analyse(accountId, null, key));
    }

    public void paths(Context ctx) {
        String to = blankToNull(ctx.queryParam("to"));
        if (to == null) {
            throw ApiException.invalid("to", "is required: the person to reach");
        }
        int k = Requests.intParam(ctx, "k", 3, 1, 10);
        ctx.json(service.paths(Requests.accountId(ctx), blankToNull(ctx.queryParam("from")), to, k));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
