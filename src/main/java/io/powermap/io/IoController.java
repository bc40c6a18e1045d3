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

    /** {@code format=json} (default, lossless {@code powermap/1}), {@code csv} (zip), {@code graphml} or {@code cytoscape}. */
    public void export(Context ctx) {
        String accountId = Requests.accountId(ctx);
        ExportFormats.Format format = ExportFormats.parse(ctx.queryParam("format"));
        AccountDocument doc = exports.export(accountId);
        String name = "powermap-" + accountId;
        switch (format) {
            case JSON -> {
                ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".json\"");
                ctx.json(doc);
            }
            case CSV -> {
                ctx.header("Content-Disposition", "attachment; filename=\"" + name + "-csv.zip\"");
                ctx.contentType("application/zip").result(ExportFormats.csvZip(doc));
            }
            case GRAPHML -> {
                ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".graphml\"");
                ctx.contentType("application/graphml+xml; charset=utf-8").result(ExportFormats.graphml(doc));
            }
            case CYTOSCAPE -> {
                ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".cyjs\"");
                ctx.json(ExportFormats.cytoscape(doc));
            }
        }
    }
}
