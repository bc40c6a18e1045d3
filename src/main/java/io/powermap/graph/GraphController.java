package io.powermap.graph;

import io.javalin.http.Context;
import io.powermap.web.ApiException;
import io.powermap.web.JsonCache;
import io.powermap.web.Requests;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

public final class GraphController {

    private final GraphService service;
    private final SearchRepository search;
    private final JsonCache answers;

    public GraphController(GraphService service, SearchRepository search, JsonCache answers) {
        this.service = service;
        this.search = search;
        this.answers = answers;
    }

    public void search(Context ctx) {
        String accountId = Requests.accountId(ctx);
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw ApiException.invalid("q", "is required: a name or title to look for");
        }
        if (q.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw ApiException.invalid("q", "contains control characters");
        }
        if (q.length() > 200) {
            throw ApiException.invalid("q", "is longer than 200 characters");
        }
        int limit = Requests.intParam(ctx, "limit", 20, 1, 100);
        String lucene = SearchRepository.luceneQuery(q);
        long state = service.state(accountId);
        answers.respond(ctx, JsonCache.key("search", accountId, state, limit, lucene),
                () -> search.search(accountId, lucene, limit));
    }

    public void get(Context ctx) {
        String accountId = Requests.accountId(ctx);
        GraphService.View view = view(ctx.queryParam("view"));
        String opportunityId = ctx.queryParam("opportunityId");
        Boolean lod = lod(ctx.queryParam("lod"));
        List<String> expand = ctx.queryParams("expand").stream().flatMap(e -> Arrays.stream(e.split(",")))
                .map(String::trim).filter(e -> !e.isEmpty()).toList();
        if (expand.size() > 200) {
            throw ApiException.invalid("expand", "at most 200 orgs can be expanded at once");
        }
        if (Boolean.FALSE.equals(lod) && !expand.isEmpty()) {
            throw ApiException.invalid("expand", "needs the level-of-detail view: drop lod=false");
        }
        GraphService.Request request = new GraphService.Request(view,
                opportunityId == null || opportunityId.isBlank() ? null : opportunityId, lod, expand);
        long state = service.state(accountId, request.opportunityId());
        LocalDate today = service.today();
        answers.respond(ctx, key(accountId, request, today, state), () -> service.graph(accountId, request, today, state));
    }

    /** Caches the map a browser opens first (all people, no deal, level of detail as configured). */
    public void prefetch(String accountId) {
        GraphService.Request request = new GraphService.Request(GraphService.View.ALL, null, null, List.of());
        long state = service.state(accountId);
        LocalDate today = service.today();
        answers.prefill(key(accountId, request, today, state), () -> service.graph(accountId, request, today, state));
    }

    /** The answer depends on the account's state and on today's date (last contacts on or before it). */
    private static String key(String accountId, GraphService.Request request, LocalDate today, long state) {
        return JsonCache.key("graph", accountId, state, today, request.view(), request.opportunityId(), request.lod(), request.expand());
    }

    private static Boolean lod(String raw) {
        if (raw == null || raw.isBlank() || raw.equalsIgnoreCase("auto")) {
            return null;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalid("lod", "must be true, false or auto");
        };
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
