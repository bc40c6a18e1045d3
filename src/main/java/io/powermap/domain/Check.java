package io.powermap.domain;

import io.powermap.web.ApiException;
import io.powermap.web.ApiException.FieldError;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects every field problem of a request under its JSON path, then fails once with all of them. */
public final class Check {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 10_000;
    public static final int ITEM_MAX = 500;
    public static final int LIST_MAX = 50;

    private final List<FieldError> errors = new ArrayList<>();

    public Check add(String path, String message) {
        errors.add(new FieldError(path, message));
        return this;
    }

    public Check name(String path, String value) {
        if (value == null || value.isBlank()) {
            return add(path, "is required");
        }
        return maxLength(path, value, NAME_MAX);
    }

    public Check maxLength(String path, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            add(path, "is longer than " + max + " characters");
        }
        if (value != null && value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            add(path, "contains control characters");
        }
        if (value != null && Text.firstNoncharacter(value) >= 0) {
            add(path, String.format("contains a Unicode noncharacter (U+%04X)", Text.firstNoncharacter(value)));
        }
        return this;
    }

    public Check text(String path, String value) {
        return maxLength(path, value, TEXT_MAX);
    }

    public Check items(String path, Collection<String> values) {
        if (values == null) {
            return this;
        }
        if (values.size() > LIST_MAX) {
            add(path, "has more than " + LIST_MAX + " items");
        }
        int i = 0;
        for (String v : values) {
            if (v == null || v.isBlank()) {
                add(path + "[" + i + "]", "must not be empty");
            } else {
                maxLength(path + "[" + i + "]", v, ITEM_MAX);
            }
            i++;
        }
        return this;
    }

    public Check range(String path, Number value, double min, double max) {
        if (value != null && !(value.doubleValue() >= min && value.doubleValue() <= max)) {
            add(path, "must be between " + stripZero(min) + " and " + stripZero(max));
        }
        return this;
    }

    public Check required(String path, Object value) {
        if (value == null) {
            add(path, "is required");
        }
        return this;
    }

    public Check id(String path, String value) {
        if (value == null || value.isBlank()) {
            return add(path, "is required");
        }
        return maxLength(path, value, NAME_MAX);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void orThrow() {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static String stripZero(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
