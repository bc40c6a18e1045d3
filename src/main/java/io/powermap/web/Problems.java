package io.powermap.web;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The single exception mapper: every error, everywhere, leaves as one problem+json shape. */
public final class Problems {

    public static final String CONTENT_TYPE = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private final ObjectMapper mapper;

    public Problems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> send(ctx, e));
        routes.exception(ValidationException.class, (e, ctx) -> {
            List<ApiException.FieldError> errors = new ArrayList<>();
            e.getErrors().forEach((field, list) -> list.forEach(err -> errors.add(new ApiException.FieldError(field, err.getMessage()))));
            send(ctx, ApiException.invalid(errors.isEmpty() ? List.of(new ApiException.FieldError("request", "invalid")) : errors));
        });
        routes.exception(HttpResponseException.class, (e, ctx) ->
                send(ctx, new ApiException(e.getStatus(), titleFor(e.getStatus()), e.getMessage(), List.of(), Map.of())));
        routes.exception(Exception.class, (e, ctx) -> {
            if (e instanceof IllegalArgumentException && String.valueOf(e.getMessage()).startsWith("URLDecoder")) {
                send(ctx, ApiException.invalid("path", "has a malformed %-escape"));
                return;
            }
            Throwable unavailable = databaseUnavailable(e);
            if (unavailable != null) {
                send(ctx, new ApiException(503, "Database unavailable",
                        "Neo4j cannot be reached right now; try again shortly", List.of(), Map.of()));
                return;
            }
            String incident = UUID.randomUUID().toString();
            LOG.error("incident {} on {} {}", incident, ctx.method(), ctx.path(), e);
            send(ctx, new ApiException(500, "Internal error",
                    "something went wrong on our side (incident " + incident + ")", List.of(), Map.of()));
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || !Problems.CONTENT_TYPE.equals(ctx.res().getContentType())) {
                send(ctx, new ApiException(404, "Not found", "no route " + ctx.method() + " " + ctx.path(), List.of(), Map.of()));
            }
        });
        routes.error(405, ctx -> send(ctx, new ApiException(405, "Method not allowed",
                ctx.method() + " is not allowed on " + ctx.path(), List.of(), Map.of())));
    }

    private static Throwable databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
                    || (t instanceof TransientException && String.valueOf(t.getMessage()).contains("unavailable"))) {
                return t;
            }
        }
        return null;
    }

    public void send(Context ctx, ApiException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:powermap:problem:" + e.status());
        body.put("title", e.title());
        body.put("status", e.status());
        body.put("detail", e.getMessage());
        body.put("instance", ctx.path());
        body.put("errors", e.errors());
        body.putAll(e.extra());
        if (e.status() == 429 && e.extra().get("retryAfter") != null) {
            ctx.header("Retry-After", String.valueOf(e.extra().get("retryAfter")));
        }
        try {
            // Non-ASCII written as JSON escapes: the servlet container encodes a String result for this media type
            // as ISO-8859-1, which would turn names such as 王建国 in messages into '?'.
            ctx.status(e.status()).contentType(CONTENT_TYPE)
                    .result(mapper.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(body));
        } catch (Exception serialization) {
            ctx.status(500).contentType(CONTENT_TYPE).result("{\"title\":\"Internal error\",\"status\":500}");
        }
    }

    private static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Invalid request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 409 -> "Conflict";
            case 413 -> "Payload too large";
            case 415 -> "Unsupported media type";
            case 429 -> "Too many requests";
            case 503 -> "Service unavailable";
            default -> "Error";
        };
    }
}
