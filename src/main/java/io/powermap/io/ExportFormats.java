package io.powermap.io;

import io.powermap.io.AccountDocument.InfluenceData;
import io.powermap.io.AccountDocument.OrgData;
import io.powermap.io.AccountDocument.PersonData;

import io.powermap.domain.Text;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The account's influence map in other tools' formats, all built from the one {@code powermap/1}
 * export (so ids are the file ids and every format agrees): CSV for spreadsheets, GraphML for
 * Gephi and yEd, Cytoscape.js JSON. Every user value is escaped for its format.
 */
public final class ExportFormats {

    public enum Format { JSON, CSV, GRAPHML, CYTOSCAPE }

    public static final List<String> PEOPLE_COLUMNS = List.of("id", "name", "title", "rank", "orgIds", "orgNames", "reportsTo",
            "decisionRole", "stance", "risingStar", "onOrgChart", "needsProfessional", "needsPersonal", "criteria", "tags", "notes");
    public static final List<String> TIE_COLUMNS = List.of("type", "from", "fromName", "to", "toName", "kind", "strength",
            "confidence", "weight", "source", "since");
    static final String LIST_SEPARATOR = "; ";

    private ExportFormats() {}

    public static Format parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Format.JSON;
        }
        try {
            return Format.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw io.powermap.web.ApiException.invalid("format", "must be one of json, csv, graphml, cytoscape");
        }
    }

    // ---------------------------------------------------------------- CSV

    /** A zip of {@code people.csv} and {@code ties.csv}: UTF-8 with BOM, CRLF, RFC 4180 quoting. */
    public static byte[] csvZip(AccountDocument doc) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("people.csv"));
            zip.write(peopleCsv(doc).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("ties.csv"));
            zip.write(tiesCsv(doc).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String peopleCsv(AccountDocument doc) {
        Map<String, String> orgNames = new HashMap<>();
        doc.orgs().forEach(o -> orgNames.put(o.id(), o.name()));
        StringBuilder sb = new StringBuilder("\uFEFF");
        row(sb, PEOPLE_COLUMNS, false);
        for (PersonData p : doc.people()) {
            List<String> criteria = p.criteria().stream()
                    .map(c -> c.category() + (c.note() == null ? "" : ": " + c.note())).toList();
            row(sb, List.of(s(p.id()), s(p.name()), s(p.title()), p.rank().name(), String.join(LIST_SEPARATOR, p.orgIds()),
                    String.join(LIST_SEPARATOR, p.orgIds().stream().map(id -> orgNames.getOrDefault(id, id)).toList()),
                    s(p.reportsTo()), p.decisionRole() == null ? "" : p.decisionRole().name(), p.stance().name(),
                    String.valueOf(p.risingStar()), String.valueOf(p.onOrgChart()),
                    String.join(LIST_SEPARATOR, p.needs().professional()), String.join(LIST_SEPARATOR, p.needs().personal()),
                    String.join(LIST_SEPARATOR, criteria), String.join(LIST_SEPARATOR, p.tags()), s(p.notes())), true);
        }
        return sb.toString();
    }

    public static String tiesCsv(AccountDocument doc) {
        Map<String, String> names = new HashMap<>();
        doc.people().forEach(p -> names.put(p.id(), p.name()));
        StringBuilder sb = new StringBuilder("\uFEFF");
        row(sb, TIE_COLUMNS, false);
        for (PersonData p : doc.people()) {
            if (p.reportsTo() != null) {
                // The formal line as the map draws it: boss to report.
                row(sb, List.of("REPORTS_TO", p.reportsTo(), s(names.get(p.reportsTo())), p.id(), s(p.name()), "", "", "", "1", "", ""), true);
            }
        }
        for (InfluenceData t : doc.influences()) {
            row(sb, List.of("INFLUENCES", t.from(), s(names.get(t.from())), t.to(), s(names.get(t.to())), t.kind().name(),
                    String.valueOf(t.strength()), num(t.confidence()), num(t.strength() * t.confidence()), s(t.source()),
                    t.since() == null ? "" : t.since().toString()), true);
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, List<String> cells, boolean guard) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(csvCell(guard ? guardFormula(cells.get(i)) : cells.get(i)));
        }
        sb.append("\r\n");
    }

    /**
     * A cell a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage return)
     * gets a leading apostrophe, so it shows as text. Leading spaces do not disarm it: Calc's "trim
     * spaces" import option, and users tidying a sheet, turn " =1+1" into a formula. Numbers are
     * written by us and never start so.
     */
    public static String guardFormula(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (value.charAt(0) == '\t' || value.charAt(0) == '\r') {
            return "'" + value;
        }
        int first = 0;
        while (first < value.length() && isBlank(value.charAt(first))) {
            first++;
        }
        if (first < value.length() && "=+-@".indexOf(value.charAt(first)) >= 0 && !isNumber(value)) {
            return "'" + value;
        }
        return value;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isNumber(String v) {
        return v.matches("-?\\d+(\\.\\d+)?");
    }

    /** RFC 4180: quoted when it holds a comma, quote, line break or edge space; quotes doubled. */
    public static String csvCell(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0
                || (!value.isEmpty() && (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1))));
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }

    private static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    // ---------------------------------------------------------------- GraphML

    private record Key(String id, String domain, String name, String type) {}

    private static final List<Key> KEYS = List.of(
            new Key("label", "node", "label", "string"),
            new Key("name", "node", "name", "string"),
            new Key("title", "node", "title", "string"),
            new Key("rank", "node", "rank", "string"),
            new Key("decisionRole", "node", "decisionRole", "string"),
            new Key("stance", "node", "stance", "string"),
            new Key("org", "node", "org", "string"),
            new Key("orgIds", "node", "orgIds", "string"),
            new Key("risingStar", "node", "risingStar", "boolean"),
            new Key("onOrgChart", "node", "onOrgChart", "boolean"),
            new Key("tags", "node", "tags", "string"),
            new Key("type", "edge", "type", "string"),
            new Key("kind", "edge", "kind", "string"),
            new Key("strength", "edge", "strength", "int"),
            new Key("confidence", "edge", "confidence", "double"),
            new Key("weight", "edge", "weight", "double"),
            new Key("note", "edge", "note", "string"),
            new Key("since", "edge", "since", "string"));

    /**
     * GraphML with typed {@code <key>} attributes: people as nodes, formal lines and influence ties as edges.
     * Written by hand rather than with an XMLStreamWriter, which writes CR, and line feeds and tabs inside
     * attribute values, as they are: an XML parser then reads CR as a line feed and, in an attribute, a line
     * break or tab as a space, so {@code "a\nb"} and {@code "a b"} would come back as the same id. Here they
     * are character references, and what XML 1.0 cannot hold at all becomes U+FFFD (see {@link Xml}).
     */
    public static byte[] graphml(AccountDocument doc) {
        Map<String, String> orgNames = new HashMap<>();
        for (OrgData o : doc.orgs()) {
            orgNames.put(o.id(), o.name());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            w.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                    + " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
            for (Key k : KEYS) {
                w.write("<key");
                Xml.attribute(w, "id", k.id());
                Xml.attribute(w, "for", k.domain());
                Xml.attribute(w, "attr.name", k.name());
                Xml.attribute(w, "attr.type", k.type());
                w.write("/>\n");
            }
            w.write("<graph");
            Xml.attribute(w, "id", doc.account() == null || doc.account().id() == null ? "account" : doc.account().id());
            Xml.attribute(w, "edgedefault", "directed");
            w.write(">\n");
            for (PersonData p : doc.people()) {
                w.write("<node");
                Xml.attribute(w, "id", p.id());
                w.write(">");
                data(w, "label", p.name());
                data(w, "name", p.name());
                data(w, "title", p.title());
                data(w, "rank", p.rank().name());
                data(w, "decisionRole", p.decisionRole() == null ? null : p.decisionRole().name());
                data(w, "stance", p.stance().name());
                data(w, "org", p.orgIds().isEmpty() ? null : orgNames.get(p.orgIds().get(0)));
                data(w, "orgIds", p.orgIds().isEmpty() ? null : String.join(" ", p.orgIds()));
                data(w, "risingStar", String.valueOf(p.risingStar()));
                data(w, "onOrgChart", String.valueOf(p.onOrgChart()));
                data(w, "tags", p.tags().isEmpty() ? null : String.join(LIST_SEPARATOR, p.tags()));
                w.write("</node>\n");
            }
            for (PersonData p : doc.people()) {
                if (p.reportsTo() != null) {
                    w.write("<edge");
                    Xml.attribute(w, "id", "rt-" + p.id());
                    Xml.attribute(w, "source", p.reportsTo());
                    Xml.attribute(w, "target", p.id());
                    w.write(">");
                    data(w, "type", "REPORTS_TO");
                    data(w, "weight", "1.0");
                    w.write("</edge>\n");
                }
            }
            int i = 0;
            for (InfluenceData t : doc.influences()) {
                w.write("<edge");
                Xml.attribute(w, "id", "inf-" + (i++));
                Xml.attribute(w, "source", t.from());
                Xml.attribute(w, "target", t.to());
                w.write(">");
                data(w, "type", "INFLUENCES");
                data(w, "kind", t.kind().name());
                data(w, "strength", String.valueOf(t.strength()));
                data(w, "confidence", String.valueOf(t.confidence()));
                data(w, "weight", String.valueOf(t.strength() * t.confidence()));
                data(w, "note", t.source());
                data(w, "since", t.since() == null ? null : t.since().toString());
                w.write("</edge>\n");
            }
            w.write("</graph>\n</graphml>");
        } catch (IOException e) {
            throw new UncheckedIOException("GraphML export failed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void data(Writer w, String key, String value) throws IOException {
        if (value == null) {
            return;
        }
        w.write("<data");
        Xml.attribute(w, "key", key);
        w.write(">");
        Xml.text(w, value);
        w.write("</data>");
    }

    /** XML 1.0 escaping that a parser reads back to exactly the same text. */
    static final class Xml {

        private Xml() {}

        /** Element content: {@code & < >} as entities, CR as {@code &#13;} (a parser would turn a raw CR into LF). */
        static void text(Writer w, String s) throws IOException {
            escape(w, s, false);
        }

        /** {@code name="value"} with a leading space; also {@code "}, and tab, LF and CR as references (else normalised to spaces). */
        static void attribute(Writer w, String name, String value) throws IOException {
            w.write(' ');
            w.write(name);
            w.write("=\"");
            escape(w, value, true);
            w.write('"');
        }

        private static void escape(Writer w, String s, boolean attribute) throws IOException {
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                switch (c) {
                    case '&' -> w.write("&amp;");
                    case '<' -> w.write("&lt;");
                    case '>' -> w.write("&gt;");
                    case '\r' -> w.write("&#13;");
                    case '"' -> w.write(attribute ? "&quot;" : "\"");
                    case '\n' -> w.write(attribute ? "&#10;" : "\n");
                    case '\t' -> w.write(attribute ? "&#9;" : "\t");
                    default -> {
                        if (Text.isXmlChar(c)) {
                            w.write(Character.toString(c));
                        } else {
                            w.write('\uFFFD');    // control characters, lone surrogates, U+FFFE, U+FFFF
                        }
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- Cytoscape.js

    /** {@code {elements: {nodes, edges}}} in the shape of the graph endpoint, for {@code cy.add()} or {@code cy.json()}. */
    public static Map<String, Object> cytoscape(AccountDocument doc) {
        Map<String, String> orgNames = new HashMap<>();
        doc.orgs().forEach(o -> orgNames.put(o.id(), o.name()));
        List<Map<String, Object>> nodes = new ArrayList<>(doc.people().size());
        for (PersonData p : doc.people()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", p.id());
            data.put("type", "person");
            data.put("label", p.name());
            data.put("name", p.name());
            data.put("title", p.title());
            data.put("rank", p.rank().name());
            data.put("decisionRole", p.decisionRole() == null ? null : p.decisionRole().name());
            data.put("stance", p.stance().name());
            data.put("orgId", p.orgIds().isEmpty() ? null : p.orgIds().get(0));
            data.put("orgName", p.orgIds().isEmpty() ? null : orgNames.get(p.orgIds().get(0)));
            data.put("orgIds", p.orgIds());
            data.put("risingStar", p.risingStar());
            data.put("onOrgChart", p.onOrgChart());
            data.put("tags", p.tags());
            nodes.add(Map.of("data", data));
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        for (PersonData p : doc.people()) {
            if (p.reportsTo() != null) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("id", "rt-" + p.id());
                data.put("source", p.reportsTo());
                data.put("target", p.id());
                data.put("type", "REPORTS_TO");
                edges.add(Map.of("data", data));
            }
        }
        int i = 0;
        for (InfluenceData t : doc.influences()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", "inf-" + (i++));
            data.put("source", t.from());
            data.put("target", t.to());
            data.put("type", "INFLUENCES");
            data.put("kind", t.kind().name());
            data.put("strength", t.strength());
            data.put("confidence", t.confidence());
            data.put("weight", t.strength() * t.confidence());
            data.put("sourceNote", t.source());
            data.put("since", t.since() == null ? null : t.since().toString());
            edges.add(Map.of("data", data));
        }
        Map<String, Object> elements = new LinkedHashMap<>();
        elements.put("nodes", nodes);
        elements.put("edges", edges);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("format", "cytoscape.js");
        result.put("name", doc.account() == null ? null : doc.account().name());
        result.put("elements", elements);
        return result;
    }
}
