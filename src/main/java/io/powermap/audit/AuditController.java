package io.powermap.audit;

import io.javalin.http.Context;
import io.powermap.account.AccountService;
import io.powermap.domain.Dates;
import io.powermap.web.Requests;

import java.time.Instant;
import java.util.List;

/** "What changed since": the audit log of one account, newest first, paged. */
public final class AuditController {

    public record Page(long total, int page, int size, List<AuditRepository.Change> changes) {}

    private final AuditRepository repository;
    private final AccountService accounts;

    public AuditController(AuditRepository repository, AccountService accounts) {
        this.repository = repository;
        this.accounts = accounts;
    }

    public void changes(Context ctx) {
        String accountId = Requests.accountId(ctx);
        String since = since(ctx.queryParam("since"));
        int page = Requests.intParam(ctx, "page", 0, 0, 1_000_000);
        int size = Requests.intParam(ctx, "size", 50, 1, 500);
        accounts.requireExists(accountId);
        ctx.json(new Page(repository.countSince(accountId, since), page, size,
                repository.since(accountId, since, page * size, size)));
    }

    /** Accepts an instant or a date (midnight UTC); no value means the whole history. */
    public static String since(String raw) {
        if (raw == null || raw.isBlank()) {
            return Instant.EPOCH.toString();
        }
        return Dates.since(raw, "since").toString();
    }
}
