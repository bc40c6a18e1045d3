package io.powermap.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.powermap.App;
import io.powermap.io.generate.AccountGenerator;
import io.powermap.io.generate.GeneratorSpec;
import io.powermap.support.Fixtures;
import io.powermap.support.Http;
import io.powermap.support.HttpBytes;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CSV, GraphML and Cytoscape.js exports, each parsed back and compared with the account, also at 1,200 people. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportFormatsTest {

    private static final String NASTY = "=HYPERLINK(\"http://evil.example\",\"<b>Ltd & Co</b>\"), 'quoted'\nline two";

    private App app;
    private Http http;
    private String small;
    private String demo;
    private String big;

    @BeforeAll
    void start() throws IOException {
        TestNeo4j.clear();
        app = TestApp.remote(false);
        http = new Http(app.port());
        small = Fixtures.importSmall(http);
        for (String name : List.of(NASTY, "@SUM(A1:A9)", "+7 (495) 123-45-67", "-minus", " =1+1", "\u00a0@cmd", "Ольга <i>Смирнова</i> & 王建国")) {
            Http.Response r = http.post("/api/accounts/" + small + "/people", Map.of("name", name, "title", "Head of \"Ops\", North"));
            assertEquals(201, r.status(), r.body());
        }
        demo = http.post("/api/import", Fixtures.demo()).json().get("accountId").asText();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AccountGenerator.generate(GeneratorSpec.of(1200, 6000, 7), out);
        long t = System.nanoTime();
        Http.Response r = http.post("/api/import", out.toString(StandardCharsets.UTF_8));
        assertEquals(201, r.status(), r.body());
        System.out.printf("imported 1,200 people / 6,000 ties in %d ms%n", (System.nanoTime() - t) / 1_000_000);
        big = r.json().get("accountId").asText();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private JsonNode json(String account) {
        return http.get("/api/accounts/" + account + "/export").json();
    }

    // ------------------------------------------------------------------ CSV

    @Test
    void csvOpensInExcelWithNamesIntactAndMatchesTheAccount() throws IOException {
        for (String account : List.of(small, demo, big)) {
            long t = System.nanoTime();
            HttpBytes.Response r = HttpBytes.get(app.port(), "/api/accounts/" + account + "/export?format=csv");
            long ms = (System.nanoTime() - t) / 1_000_000;
            assertEquals(200, r.status());
            assertEquals("application/zip", r.contentType());
            assertTrue(r.header("Content-Disposition").contains(".zip"));
            Map<String, byte[]> files = unzip(r.body());
            assertEquals(Set.of("people.csv", "ties.csv"), files.keySet());
            files.values().forEach(b -> assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(b, 3), "UTF-8 BOM"));
            List<List<String>> people = parseCsv(files.get("people.csv"));
            List<List<String>> ties = parseCsv(files.get("ties.csv"));
            System.out.printf("csv %s: %d people rows, %d tie rows, %d bytes zipped, %d ms%n", account.substring(0, 8), people.size() - 1, ties.size() - 1, r.body().length, ms);
            assertEquals(ExportFormats.PEOPLE_COLUMNS, people.get(0));
            assertEquals(ExportFormats.TIE_COLUMNS, ties.get(0));

            JsonNode doc = json(account);
            assertEquals(doc.get("people").size(), people.size() - 1);
            Map<String, JsonNode> byId = new HashMap<>();
            doc.get("people").forEach(p -> byId.put(p.get("id").asText(), p));
            int reports = 0;
            for (List<String> row : people.subList(1, people.size())) {
                JsonNode p = byId.get(row.get(0));
                assertNotNull(p, row.get(0));
                assertEquals(p.get("name").asText(), unguard(row.get(1)));
                assertEquals(p.path("title").asText(""), unguard(row.get(2)));
                assertEquals(p.get("rank").asText(), row.get(3));
                assertEquals(p.path("reportsTo").asText(""), row.get(6));
                assertEquals(p.path("decisionRole").asText(""), row.get(7));
                assertEquals(p.get("stance").asText(), row.get(8));
                reports += p.hasNonNull("reportsTo") ? 1 : 0;
            }
            assertEquals(doc.get("influences").size() + reports, ties.size() - 1);
            Set<String> expected = new HashSet<>();
            doc.get("influences").forEach(x -> expected.add(x.get("from").asText() + ">" + x.get("to").asText() + ":" + x.get("kind").asText() + ":" + x.get("strength").asInt()));
            Set<String> actual = new HashSet<>();
            ties.subList(1, ties.size()).stream().filter(x -> x.get(0).equals("INFLUENCES"))
                    .forEach(x -> actual.add(x.get(1) + ">" + x.get(3) + ":" + x.get(5) + ":" + x.get(6)));
            assertEquals(expected, actual);
        }
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreGuardedAndQuotedPerRfc4180() throws IOException {
        byte[] people = unzip(HttpBytes.get(app.port(), "/api/accounts/" + small + "/export?format=csv").body()).get("people.csv");
        String text = new String(people, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"<b>Ltd & Co</b>\"\"), 'quoted'\nline two\""), "guarded, quotes doubled, one cell");
        assertTrue(text.contains("'@SUM(A1:A9)") && text.contains("'+7 (495) 123-45-67") && text.contains("'-minus"));
        assertTrue(text.contains("' =1+1") && text.contains("'\u00a0@cmd"), "a formula behind leading spaces is guarded too");
        assertTrue(text.contains("Ольга <i>Смирнова</i> & 王建国"), "non-Latin names intact");
        assertTrue(text.contains("\r\n"), "CRLF rows");
        Set<String> names = new HashSet<>();
        parseCsv(people).stream().skip(1).forEach(r -> names.add(unguard(r.get(1))));
        assertTrue(names.containsAll(List.of(NASTY, "@SUM(A1:A9)", "+7 (495) 123-45-67", "-minus", " =1+1", "\u00a0@cmd", "王建国", "Ольга Смирнова")), names.toString());
    }

    @Test
    void csvReImportsAsAnAccountWithTheSamePeopleAndTies() throws IOException {
        Map<String, byte[]> files = unzip(HttpBytes.get(app.port(), "/api/accounts/" + demo + "/export?format=csv").body());
        List<List<String>> people = parseCsv(files.get("people.csv"));
        List<List<String>> ties = parseCsv(files.get("ties.csv"));
        ObjectNode doc = Http.JSON.createObjectNode().put("format", "powermap/1");
        doc.putObject("account").put("id", "from-csv").put("name", "Re-imported from CSV");
        ArrayNode ps = doc.putArray("people");
        for (List<String> row : people.subList(1, people.size())) {
            ObjectNode p = ps.addObject().put("id", row.get(0)).put("name", unguard(row.get(1))).put("rank", row.get(3)).put("stance", row.get(8));
            if (!row.get(2).isEmpty()) {
                p.put("title", unguard(row.get(2)));
            }
            if (!row.get(6).isEmpty()) {
                p.put("reportsTo", row.get(6));
            }
            if (!row.get(7).isEmpty()) {
                p.put("decisionRole", row.get(7));
            }
        }
        ArrayNode ts = doc.putArray("influences");
        for (List<String> row : ties.subList(1, ties.size())) {
            if (row.get(0).equals("INFLUENCES")) {
                ts.addObject().put("from", row.get(1)).put("to", row.get(3)).put("kind", row.get(5))
                        .put("strength", Integer.parseInt(row.get(6))).put("confidence", Double.parseDouble(row.get(7)));
            }
        }
        Http.Response r = http.post("/api/import", doc);
        assertEquals(201, r.status(), r.body());
        JsonNode back = json(r.json().get("accountId").asText());
        JsonNode original = json(demo);
        assertEquals(original.get("people").size(), back.get("people").size());
        assertEquals(original.get("influences").size(), back.get("influences").size());
        Map<String, String> names = new HashMap<>();
        original.get("people").forEach(p -> names.put(p.get("id").asText(), p.get("name").asText() + "|" + p.get("stance").asText() + "|" + p.path("reportsTo").asText("")));
        back.get("people").forEach(p -> assertEquals(names.get(p.get("id").asText()),
                p.get("name").asText() + "|" + p.get("stance").asText() + "|" + p.path("reportsTo").asText("")));
    }

    // ------------------------------------------------------------------ GraphML

    @Test
    void graphmlParsesBackWithTypedKeysAndMatchesTheAccount() throws Exception {
        for (String account : List.of(small, demo, big)) {
            long t = System.nanoTime();
            HttpBytes.Response r = HttpBytes.get(app.port(), "/api/accounts/" + account + "/export?format=graphml");
            long ms = (System.nanoTime() - t) / 1_000_000;
            assertEquals(200, r.status());
            assertTrue(r.contentType().startsWith("application/graphml+xml"));
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document xml = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body()));
            String ns = "http://graphml.graphdrawing.org/xmlns";
            assertEquals(ns, xml.getDocumentElement().getNamespaceURI());
            Map<String, String> keyTypes = new HashMap<>();
            NodeList keys = xml.getElementsByTagNameNS(ns, "key");
            for (int i = 0; i < keys.getLength(); i++) {
                Element k = (Element) keys.item(i);
                keyTypes.put(k.getAttribute("for") + ":" + k.getAttribute("attr.name"), k.getAttribute("attr.type"));
            }
            assertEquals("string", keyTypes.get("node:name"));
            assertEquals("boolean", keyTypes.get("node:risingStar"));
            assertEquals("int", keyTypes.get("edge:strength"));
            assertEquals("double", keyTypes.get("edge:weight"));

            JsonNode doc = json(account);
            Map<String, JsonNode> byId = new HashMap<>();
            doc.get("people").forEach(p -> byId.put(p.get("id").asText(), p));
            NodeList nodes = xml.getElementsByTagNameNS(ns, "node");
            assertEquals(byId.size(), nodes.getLength());
            for (int i = 0; i < nodes.getLength(); i++) {
                Element n = (Element) nodes.item(i);
                JsonNode p = byId.get(n.getAttribute("id"));
                Map<String, String> data = data(n, ns);
                assertEquals(p.get("name").asText(), data.get("name"));
                assertEquals(p.get("stance").asText(), data.get("stance"));
                assertEquals(p.get("rank").asText(), data.get("rank"));
                assertEquals(p.path("decisionRole").asText(null), data.get("decisionRole"));
                assertEquals(p.get("risingStar").asText(), data.get("risingStar"));
            }
            NodeList edges = xml.getElementsByTagNameNS(ns, "edge");
            Set<String> expected = new HashSet<>();
            doc.get("influences").forEach(x -> expected.add("INFLUENCES " + x.get("from").asText() + ">" + x.get("to").asText() + " " + x.get("kind").asText()
                    + " " + x.get("strength").asInt() + " " + x.get("confidence").asDouble()));
            doc.get("people").forEach(p -> {
                if (p.hasNonNull("reportsTo")) {
                    expected.add("REPORTS_TO " + p.get("reportsTo").asText() + ">" + p.get("id").asText() + " null null null");
                }
            });
            Set<String> actual = new HashSet<>();
            for (int i = 0; i < edges.getLength(); i++) {
                Element e = (Element) edges.item(i);
                Map<String, String> d = data(e, ns);
                actual.add(d.get("type") + " " + e.getAttribute("source") + ">" + e.getAttribute("target") + " " + d.get("kind") + " "
                        + d.get("strength") + " " + (d.get("confidence") == null ? null : Double.parseDouble(d.get("confidence"))));
            }
            assertEquals(expected.size(), edges.getLength());
            assertEquals(expected, actual);
            System.out.printf("graphml %s: %d nodes, %d edges, %d bytes, %d ms%n", account.substring(0, 8), nodes.getLength(), edges.getLength(), r.body().length, ms);
        }
    }

    private static Document parseXml(byte[] body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    @Test
    void graphmlKeepsCarriageReturnsAndLineBreaksAndTabsInIdsExactly() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode file = Http.JSON.createObjectNode().put("format", "powermap/1");
        file.putObject("account").put("id", "acct\tone\r\n").put("name", "Whitespace Ltd");
        com.fasterxml.jackson.databind.node.ArrayNode people = file.putArray("people");
        people.addObject().put("id", "a\nb").put("name", "\r=cmd").put("title", "CR\r\nLF\tTab");
        people.addObject().put("id", "a b").put("name", "Space").put("reportsTo", "a\nb");
        people.addObject().put("id", "a\tb\r").put("name", "  two  spaces \"q\" <&> ]]>").put("reportsTo", "a b");
        Http.Response imported = http.post("/api/import", file);
        assertEquals(201, imported.status(), imported.body());
        String account = imported.json().get("accountId").asText();

        HttpBytes.Response r = HttpBytes.get(app.port(), "/api/accounts/" + account + "/export?format=graphml");
        assertEquals(200, r.status());
        Document xml = parseXml(r.body());
        String ns = "http://graphml.graphdrawing.org/xmlns";
        assertEquals("acct\tone\r\n", ((Element) xml.getElementsByTagNameNS(ns, "graph").item(0)).getAttribute("id"));
        Map<String, Map<String, String>> nodes = new HashMap<>();
        NodeList list = xml.getElementsByTagNameNS(ns, "node");
        for (int i = 0; i < list.getLength(); i++) {
            Element n = (Element) list.item(i);
            nodes.put(n.getAttribute("id"), data(n, ns));
        }
        assertEquals(Set.of("a\nb", "a b", "a\tb\r"), nodes.keySet());
        assertEquals("\r=cmd", nodes.get("a\nb").get("name"));
        assertEquals("CR\r\nLF\tTab", nodes.get("a\nb").get("title"));
        assertEquals("  two  spaces \"q\" <&> ]]>", nodes.get("a\tb\r").get("name"));
        Set<String> lines = new HashSet<>();
        NodeList edges = xml.getElementsByTagNameNS(ns, "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            lines.add(e.getAttribute("source") + "|" + e.getAttribute("target") + "|" + e.getAttribute("id"));
        }
        assertEquals(Set.of("a\nb|a b|rt-a b", "a b|a\tb\r|rt-a\tb\r"), lines);
    }

    @Test
    void graphmlStaysWellFormedWithCharactersXmlCannotHoldStoredBeforeTheRules() throws Exception {
        String account = Fixtures.importSmall(http);
        // Stored before control characters in ids and noncharacters were refused (written straight to the database).
        TestNeo4j.driver().executableQuery("MATCH (p:Person {accountId: $a, externalId: 'p-ceo'}) SET p.name = $name, p.externalId = $id")
                .withParameters(Map.of("a", account, "name", "Li\uFFFEWei\u0007", "id", "p\u0001ceo\uFFFF")).execute();
        TestNeo4j.driver().executableQuery("MATCH (a:Account {id: $a}) SET a.externalId = $id")
                .withParameters(Map.of("a", account, "id", "acct\u0007")).execute();

        HttpBytes.Response r = HttpBytes.get(app.port(), "/api/accounts/" + account + "/export?format=graphml");
        assertEquals(200, r.status());
        Document xml = parseXml(r.body());
        String ns = "http://graphml.graphdrawing.org/xmlns";
        assertEquals("acct\uFFFD", ((Element) xml.getElementsByTagNameNS(ns, "graph").item(0)).getAttribute("id"));
        Set<String> names = new HashSet<>();
        Set<String> ids = new HashSet<>();
        NodeList list = xml.getElementsByTagNameNS(ns, "node");
        for (int i = 0; i < list.getLength(); i++) {
            names.add(data((Element) list.item(i), ns).get("name"));
            ids.add(((Element) list.item(i)).getAttribute("id"));
        }
        assertTrue(names.contains("Li\uFFFDWei\uFFFD"), names.toString());
        assertTrue(ids.contains("p\uFFFDceo\uFFFD"), ids.toString());
    }

    // ------------------------------------------------------------------ Cytoscape.js

    @Test
    void cytoscapeJsonHasOneElementPerPersonAndTie() {
        for (String account : List.of(small, demo, big)) {
            Http.Response r = http.get("/api/accounts/" + account + "/export?format=cytoscape");
            assertEquals(200, r.status());
            JsonNode cy = r.json();
            JsonNode doc = json(account);
            int reports = 0;
            for (JsonNode p : doc.get("people")) {
                reports += p.hasNonNull("reportsTo") ? 1 : 0;
            }
            assertEquals(doc.get("people").size(), cy.at("/elements/nodes").size());
            assertEquals(doc.get("influences").size() + reports, cy.at("/elements/edges").size());
            Set<String> ids = new HashSet<>();
            cy.at("/elements/nodes").forEach(n -> ids.add(n.at("/data/id").asText()));
            Set<String> edgeIds = new HashSet<>();
            cy.at("/elements/edges").forEach(e -> {
                assertTrue(ids.contains(e.at("/data/source").asText()) && ids.contains(e.at("/data/target").asText()));
                assertTrue(edgeIds.add(e.at("/data/id").asText()), "unique edge ids");
            });
            assertTrue(List.of("REPORTS_TO", "INFLUENCES").contains(cy.at("/elements/edges/0/data/type").asText()));
        }
        JsonNode cy = http.get("/api/accounts/" + small + "/export?format=cytoscape").json();
        boolean found = false;
        for (JsonNode n : cy.at("/elements/nodes")) {
            found |= n.at("/data/label").asText().equals(NASTY);
        }
        assertTrue(found, "labels kept exactly (JSON-escaped on the wire)");
    }

    @Test
    void unknownFormatsAndAccountsAreProblems() {
        Http.Response r = http.get("/api/accounts/" + small + "/export?format=xls");
        assertEquals(400, r.status());
        assertEquals("format", r.json().at("/errors/0/field").asText());
        for (String format : List.of("json", "csv", "graphml", "cytoscape")) {
            assertEquals(404, http.get("/api/accounts/ghost/export?format=" + format).status(), format);
        }
        assertEquals("powermap/1", http.get("/api/accounts/" + small + "/export").json().get("format").asText(), "json stays the default");
    }

    // ------------------------------------------------------------------ 1,000+ nodes: the brief

    @Test
    void theBriefOfABigAccountRendersAsPdfInEveryLanguage() throws IOException {
        String base = "/api/accounts/" + big;
        JsonNode visit = http.get(base + "/visits").json().get(0);
        String visitId = visit.get("id").asText();
        // Accept the top ten proposals, so the brief has real work to do.
        JsonNode proposals = http.get(base + "/visits/" + visitId + "/proposals?limit=10").json().get("proposals");
        assertEquals(10, proposals.size());
        JsonNode full = http.get(base + "/visits/" + visitId).json();
        List<String> targets = new ArrayList<>();
        full.get("targets").forEach(t -> targets.add(t.get("id").asText()));
        proposals.forEach(p -> {
            if (!targets.contains(p.get("personId").asText())) {
                targets.add(p.get("personId").asText());
            }
        });
        List<String> staff = new ArrayList<>();
        full.get("staff").forEach(s -> staff.add(s.get("id").asText()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", full.get("date").asText());
        body.put("status", "PLANNED");
        body.put("objective", full.get("objective").asText());
        body.put("opportunityId", full.get("opportunityId").asText(null));
        body.put("staffIds", staff);
        body.put("targetIds", targets);
        body.put("version", full.get("version").asLong());
        assertEquals(200, http.put(base + "/visits/" + visitId, body).status());
        for (String lang : List.of("en", "zh", "ru")) {
            long t = System.nanoTime();
            HttpBytes.Response r = HttpBytes.get(app.port(), base + "/visits/" + visitId + "/brief?format=pdf&lang=" + lang);
            long ms = (System.nanoTime() - t) / 1_000_000;
            assertEquals(200, r.status(), new String(r.body(), StandardCharsets.UTF_8));
            try (PDDocument pdf = Loader.loadPDF(r.body())) {
                String text = new PDFTextStripper().getText(pdf);
                System.out.printf("brief pdf at 1,200 people, %d targets, %s: %d pages, %d bytes, %d ms%n",
                        targets.size(), lang, pdf.getNumberOfPages(), r.body().length, ms);
                assertTrue(text.contains(proposals.get(0).get("name").asText()), "the top proposal is in the brief");
                assertTrue(pdf.getNumberOfPages() >= 3);
            }
        }
        Http.Response html = http.get(base + "/visits/" + visitId + "/brief?format=html&lang=ru");
        assertEquals(200, html.status());
        assertTrue(html.body().contains("Брифинг к визиту"));
    }

    // ------------------------------------------------------------------ helpers

    private static Map<String, String> data(Element owner, String ns) {
        Map<String, String> out = new HashMap<>();
        NodeList list = owner.getElementsByTagNameNS(ns, "data");
        for (int i = 0; i < list.getLength(); i++) {
            Element d = (Element) list.item(i);
            out.put(d.getAttribute("key"), d.getTextContent());
        }
        return out;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    /** An independent RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parseCsv(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (!row.isEmpty() || cell.length() > 0) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** Undoes the formula guard: a leading apostrophe before = + - @ (after spaces), a tab or a carriage return. */
    static String unguard(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && ExportFormats.guardFormula(cell.substring(1)).equals(cell) ? cell.substring(1) : cell;
    }
}
