package io.powermap.io.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader for the spreadsheets account teams keep: a header record, then records of
 * fields separated by {@code ,} or {@code ;} (whichever the header uses more; Excel writes {@code ;}
 * in many locales). Fields may be quoted; a quoted field may hold delimiters, line breaks and doubled
 * quotes ({@code ""} is one {@code "}). Records end with CRLF, LF or a lone CR. A leading UTF-8 byte
 * order mark is dropped, and a final line break does not start an empty record.
 *
 * <p>Each record carries the physical line it starts on, counting the header as line 1, so errors can
 * point at the line a spreadsheet user sees in a text editor.
 */
public final class Csv {

    /** The header and the data records of one file. */
    public record Table(char delimiter, Row header, List<Row> rows) {}

    /** One record: the line it starts on (1-based) and its fields, unquoted. */
    public record Row(int line, List<String> cells) {

        /** True for an empty line or one of delimiters only (spreadsheets write those for blank rows). */
        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** The file is not well-formed CSV; {@link #line} is where the problem starts. */
    public static final class CsvException extends RuntimeException {
        private final int line;

        CsvException(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private static final char BOM = '\uFEFF';

    private Csv() {}

    /** Parses a whole file; fails on the first malformed record. A file without a header fails too. */
    public static Table parse(String text) {
        String s = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        char delimiter = detectDelimiter(s);
        List<Row> records = new Parser(s, delimiter).records();
        if (records.isEmpty() || records.get(0).blank()) {
            throw new CsvException(1, "the first line must be the header row naming the columns");
        }
        return new Table(delimiter, records.get(0), List.copyOf(records.subList(1, records.size())));
    }

    /** {@code ;} when the header record has more semicolons than commas outside quotes, else {@code ,}. */
    static char detectDelimiter(String s) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static final class Parser {
        private final String s;
        private final char delimiter;
        private int pos;
        private int line = 1;

        Parser(String s, char delimiter) {
            this.s = s;
            this.delimiter = delimiter;
        }

        List<Row> records() {
            List<Row> rows = new ArrayList<>();
            while (pos < s.length()) {
                rows.add(record());
            }
            return rows;
        }

        /** Reads one record and the line break that ends it (if any). */
        private Row record() {
            int start = line;
            List<String> cells = new ArrayList<>();
            while (true) {
                cells.add(pos < s.length() && s.charAt(pos) == '"' ? quoted() : plain());
                if (pos >= s.length()) {
                    return new Row(start, List.copyOf(cells));
                }
                char c = s.charAt(pos);
                if (c == delimiter) {
                    pos++;
                    if (pos >= s.length()) {
                        cells.add("");
                        return new Row(start, List.copyOf(cells));
                    }
                } else {
                    lineBreak();
                    return new Row(start, List.copyOf(cells));
                }
            }
        }

        private String plain() {
            int from = pos;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == delimiter || c == '\n' || c == '\r') {
                    break;
                }
                pos++;
            }
            return s.substring(from, pos);
        }

        private String quoted() {
            int openedOn = line;
            pos++; // the opening quote
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= s.length()) {
                    throw new CsvException(openedOn, "a quoted field opened on this line is never closed (a \" is missing)");
                }
                char c = s.charAt(pos);
                if (c == '"') {
                    if (pos + 1 < s.length() && s.charAt(pos + 1) == '"') {
                        sb.append('"');
                        pos += 2;
                        continue;
                    }
                    pos++; // the closing quote
                    if (pos < s.length()) {
                        char next = s.charAt(pos);
                        if (next != delimiter && next != '\n' && next != '\r') {
                            throw new CsvException(line, "unexpected text after a closing quote (write a \" inside a quoted field as \"\")");
                        }
                    }
                    return sb.toString();
                }
                if (c == '\r' || c == '\n') {
                    int from = pos;
                    lineBreak();
                    sb.append(s, from, pos);
                    continue;
                }
                sb.append(c);
                pos++;
            }
        }

        /** Consumes CRLF, LF or CR at {@code pos} and counts one line. */
        private void lineBreak() {
            if (s.charAt(pos) == '\r' && pos + 1 < s.length() && s.charAt(pos + 1) == '\n') {
                pos += 2;
            } else {
                pos++;
            }
            line++;
        }
    }
}
