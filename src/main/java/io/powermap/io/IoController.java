package io.powermap.io;

import io.javalin.http.Context;
import io.powermap.web.Bodies;
import io.powermap.web.Requests;

public final class IoController {

    private final ImportService imports;
    private final ExportService exports;
    private final Bodies bodies;
    private final long maxImportBytes;

    public IoController(ImportService imports, ExportService exports, Bodies bodies, long maxImportBytes) {
        this.imports = imports;
        this.exports = exports;
        this.bodies = bodies;
        this.maxImportBytes = maxImportBytes;
    }

    public void importAccount(Context ctx) {
        AccountDocument doc = bodies.read(ctx, AccountDocument.class, maxImportBytes);
        ctx.status(201).json(imports.importDocument(doc, Requests.actor(ctx)));
    }

    public void export(Context ctx) {
        String accountId = Requests.accountId(ctx);
        AccountDocument doc = exports.export(accountId);
        ctx.header("Content-Disposition", "attachment; filename=\"powermap-" + accountId + ".json\"");
        ctx.json(doc);
    }
}
