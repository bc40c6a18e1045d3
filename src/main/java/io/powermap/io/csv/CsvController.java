package io.powermap.io.csv;

import io.javalin.http.Context;
import io.powermap.account.AccountService;
import io.powermap.web.ApiException;
import io.powermap.web.Bodies;
import io.powermap.web.Requests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** CSV import routes: checks the media type and size of the body, then hands the bytes to the service. */
public final class CsvController {

    private final CsvImportService service;
    private final AccountService accounts;
    private final long maxBytes;

    public CsvController(CsvImportService service, AccountService accounts, long maxImportBytes) {
        this.service = service;
        this.accounts = accounts;
        this.maxBytes = Math.min(maxImportBytes, Integer.MAX_VALUE - 16);
    }

    public void importPeople(Context ctx) {
        String accountId = Requests.accountId(ctx);
        byte[] body = csvBody(ctx);
        accounts.requireExists(accountId);
        ctx.json(service.importPeople(accountId, body, Requests.actor(ctx)));
    }

    public void importTies(Context ctx) {
        String accountId = Requests.accountId(ctx);
        byte[] body = csvBody(ctx);
        accounts.requireExists(accountId);
        ctx.json(service.importTies(accountId, body, Requests.actor(ctx)));
    }

    /** {@code text/csv} (UTF-8, the default for it here) up to the import limit, else 415 or 413. */
    private byte[] csvBody(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("text/csv")) {
            throw new ApiException(415, "Unsupported media type", "send the file as text/csv",
                    List.of(new ApiException.FieldError("Content-Type", "must be text/csv")), Map.of());
        }
        int charset = type.indexOf("charset=");
        if (charset >= 0) {
            String name = type.substring(charset + 8).split(";")[0].strip().replace("\"", "");
            if (!name.equals("utf-8") && !name.equals("utf8")) {
                throw new ApiException(415, "Unsupported media type", "send the file as UTF-8 (\"CSV UTF-8\" in Excel)",
                        List.of(new ApiException.FieldError("Content-Type", "charset must be utf-8")), Map.of());
            }
        }
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw Bodies.tooLargeAfterDraining(ctx, maxBytes);
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] body = in.readNBytes((int) maxBytes + 1);
            if (body.length > maxBytes) {
                throw Bodies.tooLargeAfterDraining(ctx, maxBytes);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
