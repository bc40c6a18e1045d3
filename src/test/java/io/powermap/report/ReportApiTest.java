package io.powermap.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.powermap.App;
import io.powermap.support.Documents;
import io.powermap.support.Http;
import io.powermap.support.HttpBytes;
import io.powermap.support.TestApp;
import io.powermap.support.TestNeo4j;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The account map report PDF against the real server: the demo in three languages, generated accounts of 300 and 1,200 people. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiTest {

    private static final Pattern PAGE_PEOPLE = Pattern.compile("(\\d+) (?:people|person) on this page");

    private App app;
    private Http http;
    private String demo;

    @BeforeAll
    void start() {
        TestNeo4j.clear();
        app = TestApp.remote(true);
        http = new Http(app.port());
        demo = app.seededDemo().orElseThrow();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private record Pdf(PDDocument doc, byte[] bytes, long ms) {}

    private Pdf report(String accountId, String query, String keepAs) throws IOException {
        long t0 = System.nanoTime();
        HttpBytes.Response r = HttpBytes.get(app.port(), "/api/accounts/" + accountId + "/report?" + query);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(200, r.status(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", r.contentType());
        // Kept for a person to look at: target/reports/<name>.pdf
        Files.createDirectories(Path.of("target", "reports"));
        Files.write(Path.of("target", "reports", keepAs + ".pdf"), r.body());
        return new Pdf(Loader.loadPDF(r.body()), r.body(), ms);
    }

    private static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }

    @Test
    void theDemoReportInEveryLanguageHasTheNamesAsTextEmbeddedFontsAndEveryPersonOnAMapPage() throws IOException {
        Map<String, List<String>> labels = Map.of(
                "en", List.of("Account map report", "Overview: organisations", "Decision chain", "Hidden decision-makers", "Red flags"),
                "zh", List.of("客户关系图报告", "总览", "决策链", "隐性决策者", "警示"),
                "ru", List.of("Отчёт по карте клиента", "Обзор", "Цепочка принятия решений", "Скрытые лица", "Тревожные сигналы"));
        int people = http.get("/api/accounts/" + demo + "/people").json().size();
        for (String lang : List.of("en", "zh", "ru")) {
            Pdf pdf = report(demo, "format=pdf&lang=" + lang, "demo-" + lang);
            try (PDDocument doc = pdf.doc()) {
                String text = new PDFTextStripper().getText(doc);
                System.out.printf("demo report %s: %d pages, %,d bytes, %d ms%n", lang, doc.getNumberOfPages(), pdf.bytes().length, pdf.ms());
                for (String label : labels.get(lang)) {
                    assertTrue(text.contains(label), lang + ": " + label);
                }
                for (String name : List.of("Orion Telecom Group", "王建国", "Виктор Соколов", "陈海燕", "Rafael Mendes", "Magnus Ekholm")) {
                    assertTrue(text.contains(name), lang + ": " + name);
                }
                // The findings' reasons are in the report's language too.
                boolean english = lang.equals("en");
                assertEquals(english, text.contains("holds no role in the decision") || text.contains("listens to them directly"), lang);
                assertA4WithEmbeddedFonts(doc);
                // Cover, overview, findings, then at least one map page.
                assertTrue(doc.getNumberOfPages() >= 4, lang + ": " + doc.getNumberOfPages() + " pages");
                assertImagesDrawnAndInside(doc);
                if (lang.equals("en")) {
                    List<Integer> perPage = peoplePerPage(doc);
                    assertEquals(people, perPage.stream().mapToInt(Integer::intValue).sum(), "every person on exactly one map page");
                    // One drawn map for the overview and one per map page, each on a page of its own.
                    List<Integer> maps = mapImages(doc);
                    assertEquals(1 + perPage.size(), maps.size(), maps.toString());
                    assertEquals(maps.size(), new HashSet<>(maps).size(), maps.toString());
                }
            }
        }
    }

    @Test
    void aLargeAccountIsSplitIntoReadablePagesThatGrowWithItsSize() throws IOException {
        int previousPages = 0;
        for (int size : new int[]{300, 1200}) {
            String json = new String(Documents.generate(size, size * 3, 5), StandardCharsets.UTF_8);
            Http.Response imported = http.post("/api/import", json);
            assertEquals(201, imported.status(), imported.body());
            String id = imported.json().get("accountId").asText();
            http.get("/api/accounts/" + id + "/analysis"); // as a user who has opened the map: the analysis is cached
            Pdf pdf = report(id, "format=pdf&lang=en", "generated-" + size);
            try (PDDocument doc = pdf.doc()) {
                List<Integer> perPage = peoplePerPage(doc);
                System.out.printf("report of %,d people: %d PDF pages, %d map pages (largest %d people), %,d bytes, %d ms%n",
                        size, doc.getNumberOfPages(), perPage.size(), perPage.stream().mapToInt(Integer::intValue).max().orElse(0),
                        pdf.bytes().length, pdf.ms());
                assertTrue(doc.getNumberOfPages() > 1);
                assertTrue(doc.getNumberOfPages() > previousPages, size + " people: " + doc.getNumberOfPages() + " pages, not more than " + previousPages);
                previousPages = doc.getNumberOfPages();
                assertEquals(size, perPage.stream().mapToInt(Integer::intValue).sum(), "every person on exactly one map page");
                assertTrue(perPage.stream().allMatch(n -> n >= 1 && n <= ReportLayout.PER_PAGE), perPage.toString());
                // Packing keeps pages full enough: well under two pages per 40 people.
                int minimum = (size + ReportLayout.PER_PAGE - 1) / ReportLayout.PER_PAGE;
                assertTrue(perPage.size() <= minimum * 3 / 2, perPage.size() + " map pages for " + size + " people");
                assertA4WithEmbeddedFonts(doc);
                assertImagesDrawnAndInside(doc);
                // Every name is printed in full in some page's table.
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                JsonNode doc0 = Http.JSON.readTree(json);
                int checked = 0;
                for (JsonNode p : doc0.get("people")) {
                    if (checked++ % 7 == 0) {
                        assertTrue(text.contains(p.get("name").asText()), p.get("name").asText());
                    }
                }
            }
        }
    }

    @Test
    void anOrgTooBigForOnePageIsSplitIntoContinuedPartsAndSmallOrgsSharePages() throws IOException {
        // One department of 95 people reporting to one head, and two small teams beside it.
        com.fasterxml.jackson.databind.node.ObjectNode doc = io.powermap.support.Fixtures.document("small");
        doc.with("account").put("name", "Flat Org Ltd");
        var orgs = doc.putArray("orgs");
        orgs.addObject().put("id", "o-big").put("name", "Big Department").put("kind", "DEPARTMENT");
        orgs.addObject().put("id", "o-a").put("name", "Team A").put("kind", "DEPARTMENT");
        orgs.addObject().put("id", "o-b").put("name", "Team B").put("kind", "DEPARTMENT");
        var people = doc.putArray("people");
        for (int i = 0; i < 101; i++) {
            String org = i < 95 ? "o-big" : i < 98 ? "o-a" : "o-b";
            var p = people.addObject().put("id", "p" + i).put("name", "Person " + i).put("rank", i == 0 ? "DIRECTOR" : "STAFF");
            p.putArray("orgIds").add(org);
            p.put("reportsTo", i > 0 && i < 95 ? "p0" : null);
        }
        for (String section : List.of("influences", "knows", "owns", "alignments", "interactions", "actions", "visits")) {
            doc.putArray(section);
        }
        doc.putArray("opportunities");
        Http.Response imported = http.post("/api/import", doc);
        assertEquals(201, imported.status(), imported.body());
        Pdf pdf = report(imported.json().get("accountId").asText(), "lang=en", "flat-org");
        try (PDDocument d = pdf.doc()) {
            assertEquals(List.of(31, 32, 32, 6), peoplePerPage(d));
            String text = new PDFTextStripper().getText(d);
            assertTrue(text.contains("Big Department (part 1 of 3)"), text);
            assertTrue(text.contains("Big Department (continued, part 2 of 3)"));
            assertTrue(text.contains("Big Department (continued, part 3 of 3)"));
            assertTrue(text.contains("Top-level organisations: 2 organisations") && text.contains("Team A · Team B"), text);
            assertImagesDrawnAndInside(d);
        }
    }

    /**
     * The "N people on this page" of the map pages. The map pages are the last pages and each
     * says it exactly once: so no section overflowed onto a second page (that page would have no
     * count) and no page holds two sections.
     */
    private static List<Integer> peoplePerPage(PDDocument doc) throws IOException {
        List<Integer> counts = new ArrayList<>();
        int first = -1;
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            Matcher m = PAGE_PEOPLE.matcher(text(doc, i));
            List<Integer> onPage = new ArrayList<>();
            while (m.find()) {
                onPage.add(Integer.parseInt(m.group(1)));
            }
            if (first < 0 && !onPage.isEmpty()) {
                first = i;
            }
            if (first > 0) {
                assertEquals(1, onPage.size(), "page " + i + " holds " + onPage.size() + " map sections");
            }
            counts.addAll(onPage);
        }
        return counts;
    }

    private static void assertA4WithEmbeddedFonts(PDDocument doc) {
        for (PDPage page : doc.getPages()) {
            assertEquals(595, Math.round(page.getMediaBox().getWidth()), "A4 width in points");
            assertEquals(842, Math.round(page.getMediaBox().getHeight()), "A4 height in points");
            page.getResources().getFontNames().forEach(fn -> {
                try {
                    var font = page.getResources().getFont(fn);
                    assertTrue(font.isEmbedded(), "fonts embedded: " + font.getName());
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
        }
    }

    /** One drawn map per page that has a map: the overview and every map page. */
    private static List<Integer> mapImages(PDDocument doc) throws IOException {
        List<Integer> pages = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            ImageProbe probe = new ImageProbe(doc.getPage(i));
            probe.processPage(doc.getPage(i));
            for (int k = 0; k < probe.images; k++) {
                pages.add(i + 1);
            }
        }
        return pages;
    }

    /** Every image is drawn inside its page's box, at a readable size, and has content (not blank). */
    private static void assertImagesDrawnAndInside(PDDocument doc) throws IOException {
        int images = 0;
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            ImageProbe probe = new ImageProbe(doc.getPage(i));
            probe.processPage(doc.getPage(i));
            assertEquals(List.of(), probe.problems, "page " + (i + 1));
            images += probe.images;
        }
        assertTrue(images >= 2, images + " images");
    }

    /** Follows the content stream's transformation to where each image is drawn. */
    static final class ImageProbe extends PDFStreamEngine {
        final List<String> problems = new ArrayList<>();
        final PDRectangle box;
        int images;

        ImageProbe(PDPage page) {
            this.box = page.getMediaBox();
            addOperator(new Concatenate(this));
            addOperator(new SetGraphicsStateParameters(this));
            addOperator(new Save(this));
            addOperator(new Restore(this));
            addOperator(new SetMatrix(this));
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (!"Do".equals(operator.getName())) {
                super.processOperator(operator, operands);
                return;
            }
            PDXObject x = getResources().getXObject((COSName) operands.get(0));
            if (x instanceof PDFormXObject form) {
                showForm(form);
                return;
            }
            if (!(x instanceof PDImageXObject image)) {
                return;
            }
            images++;
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            float x0 = ctm.getTranslateX();
            float y0 = ctm.getTranslateY();
            float w = ctm.getScalingFactorX();
            float h = ctm.getScalingFactorY();
            if (x0 < -0.5 || y0 < -0.5 || x0 + w > box.getWidth() + 0.5 || y0 + h > box.getHeight() + 0.5) {
                problems.add(String.format("image at %.0f,%.0f size %.0fx%.0f outside the page %.0fx%.0f", x0, y0, w, h, box.getWidth(), box.getHeight()));
            }
            if (w < 0.6 * box.getWidth()) {
                problems.add(String.format("image only %.0f pt wide: not readable", w));
            }
            BufferedImage img = image.getImage();
            Set<Integer> colours = new HashSet<>();
            long ink = 0;
            long samples = 0;
            for (int y = 0; y < img.getHeight(); y += 2) {
                for (int xx = 0; xx < img.getWidth(); xx += 2) {
                    int rgb = img.getRGB(xx, y) & 0xFFFFFF;
                    samples++;
                    if (rgb != 0xFFFFFF) {
                        ink++;
                        colours.add(rgb);
                    }
                }
            }
            if (ink * 200 < samples || colours.size() < 10) {
                problems.add("blank image: " + ink + " of " + samples + " pixels drawn, " + colours.size() + " colours");
            }
        }
    }

    @Test
    void textThatIsNotXmlStoredBeforeTheRulesCannotBreakTheReport() throws IOException {
        String id = io.powermap.support.Fixtures.importSmall(http);
        // As stored before noncharacters were refused at the edge (written here straight to the database).
        TestNeo4j.driver().executableQuery("MATCH (p:Person {accountId: $a, externalId: 'p-ceo'}) SET p.name = $name, p.title = $title")
                .withParameters(Map.of("a", id, "name", "Li\uFFFEWei", "title", "CEO\uFFFF\u0007")).execute();
        TestNeo4j.driver().executableQuery("MATCH (a:Account {id: $a}) SET a.name = $name")
                .withParameters(Map.of("a", id, "name", "Small\uFFFFTelco")).execute();

        try (PDDocument doc = report(id, "format=pdf&lang=en", "noncharacters").doc()) {
            assertTrue(doc.getNumberOfPages() > 0);
        }
        Http.Response html = http.get("/api/accounts/" + id + "/report?format=html&lang=en");
        assertEquals(200, html.status(), html.body());
        assertFalse(html.body().contains("\uFFFE") || html.body().contains("\uFFFF") || html.body().contains("\u0007"), html.body());
        assertTrue(html.body().contains("Li\uFFFDWei") && html.body().contains("Small\uFFFDTelco"), html.body());
    }

    @Test
    void badReportRequestsAreProblemsAndTheHtmlVersionKeepsTheCsp() {
        String base = "/api/accounts/" + demo + "/report";
        Http.Response format = http.get(base + "?format=docx");
        assertEquals(400, format.status());
        assertEquals("format", format.json().at("/errors/0/field").asText());
        Http.Response lang = http.get(base + "?lang=fr");
        assertEquals(400, lang.status());
        assertEquals("lang", lang.json().at("/errors/0/field").asText());
        Http.Response opp = http.get(base + "?opportunityId=not-in-this-account");
        assertEquals(400, opp.status());
        assertEquals("opportunityId", opp.json().at("/errors/0/field").asText());
        assertEquals(404, http.get("/api/accounts/no-such-account/report").status());
        Http.Response html = http.get(base + "?format=html&lang=zh");
        assertEquals(200, html.status());
        assertTrue(html.body().contains("<svg") && html.body().contains("王建国") && html.body().contains("客户关系图报告"));
        assertTrue(html.body().contains("/css/report.css"));
        assertFalse(html.body().contains("<script"));
        assertFalse(html.body().contains("style=\""));
    }
}
