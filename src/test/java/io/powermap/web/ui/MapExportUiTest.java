package io.powermap.web.ui;

import io.powermap.support.Documents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Map image export in the real browser on a generated account of 1,200 people: PNG 1x/2x/4x and SVG
 * of the whole map and of the current view, captured as the files Chromium really downloads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MapExportUiTest {

    // As LAYOUT and LIMITS in web/js/mapimage.js: the title band, the legend band, the padding.
    private static final int PAD = 24;
    private static final int TITLE = 58;
    private static final int LEGEND = 176;
    private static final int LEGEND_WIDTH = 840;
    private static final long MAX_SIDE = 16384;
    private static final long MAX_AREA = 64L * 1024 * 1024;
    /** The stance fills of web/js/style.js, drawn as the legend's swatches. */
    private static final List<Integer> STANCE_FILLS = List.of(0xD55E00, 0xDADADA, 0xA6CEE3, 0x3C8DC4, 0x08306B);
    private static final String ACCOUNT = "Export Test Корпорация 电信";
    /** A person's name that is markup in every sense: it must come out as text, and the file must still parse. */
    private static final String MARKUP_NAME = "<b>&\"x'</b> Ω";

    private UiSession s;
    private Browser b;
    private String accountId;
    private Path downloads;

    record Saved(Path file, String name, double scale, double requested, boolean clamped, int width, int height,
                 int extentW, int extentH, String message, long ms) {}

    @BeforeAll
    void start() throws IOException {
        s = UiSession.get();
        b = s.browser;
        String doc = new String(Documents.generate(1200, 3600, 21), StandardCharsets.UTF_8);
        doc = doc.replaceFirst("\"name\"\\s*:\\s*\"[^\"]*\"", "\"name\": \"" + ACCOUNT + "\"");
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(doc);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("people").get(0)).put("name", MARKUP_NAME);
        accountId = s.importDocument(tree.toString());
        downloads = Files.createTempDirectory("powermap-downloads");
        b.driver().executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        b.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        // Warm the analysis and graph caches, as a returning user would, so the 1,200-person map opens within the wait.
        s.http.get("/api/accounts/" + accountId + "/analysis");
        s.http.get("/api/accounts/" + accountId + "/graph");
        b.consoleLog();
        b.openApp(accountId, "en");
        assertEquals(1200, b.jsLong("return window.powermap.cy.nodes('.person').length"));
    }

    @AfterAll
    void stop() {
        b.driver().executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "default"));
        b.assertNoScriptErrors();
    }

    /** Chooses the scope and the item with the mouse, then waits for the file on disk. */
    private Saved export(String scope, String item) {
        clearDownloads();
        b.js("window.powermap.lastExport = null");
        b.find("#export").click();
        b.waitVisible("#export-" + scope).click();
        b.find("#export-" + item).click();
        return awaitFile();
    }

    /** Each export is checked on its own file, never on an earlier one of the same name. */
    private void clearDownloads() {
        try (var files = Files.list(downloads)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Saved awaitFile() {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (b.js("return window.powermap.lastExport") == null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no export finished; console: " + b.consoleLog());
            }
            sleep(100);
        }
        Map<String, Object> e = (Map<String, Object>) b.js("const e = window.powermap.lastExport; return {file: e.file, scale: e.scale,"
                + " requested: e.requested, clamped: e.clamped, width: e.width, height: e.height, w: e.extent.w, h: e.extent.h, message: e.message, ms: e.ms}");
        String name = (String) e.get("file");
        Path file = downloads.resolve(name);
        // Chromium writes to a .crdownload file and renames it when complete.
        while (!Files.exists(file)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the download " + name + " never arrived in " + downloads);
            }
            sleep(100);
        }
        return new Saved(file, name, num(e.get("scale")), num(e.get("requested")), (Boolean) e.get("clamped"),
                (int) num(e.get("width")), (int) num(e.get("height")), (int) num(e.get("w")), (int) num(e.get("h")),
                (String) e.get("message"), (long) num(e.get("ms")));
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private long[] wholeExtent() {
        return new long[]{b.jsLong("return Math.ceil(window.powermap.cy.elements().boundingBox().w)"),
                b.jsLong("return Math.ceil(window.powermap.cy.elements().boundingBox().h)")};
    }

    private long[] viewExtent() {
        return new long[]{b.jsLong("return window.powermap.cy.width()"), b.jsLong("return window.powermap.cy.height()")};
    }

    private static double expectedScale(double requested, long w, long h) {
        double fw = Math.max(w + 2 * PAD, LEGEND_WIDTH);
        double fh = TITLE + h + PAD + LEGEND;
        double s = Math.min(requested, Math.min(MAX_SIDE / fw, Math.min(MAX_SIDE / fh, Math.sqrt(MAX_AREA / (fw * fh)))));
        return Math.floor(s * 100) / 100;
    }

    /** The PNG's size is scale x (map extent + bands), the map area has many colours, the legend its swatches. */
    private void assertPng(Saved saved, long[] extent, double requested, String suffix) throws IOException {
        assertEquals(requested, saved.requested());
        assertEquals(extent[0], saved.extentW());
        assertEquals(extent[1], saved.extentH());
        double scale = expectedScale(requested, extent[0], extent[1]);
        assertEquals(scale, saved.scale(), 1e-9, saved.toString());
        assertEquals(scale < requested, saved.clamped());
        if (saved.clamped()) {
            assertTrue(saved.message().contains("too large") && saved.message().contains(fmt(scale) + "×"), saved.message());
        }
        assertTrue(saved.name().startsWith("export-test-корпорация-电信-org-"), saved.name());
        assertTrue(saved.name().endsWith(suffix + "-" + fmt(scale) + "x.png"), saved.name());
        BufferedImage img = ImageIO.read(saved.file().toFile());
        int fw = (int) Math.ceil(Math.max(extent[0] + 2 * PAD, LEGEND_WIDTH) * scale);
        int fh = (int) Math.ceil((TITLE + extent[1] + PAD + LEGEND) * scale);
        assertEquals(fw, img.getWidth(), saved.toString());
        assertEquals(fh, img.getHeight(), saved.toString());
        assertEquals(saved.width(), img.getWidth());
        assertEquals(saved.height(), img.getHeight());
        // The map band: not blank, many distinct colours (stance fills, lines, label text).
        int y0 = (int) (TITLE * scale);
        int y1 = (int) ((TITLE + extent[1]) * scale);
        Set<Integer> colours = new HashSet<>();
        long nonWhite = 0;
        long samples = 0;
        int step = Math.max(1, (int) Math.sqrt((double) img.getWidth() * (y1 - y0) / 2_000_000.0));
        for (int y = y0; y < y1; y += step) {
            for (int x = 0; x < img.getWidth(); x += step) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                samples++;
                if (rgb != 0xFFFFFF) {
                    nonWhite++;
                    colours.add(rgb);
                }
            }
        }
        assertTrue(colours.size() >= 50, saved.name() + ": " + colours.size() + " colours in the map area");
        assertTrue(nonWhite * 100 > samples, saved.name() + ": " + nonWhite + " of " + samples + " sampled pixels drawn");
        // Every stance colour appears at the centre of its legend swatch; the title band has text.
        int legendTop = fh - (int) Math.ceil(LEGEND * scale);
        for (int i = 0; i < STANCE_FILLS.size(); i++) {
            int cx = (int) Math.round((PAD + 9) * scale);
            int cy = (int) Math.round((fh / scale - LEGEND + 32 + i * 18) * scale);
            int expected = STANCE_FILLS.get(i);
            int actual = img.getRGB(cx, cy) & 0xFFFFFF;
            // Below 1x a swatch is a few pixels wide and its centre blends with the outline.
            double distance = Math.sqrt(Math.pow((expected >> 16) - (actual >> 16), 2) + Math.pow(((expected >> 8) & 0xFF) - ((actual >> 8) & 0xFF), 2)
                    + Math.pow((expected & 0xFF) - (actual & 0xFF), 2));
            assertTrue(scale >= 1 ? distance == 0 : distance < 64, saved.name() + " legend swatch " + i + ": expected "
                    + Integer.toHexString(expected) + ", found " + Integer.toHexString(actual) + " (legend from y=" + legendTop + ")");
        }
        long titleInk = 0;
        for (int y = 0; y < y0; y++) {
            for (int x = 0; x < Math.min(img.getWidth(), (int) (400 * scale)); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    titleInk++;
                }
            }
        }
        assertTrue(titleInk > 100 * scale * scale, saved.name() + ": title band has " + titleInk + " drawn pixels");
    }

    private static String fmt(double scale) {
        return scale == Math.rint(scale) ? String.valueOf((long) scale) : String.valueOf(scale).replaceAll("0+$", "");
    }

    @Test
    @Order(1)
    void wholeMapPngAtEveryScaleWithTheScaleClampedToTheCanvasLimits() throws IOException {
        long[] extent = wholeExtent();
        for (int scale : new int[]{1, 2, 4}) {
            Saved saved = export("whole", "png-" + scale);
            assertPng(saved, extent, scale, "");
            System.out.printf("whole map PNG %dx: %s %d x %d px (scale used %.2f, clamped %b)%n", scale, saved.name(),
                    saved.width(), saved.height(), saved.scale(), saved.clamped());
        }
        // 1,200 people in an org chart do not fit even at 1x: the test proves the clamp, not just allows it.
        assertTrue(expectedScale(1, extent[0], extent[1]) < 1, "the generated map is expected to exceed the limits at 1x");
    }

    @Test
    @Order(2)
    void currentViewPngAtEveryScale() throws IOException {
        long[] extent = viewExtent();
        for (int scale : new int[]{1, 2, 4}) {
            Saved saved = export("current", "png-" + scale);
            assertPng(saved, extent, scale, "-view");
            assertFalse(saved.clamped());
        }
    }

    @Test
    @Order(3)
    void theMenuWorksFromTheKeyboard() throws IOException {
        clearDownloads();
        b.js("window.powermap.lastExport = null");
        b.find("#export").sendKeys(Keys.ARROW_DOWN);
        assertEquals("true", b.find("#export").getAttribute("aria-expanded"));
        assertEquals("export-whole", b.driver().switchTo().activeElement().getAttribute("id"));
        b.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        b.driver().switchTo().activeElement().sendKeys(Keys.ENTER); // current view
        assertEquals("true", b.find("#export-current").getAttribute("aria-checked"));
        b.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertEquals("export-png-1", b.driver().switchTo().activeElement().getAttribute("id"));
        b.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        Saved saved = awaitFile();
        assertPng(saved, viewExtent(), 1, "-view");
        assertEquals("false", b.find("#export").getAttribute("aria-expanded"));
        assertEquals("export", b.driver().switchTo().activeElement().getAttribute("id"));
        // Escape closes the menu and returns to the button.
        b.find("#export").sendKeys(Keys.ARROW_DOWN);
        b.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertEquals("false", b.find("#export").getAttribute("aria-expanded"));
        assertFalse(b.find("#export-menu").isDisplayed());
    }

    private Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static String texts(Document doc) {
        StringBuilder sb = new StringBuilder();
        NodeList list = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < list.getLength(); i++) {
            sb.append(list.item(i).getTextContent()).append('\n');
        }
        return sb.toString();
    }

    @Test
    @Order(4)
    void svgOfTheWholeMapAndOfTheViewHasTitleLegendAndOneShapePerVisibleNode() throws Exception {
        for (String scope : List.of("whole", "current")) {
            Saved saved = export(scope, "svg");
            assertEquals("export-test-корпорация-电信-org" + (scope.equals("current") ? "-view" : "") + ".svg", saved.name());
            Document doc = parse(saved.file());
            Element root = doc.getDocumentElement();
            assertEquals("svg", root.getLocalName());
            long[] extent = scope.equals("whole") ? wholeExtent() : viewExtent();
            assertEquals(Math.max(extent[0] + 2 * PAD, LEGEND_WIDTH), Long.parseLong(root.getAttribute("width")));
            assertEquals(TITLE + extent[1] + PAD + LEGEND, Long.parseLong(root.getAttribute("height")));
            String text = texts(doc);
            assertTrue(text.contains(ACCOUNT + " · Org view"), text.substring(0, Math.min(300, text.length())));
            assertTrue(text.contains(scope.equals("whole") ? "Whole map" : "Current view"));
            for (String legend : List.of("Stance", "Decision-maker", "Opposed", "Reports to")) {
                assertTrue(text.contains(legend), "legend entry " + legend);
            }
            long visible = scope.equals("whole") ? b.jsLong("return window.powermap.cy.nodes('.person').not('.filtered').length")
                    // In view, and the direct neighbours whose lines run into the view.
                    : b.jsLong("const cy = window.powermap.cy; const e = cy.extent(); const inView = cy.nodes('.person').not('.filtered')"
                    + ".filter(n => { const bb = n.boundingBox(); return bb.x2 >= e.x1 && bb.x1 <= e.x2 && bb.y2 >= e.y1 && bb.y1 <= e.y2; });"
                    + "return inView.union(inView.neighborhood('node').not('.filtered')).length");
            System.out.printf("SVG %s: %d visible people, %,d bytes, made in %d ms%n", scope, visible, Files.size(saved.file()), saved.ms());
            Element map = mapOf(doc);
            assertEquals(visible, nodeShapes(map), scope);
            if (scope.equals("current")) {
                assertTrue(visible < 300, visible + " people drawn for the current view of 1,200");
                // The lines among the people drawn, those leaving the view included (clipped by the viewport).
                long among = b.jsLong("const cy = window.powermap.cy; const e = cy.extent(); const inView = cy.nodes().not('.filtered')"
                        + ".filter(n => { const bb = n.boundingBox(); return bb.x2 >= e.x1 && bb.x1 <= e.x2 && bb.y2 >= e.y1 && bb.y1 <= e.y2; });"
                        + "const drawn = inView.union(inView.neighborhood('node')).filter(n => n.visible());"
                        + "return drawn.edgesWith(drawn).filter(x => x.visible()).length");
                assertEquals(among, groups(map, "edge").size(), "lines of the current view");
                continue;
            }
            // Each person in the shape their role gives them on screen, each shown tie as one line with its arrow.
            @SuppressWarnings("unchecked")
            Map<String, Object> shapes = (Map<String, Object>) b.js("const out = {}; window.powermap.cy.nodes('.person').filter(n => n.visible())"
                    + ".forEach(n => { out[n.style('shape')] = (out[n.style('shape')] ?? 0) + 1; }); return out");
            assertTrue(shapes.size() >= 5, "roles drawn in several shapes: " + shapes);
            for (var e : shapes.entrySet()) {
                assertEquals(((Number) e.getValue()).longValue(), count(groups(map, "node"), "person " + e.getKey()), "people drawn as " + e.getKey());
            }
            long edges = b.jsLong("return window.powermap.cy.edges().filter(e => e.visible()).length");
            List<Element> lines = groups(map, "edge");
            assertEquals(edges, lines.size(), "one drawing per shown tie");
            assertTrue(edges > 1000, edges + " ties shown");
            for (Element g : lines) {
                assertTrue(line(g).getAttribute("d").matches("M[-0-9. ]+([LQ][-0-9. ]+)+"), line(g).getAttribute("d"));
            }
            // Reports-to lines of the org chart carry no arrow; influence ties do, dashed.
            assertTrue(lines.stream().anyMatch(g -> hasArrow(g) && !line(g).getAttribute("stroke-dasharray").isEmpty()), "dashed ties with arrow heads");
            assertTrue(lines.stream().anyMatch(g -> !hasArrow(g) && line(g).getAttribute("stroke-dasharray").isEmpty()), "solid reports-to lines");
            // A name made of markup is drawn as that text, and the file above parsed.
            assertTrue(text.contains(MARKUP_NAME), "the markup name as text");
            assertFalse(Files.readString(saved.file()).contains(MARKUP_NAME), "the markup name escaped in the file");
            // The export leaves the map as it was: nothing hidden.
            assertEquals(0, b.jsLong("return window.powermap.cy.nodes().filter(n => n.style('display') === 'none').length"));
        }
    }

    @Test
    @Order(5)
    void aSmallMapIsSavedAtTheFullScaleAsked() throws Exception {
        UiSession.Fixture f = s.fixture();
        b.openApp(f.accountId(), "en");
        long[] extent = wholeExtent();
        Saved saved = export("whole", "png-4");
        assertFalse(saved.clamped(), saved.toString());
        assertEquals(4.0, saved.scale());
        BufferedImage img = ImageIO.read(saved.file().toFile());
        assertEquals((int) Math.ceil(Math.max(extent[0] + 2 * PAD, LEGEND_WIDTH) * 4), img.getWidth());
        assertEquals((int) Math.ceil((TITLE + extent[1] + PAD + LEGEND) * 4), img.getHeight());
        assertEquals("test-fixture-telecom-org-4x.png", saved.name());
        Saved svg = export("whole", "svg");
        assertEquals(11, nodeShapes(mapOf(parse(svg.file()))));
    }

    private static final String SVG = "http://www.w3.org/2000/svg";

    /** The map's nested svg. */
    private static Element mapOf(Document doc) {
        NodeList svgs = doc.getElementsByTagNameNS(SVG, "svg");
        for (int i = 0; i < svgs.getLength(); i++) {
            if ("map".equals(((Element) svgs.item(i)).getAttribute("class"))) {
                return (Element) svgs.item(i);
            }
        }
        throw new AssertionError("the map's nested svg");
    }

    /** The groups of the map whose class list holds `cls`. */
    private static List<Element> groups(Element map, String cls) {
        NodeList gs = map.getElementsByTagNameNS(SVG, "g");
        List<Element> out = new java.util.ArrayList<>();
        for (int i = 0; i < gs.getLength(); i++) {
            Element g = (Element) gs.item(i);
            if (List.of(g.getAttribute("class").split(" ")).contains(cls)) {
                out.add(g);
            }
        }
        return out;
    }

    /** How many groups have all of the given classes. */
    private static long count(List<Element> groups, String classes) {
        return groups.stream().filter(g -> List.of(g.getAttribute("class").split(" ")).containsAll(List.of(classes.split(" ")))).count();
    }

    private static List<Element> paths(Element edge, String cls) {
        NodeList paths = edge.getElementsByTagNameNS(SVG, "path");
        List<Element> out = new java.util.ArrayList<>();
        for (int i = 0; i < paths.getLength(); i++) {
            if (cls.equals(((Element) paths.item(i)).getAttribute("class"))) {
                out.add((Element) paths.item(i));
            }
        }
        return out;
    }

    /** A tie's one line. */
    private static Element line(Element edge) {
        List<Element> lines = paths(edge, "line");
        assertEquals(1, lines.size(), "one line per tie");
        return lines.get(0);
    }

    private static boolean hasArrow(Element edge) {
        return paths(edge, "arrow").size() == 1;
    }

    /** People drawn: one filled, outlined body shape (in the node border colour, BORDER_COLOR of style.js) per person group. */
    private static long nodeShapes(Element map) {
        long n = 0;
        for (Element g : groups(map, "person")) {
            NodeList paths = g.getElementsByTagNameNS(SVG, "path");
            int bodies = 0;
            for (int i = 0; i < paths.getLength(); i++) {
                Element p = (Element) paths.item(i);
                if ("shape".equals(p.getAttribute("class")) && "rgb(27,31,36)".equals(p.getAttribute("stroke").replace(" ", ""))
                        && p.getAttribute("fill").startsWith("rgb(")) {
                    bodies++;
                }
            }
            assertEquals(1, bodies, "one body per person");
            n++;
        }
        return n;
    }
}
