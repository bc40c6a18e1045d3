package io.powermap.io.csv;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The RFC 4180 reader on its own: quoting, delimiters, line ends, BOM and line numbers. */
class CsvTest {

    private static List<List<String>> cells(Csv.Table t) {
        return t.rows().stream().map(Csv.Row::cells).toList();
    }

    @Test
    void plainCommaSeparated() {
        Csv.Table t = Csv.parse("name,title\nLi Wei,CEO\nMei Chen,CTO\n");
        assertEquals(',', t.delimiter());
        assertEquals(List.of("name", "title"), t.header().cells());
        assertEquals(List.of(List.of("Li Wei", "CEO"), List.of("Mei Chen", "CTO")), cells(t));
        assertEquals(List.of(2, 3), t.rows().stream().map(Csv.Row::line).toList());
    }

    @Test
    void quotedCommasNewlinesAndDoubledQuotes() {
        Csv.Table t = Csv.parse("name,notes,title\n"
                + "\"Wei, Li\",\"line one\nline two\",\"the \"\"boss\"\"\"\n"
                + "Mei,,\"\"\n");
        assertEquals(List.of("Wei, Li", "line one\nline two", "the \"boss\""), t.rows().get(0).cells());
        assertEquals(List.of("Mei", "", ""), t.rows().get(1).cells());
        assertEquals(2, t.rows().get(0).line());
        assertEquals(4, t.rows().get(1).line(), "the quoted line break counts as a line");
    }

    @Test
    void byteOrderMarkIsDropped() {
        Csv.Table t = Csv.parse("\uFEFFname,title\nОльга,CTO");
        assertEquals(List.of("name", "title"), t.header().cells());
        assertEquals(List.of(List.of("Ольга", "CTO")), cells(t));
    }

    @Test
    void semicolonIsDetectedFromTheHeader() {
        Csv.Table t = Csv.parse("name;confidence;notes\r\n王建国;0,7;\"a; b, c\"\r\n");
        assertEquals(';', t.delimiter());
        assertEquals(List.of(List.of("王建国", "0,7", "a; b, c")), cells(t));
    }

    @Test
    void quotedDelimitersInTheHeaderDoNotCount() {
        assertEquals(';', Csv.parse("\"a,b,c\";d\n").delimiter());
        assertEquals(',', Csv.parse("\"a;b;c\",d\n").delimiter());
        assertEquals(',', Csv.parse("name\nx\n").delimiter(), "a single column defaults to commas");
    }

    @Test
    void crlfLoneCrAndLfAllEndRecords() {
        Csv.Table t = Csv.parse("name\r\na\r\nb\rc\nd");
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d")), cells(t));
        assertEquals(List.of(2, 3, 4, 5), t.rows().stream().map(Csv.Row::line).toList());
    }

    @Test
    void crlfInsideQuotesIsKeptAndCountedOnce() {
        Csv.Table t = Csv.parse("notes,name\r\n\"a\r\nb\",x\r\ny,z\r\n");
        assertEquals("a\r\nb", t.rows().get(0).cells().get(0));
        assertEquals(4, t.rows().get(1).line());
    }

    @Test
    void trailingLineBreakMakesNoRecordButBlankLinesAreReported() {
        assertEquals(1, Csv.parse("name\nx\n").rows().size());
        assertEquals(1, Csv.parse("name\r\nx\r\n").rows().size());
        Csv.Table t = Csv.parse("name,title\nx,y\n\n,\n,,\nz,w\n\n");
        assertEquals(6, t.rows().size(), "the last line is blank, then the file's final line break");
        assertEquals(List.of(false, true, true, true, false, true), t.rows().stream().map(Csv.Row::blank).toList());
        assertEquals(6, t.rows().get(4).line());
    }

    @Test
    void trailingDelimiterIsAnEmptyLastField() {
        assertEquals(List.of("a", ""), Csv.parse("x,y\na,").rows().get(0).cells());
        assertEquals(List.of("a", ""), Csv.parse("x,y\na,\n").rows().get(0).cells());
    }

    @Test
    void unterminatedQuoteNamesTheLineItOpensOn() {
        Csv.CsvException e = assertThrows(Csv.CsvException.class,
                () -> Csv.parse("name,notes\nok,fine\nbad,\"never closed\nmore\nand more\n"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    }

    @Test
    void textAfterAClosingQuoteIsAnError() {
        Csv.CsvException e = assertThrows(Csv.CsvException.class, () -> Csv.parse("name\nx\n\"a\"b\n"));
        assertEquals(3, e.line());
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsKept() {
        assertEquals(List.of("5\" screen"), Csv.parse("name\n5\" screen\n").rows().get(0).cells());
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertEquals(1, assertThrows(Csv.CsvException.class, () -> Csv.parse("")).line());
        assertEquals(1, assertThrows(Csv.CsvException.class, () -> Csv.parse("\uFEFF")).line());
        assertEquals(1, assertThrows(Csv.CsvException.class, () -> Csv.parse("\n\nname\n")).line());
    }
}
