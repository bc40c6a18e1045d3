package io.powermap.io.csv;

import io.powermap.domain.Check;
import io.powermap.domain.Dates;
import io.powermap.web.ApiException;
import io.powermap.web.ApiException.FieldError;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A CSV body read against a known set of columns: UTF-8 decoded, parsed, its header matched
 * (case-insensitively, ignoring spaces, {@code _} and {@code -}), and its non-blank records turned
 * into {@link Line}s that convert cells to typed values. Every problem is named {@code line N.column}
 * (or {@code line N} for the whole record), N being the file's line with the header as line 1.
 */
final class Sheet {

    final List<Line> lines;
    /** Column name to its position in the file. */
    private final Map<String, Integer> index;
    /** Problems found reading the records (extra fields); typed-value problems go to each line's Check. */
    final List<FieldError> errors;

    private Sheet(List<Line> lines, Map<String, Integer> index, List<FieldError> errors) {
        this.lines = lines;
        this.index = index;
        this.errors = errors;
    }

    /** Fails at once (400) on text that is not UTF-8, malformed CSV, or a bad header. */
    static Sheet read(byte[] body, List<String> known, List<String> required) {
        String text = decode(body);
        Csv.Table table;
        try {
            table = Csv.parse(text);
        } catch (Csv.CsvException e) {
            throw ApiException.invalid(at(e.line()), e.getMessage());
        }
        Map<String, String> canonical = new HashMap<>();
        known.forEach(k -> canonical.put(normalize(k), k));

        Check header = new Check();
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> names = table.header().cells();
        for (int i = 0; i < names.size(); i++) {
            String raw = names.get(i).strip();
            if (raw.isEmpty()) {
                int col = i;
                table.rows().stream().filter(r -> col < r.cells().size() && !r.cells().get(col).isBlank()).findFirst()
                        .ifPresent(r -> header.add(at(1), "column " + (col + 1) + " has no name but holds a value on line " + r.line()));
                continue;
            }
            String column = canonical.get(normalize(raw));
            if (column == null) {
                header.add(at(1) + "." + raw, "unknown column '" + raw + "'; the columns are " + String.join(", ", known));
            } else if (index.putIfAbsent(column, i) != null) {
                header.add(at(1) + "." + raw, "column '" + column + "' appears twice");
            }
        }
        for (String r : required) {
            if (!index.containsKey(r)) {
                header.add(at(1) + "." + r, "the header has no '" + r + "' column; it is required");
            }
        }
        header.orThrow();

        List<FieldError> errors = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (Csv.Row row : table.rows()) {
            if (row.blank()) {
                continue;
            }
            List<String> cells = row.cells();
            if (cells.size() > names.size() && cells.subList(names.size(), cells.size()).stream().anyMatch(c -> !c.isBlank())) {
                errors.add(new FieldError(at(row.line()), "has " + cells.size() + " fields but the header has " + names.size()
                        + " columns (a missing quote, or a delimiter inside an unquoted value?)"));
            }
            lines.add(new Line(row.line(), index, cells));
        }
        return new Sheet(List.copyOf(lines), Map.copyOf(index), errors);
    }

    boolean has(String column) {
        return index.containsKey(column);
    }

    static String at(int line) {
        return "line " + line;
    }

    private static String normalize(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    }

    /** Strict UTF-8: a file saved in a legacy code page is rejected, naming the first bad line. */
    static String decode(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            ByteBuffer in = ByteBuffer.wrap(body);
            decoder.reset().decode(in, CharBuffer.allocate(body.length + 1), true);
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (body[i] == '\n') {
                    line++;
                }
            }
            throw ApiException.invalid(at(line), "is not UTF-8 text; save the file as \"CSV UTF-8\"");
        }
    }

    /**
     * Throws one 400 listing every problem, ordered by line and within a line by the file's column
     * order (whole-line problems first); no-op when clean. Fields are {@code line N} or {@code line N.column}.
     */
    void orThrow(List<FieldError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        List<FieldError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt((FieldError e) -> lineOf(e.field())).thenComparingInt(e -> columnOf(e.field())));
        throw ApiException.invalid(sorted);
    }

    private static int lineOf(String field) {
        int end = 5;
        while (end < field.length() && Character.isDigit(field.charAt(end))) {
            end++;
        }
        try {
            return Integer.parseInt(field.substring(5, end));
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    private int columnOf(String field) {
        int dot = field.indexOf('.');
        if (dot < 0) {
            return -1;
        }
        String column = field.substring(dot + 1).split("[.\\[]")[0];
        return index.getOrDefault(column, Integer.MAX_VALUE);
    }

    /** One data record; cells are trimmed, and an empty cell is "no value" ({@code null}). */
    static final class Line {
        final int number;
        private final Map<String, Integer> index;
        private final List<String> cells;
        /** Columns whose value could not be read, so rule checks skip them instead of saying "is required" too. */
        private final Set<String> unreadable = new HashSet<>();

        Line(int number, Map<String, Integer> index, List<String> cells) {
            this.number = number;
            this.index = index;
            this.cells = cells;
        }

        /** {@code line 7}: the prefix {@link io.powermap.io.DocumentValidator} joins field names to. */
        String prefix() {
            return at(number);
        }

        String path(String column) {
            return prefix() + "." + column;
        }

        boolean unreadable(String field) {
            return unreadable.stream().anyMatch(c -> field.equals(path(c)));
        }

        String text(String column) {
            Integer i = index.get(column);
            if (i == null || i >= cells.size()) {
                return null;
            }
            String v = cells.get(i).strip();
            return v.isEmpty() ? null : v;
        }

        /** {@code a | b || c} is {@code [a, b, c]}. */
        List<String> list(String column) {
            String v = text(column);
            if (v == null) {
                return List.of();
            }
            return Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        /** Case-insensitive; spaces and hyphens count as {@code _}, so "Decision maker" is DECISION_MAKER. */
        <E extends Enum<E>> E choice(Check c, String column, Class<E> type) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            String key = v.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(key)) {
                    return e;
                }
            }
            return bad(c, column, "'" + v + "' is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }

        Boolean bool(Check c, String column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            return switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1" -> true;
                case "false", "no", "n", "0" -> false;
                default -> bad(c, column, "'" + v + "' is not true or false (or yes/no, 1/0)");
            };
        }

        Integer whole(Check c, String column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            try {
                return Integer.valueOf(v);
            } catch (NumberFormatException e) {
                return bad(c, column, "'" + v + "' is not a whole number");
            }
        }

        /** Accepts a decimal comma ({@code 0,7}), as spreadsheets in many locales write it. */
        Double number(Check c, String column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            String s = v.matches("[+-]?\\d*,\\d+") ? v.replace(',', '.') : v;
            try {
                double d = Double.parseDouble(s);
                if (Double.isFinite(d) && s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                    return d;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            return bad(c, column, "'" + v + "' is not a number");
        }

        LocalDate date(Check c, String column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            LocalDate d;
            try {
                d = LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                return bad(c, column, "'" + v + "' is not a date as YYYY-MM-DD");
            }
            return Dates.inRange(d) ? d : bad(c, column, "'" + v + "' " + Dates.OUT_OF_RANGE);
        }

        private <T> T bad(Check c, String column, String message) {
            unreadable.add(column);
            c.add(path(column), message);
            return null;
        }
    }
}
