package io.powermap.visit;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import io.powermap.visit.VisitRecords.Brief;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The brief (and the account report, through {@link #print}) as an A4 PDF through openhtmltopdf (PDFBox): the page's XHTML with the stylesheet
 * inlined, the sub-map as a PNG, DejaVu Sans (Latin, Cyrillic) and Droid Sans Fallback (Chinese)
 * embedded as subsets, so the text extracts as text in every language.
 */
public final class BriefPdf {

    static {
        XRLog.setLoggingEnabled(false);
    }

    private final Supplier<BriefFonts> fonts;

    /** Fonts are located on first use, so a server without them still serves everything but the PDF. */
    public BriefPdf(Optional<Path> fontDir) {
        BriefFonts[] cached = new BriefFonts[1];
        this.fonts = () -> {
            synchronized (cached) {
                if (cached[0] == null) {
                    cached[0] = BriefFonts.locate(fontDir);
                }
                return cached[0];
            }
        };
    }

    public byte[] render(Brief brief, Messages messages) {
        return print(f -> new BriefRenderer(messages).xhtmlForPdf(brief, SubMapDrawing.png(brief.map(), f, 2.0)));
    }

    /** Any XHTML page as an A4 PDF with the fonts embedded; {@code page} gets the fonts to draw its images with. */
    public byte[] print(Function<BriefFonts, String> page) {
        BriefFonts f = fonts.get();
        String xhtml = page.apply(f);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (BriefFonts.Face face : f.faces()) {
                builder.useFont(face.file().toFile(), face.family(), face.weight(), FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
