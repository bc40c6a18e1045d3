package io.powermap.web;

import io.javalin.http.Context;
import io.powermap.auth.Actor;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Path and query parameters checked at the edge, so services get well-formed values only. */
public final class Requests {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private Requests() {}

    public static String accountId(Context ctx) {
        return id(ctx, "accountId");
    }

    /** An app-assigned id from the path; anything else cannot exist, so it is a 404, not a 400. */
    public static String id(Context ctx, String name) {
        String value = ctx.pathParam(name);
        if (!ID.matcher(value).matches()) {
            throw ApiException.notFound(name.replace("Id", ""), "'" + value.substring(0, Math.min(40, value.length())) + "'");
        }
        return value;
    }

    public static int intParam(Context ctx, String name, int defaultValue, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            int v = Integer.parseInt(raw.trim());
            if (v < min || v > max) {
                throw ApiException.invalid(name, "must be between " + min + " and " + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, "must be a whole number");
        }
    }

    /** The {@code version} query parameter a delete carries (optimistic concurrency). */
    public static long version(Context ctx) {
        String raw = ctx.queryParam("version");
        if (raw == null || raw.isBlank()) {
            throw ApiException.invalid("version", "is required: the version you read");
        }
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalid("version", "must be a whole number");
        }
    }

    /** The signed-in user, set by {@link io.powermap.auth.AccessControl}; never a default. */
    public static Actor actor(Context ctx) {
        Actor actor = ctx.attribute("actor");
        if (actor == null) {
            throw ApiException.unauthorized("sign in first");
        }
        return actor;
    }

    /**
     * The {@code lang} query parameter as given (the caller validates it), else the first of
     * {@code supported} that Accept-Language names, else {@code en}.
     */
    public static String lang(Context ctx, List<String> supported) {
        String raw = ctx.queryParam("lang");
        if (raw != null) {
            return raw.trim().toLowerCase(Locale.ROOT);
        }
        String accept = ctx.header("Accept-Language");
        if (accept != null) {
            for (String part : accept.split(",")) {
                String tag = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
                String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
                if (supported.contains(primary)) {
                    return primary;
                }
            }
        }
        return "en";
    }
}
