package io.powermap.report;

import io.javalin.http.Context;
import io.powermap.visit.Messages;
import io.powermap.web.ApiException;
import io.powermap.web.Requests;

import java.util.Locale;

public final class ReportController {

    private final ReportService service;

    public ReportController(ReportService service) {
        this.service = service;
    }

    /** {@code format=pdf} (default) or {@code html}; {@code lang=en|zh|ru}, else Accept-Language, else en; optional {@code opportunityId}. */
    public void report(Context ctx) {
        String accountId = Requests.accountId(ctx);
        String format = ctx.queryParam("format") == null ? "pdf" : ctx.queryParam("format").trim().toLowerCase(Locale.ROOT);
        String lang = Requests.lang(ctx, Messages.LANGUAGES);
        Messages.of(lang);
        String opportunityId = ctx.queryParam("opportunityId");
        if (opportunityId != null && opportunityId.isBlank()) {
            opportunityId = null;
        }
        switch (format) {
            case "pdf" -> {
                byte[] pdf = service.pdf(accountId, opportunityId, lang);
                ctx.header("Content-Disposition", "inline; filename=\"account-report-" + accountId + "-" + lang + ".pdf\"");
                ctx.contentType("application/pdf").result(pdf);
            }
            case "html" -> ctx.contentType("text/html; charset=utf-8").result(service.html(accountId, opportunityId, lang));
            default -> throw ApiException.invalid("format", "must be one of pdf, html");
        }
    }
}
