package io.powermap.io.bulk;

import io.javalin.http.Context;
import io.powermap.io.bulk.ImportJobRepository.Job;
import io.powermap.web.Bodies;
import io.powermap.web.Requests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code POST /api/imports} (202 and a job to poll) and {@code GET /api/imports/{importId}}. */
public final class BulkImportController {

    private final BulkImportService service;
    private final Bodies bodies;
    private final long maxImportBytes;

    public BulkImportController(BulkImportService service, Bodies bodies, long maxImportBytes) {
        this.service = service;
        this.bodies = bodies;
        this.maxImportBytes = maxImportBytes;
    }

    public void submit(Context ctx) {
        Path upload = service.newUpload();
        try {
            bodies.saveTo(ctx, upload, maxImportBytes);
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(upload);
            } catch (IOException ignored) {
                // the janitor removes stray uploads at the next embedded start
            }
            throw e;
        }
        Job job = service.submit(upload, Requests.actor(ctx));
        ctx.header("Location", "/api/imports/" + job.id());
        ctx.status(202).json(job);
    }

    public void get(Context ctx) {
        ctx.json(service.get(Requests.id(ctx, "importId"), Requests.actor(ctx)));
    }
}
