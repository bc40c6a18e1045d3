package io.powermap.domain;

import io.powermap.web.ApiException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates input may carry: years 0001..9999, the range of the {@code YYYY-MM-DD} form every stored
 * date and instant is kept in (and compared as text). A wider year ({@code +10000-01-01},
 * {@code -0001-01-01}) would be written with a sign and sort and parse differently from the rest.
 */
public final class Dates {

    public static final int MIN_YEAR = 1;
    public static final int MAX_YEAR = 9999;
    public static final String OUT_OF_RANGE = "must be a date in the years 0001 to 9999";

    private Dates() {}

    public static boolean inRange(LocalDate d) {
        return d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR;
    }

    public static boolean inRange(Instant i) {
        return i.isAfter(Instant.MIN) && i.isBefore(Instant.MAX) && inRange(i.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    /**
     * A {@code since} query parameter: an instant or a date (midnight UTC), in range; anything else is a
     * 400 naming {@code field}.
     */
    public static Instant since(String raw, String field) {
        Instant at;
        try {
            at = Instant.parse(raw.trim());
        } catch (RuntimeException notInstant) {
            try {
                at = LocalDate.parse(raw.trim()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (RuntimeException e) {
                throw ApiException.invalid(field, "must be an ISO-8601 date or instant, e.g. 2026-11-01 or 2026-11-01T09:00:00Z");
            }
        }
        if (!inRange(at)) {
            throw ApiException.invalid(field, OUT_OF_RANGE);
        }
        return at;
    }
}
