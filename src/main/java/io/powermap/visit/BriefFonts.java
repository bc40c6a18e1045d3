package io.powermap.visit;

import io.powermap.web.ApiException;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The fonts the PDF brief embeds, from the operating system's font packages (Debian
 * {@code fonts-dejavu-core} for Latin and Cyrillic, {@code fonts-droid-fallback} for Chinese, both
 * installed by {@code .ci/run} and the Dockerfile). PDFBox can only embed fonts with TrueType
 * outlines, so the CFF-based Noto CJK collection cannot be used here; Droid Sans Fallback is a
 * plain TrueType file. {@code POWERMAP_FONT_DIR} ({@code AppConfig.fontDir}) names another directory to look in first.
 */
public final class BriefFonts {

    public record Face(String family, int weight, Path file) {}

    static final String SANS = "DejaVu Sans";
    static final String CJK = "Droid Sans Fallback";

    private static final Map<String, List<String>> CANDIDATES = Map.of(
            "DejaVuSans.ttf", List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            "DejaVuSans-Bold.ttf", List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
            "DroidSansFallbackFull.ttf", List.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
                    "/usr/share/fonts-droid-fallback/truetype/DroidSansFallbackFull.ttf"));

    private final List<Face> faces;
    private volatile Font[] awt;

    private BriefFonts(List<Face> faces) {
        this.faces = faces;
    }

    /** Finds every face, or fails with one clear message naming what to install. */
    public static BriefFonts locate(Optional<Path> dir) {
        List<String> missing = new ArrayList<>();
        List<Face> faces = new ArrayList<>();
        add(faces, missing, dir, SANS, 400, "DejaVuSans.ttf");
        add(faces, missing, dir, SANS, 700, "DejaVuSans-Bold.ttf");
        add(faces, missing, dir, CJK, 400, "DroidSansFallbackFull.ttf");
        if (!missing.isEmpty()) {
            throw new ApiException(503, "PDF fonts missing",
                    "the PDF brief needs the fonts " + String.join(", ", missing)
                            + ": install the Debian packages fonts-dejavu-core and fonts-droid-fallback, or set POWERMAP_FONT_DIR to a directory holding them",
                    List.of(), Map.of());
        }
        return new BriefFonts(faces);
    }

    private static void add(List<Face> faces, List<String> missing, Optional<Path> dir, String family, int weight, String file) {
        Optional<Path> found = Stream.concat(dir.map(d -> d.resolve(file)).stream(), CANDIDATES.get(file).stream().map(Path::of))
                .filter(Files::isReadable).findFirst();
        if (found.isPresent()) {
            faces.add(new Face(family, weight, found.get()));
        } else {
            missing.add(file);
        }
    }

    public List<Face> faces() {
        return faces;
    }

    /** AWT fonts for drawing the sub-map image: the Latin/Cyrillic face first, then the CJK face. */
    public Font[] awt() {
        Font[] fonts = awt;
        if (fonts == null) {
            try {
                fonts = new Font[]{
                        Font.createFont(Font.TRUETYPE_FONT, faces.get(0).file().toFile()),
                        Font.createFont(Font.TRUETYPE_FONT, faces.get(2).file().toFile())};
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("cannot read the brief fonts: " + e.getMessage(), e);
            }
            awt = fonts;
        }
        return fonts;
    }
}
