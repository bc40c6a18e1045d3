package io.powermap.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A failure a client can act on. Services throw it (they know nothing of HTTP beyond a status
 * number); the one exception mapper in {@link Problems} turns it into problem+json.
 */
public class ApiException extends RuntimeException {

    /** One offending field, named by its JSON path (e.g. {@code people[3].stance}). */
    public record FieldError(String field, String message) {}

    private final int status;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, Object> extra;

    public ApiException(int status, String title, String detail, List<FieldError> errors, Map<String, Object> extra) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.extra = Map.copyOf(extra);
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " problems, the first: " + errors.get(0).field() + ": " + errors.get(0).message();
        return new ApiException(400, "Invalid request", detail, errors, Map.of());
    }

    public static ApiException notFound(String what, String id) {
        return new ApiException(404, "Not found", what + " " + id + " does not exist", List.of(), Map.of());
    }

    /**
     * For a create that finds no row of what it just made: the account was deleted by a transaction that committed
     * meanwhile (the create rolls back), so the answer is the account's 404, not a 500. Creates lock the account
     * first ({@code AccountLock}), so this is the safety net behind that.
     */
    public static Supplier<ApiException> accountDeletedMeanwhile(String accountId) {
        return () -> notFound("account", accountId);
    }

    public static ApiException staleVersion(String what, long sentVersion, long currentVersion) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("currentVersion", currentVersion);
        return new ApiException(409, "Edit conflict",
                what + " was changed by someone else (you sent version " + sentVersion + ", it is now " + currentVersion
                        + "): reload it and apply your change again",
                List.of(new FieldError("version", "stale: current version is " + currentVersion)), extra);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "Conflict", detail, List.of(), Map.of());
    }

    /** Why a 403: the browser re-checks the user's role after a ROLE refusal only, and says something else for the others. */
    public enum Refusal { ROLE, CROSS_SITE, OTHER }

    /** A 403 for a role the user lacks (on the account, or administrator). */
    public static ApiException forbidden(String detail) {
        return forbidden(Refusal.ROLE, detail);
    }

    public static ApiException forbidden(Refusal refusal, String detail) {
        return new ApiException(403, "Forbidden", detail, List.of(), Map.of("refusal", refusal.name()));
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(401, "Unauthorized", detail, List.of(), Map.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extra() {
        return extra;
    }
}
