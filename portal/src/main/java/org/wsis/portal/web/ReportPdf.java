package org.wsis.portal.web;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Prints a page of the portal to PDF with openhtmltopdf: the template is rendered with Thymeleaf in the
 * reader's language, read by jsoup into a document, and laid out on A4 pages with the fonts that cover the
 * six UN languages embedded (Noto Sans for Latin and Cyrillic, Noto Naskh Arabic, Droid Sans Fallback for
 * Chinese; only the glyphs used go into the file). Arabic is shaped and laid out right to left with ICU.
 */
@Component
public class ReportPdf {

    /** A font kept in the portal's resources and the family name the print style sheet uses for it. */
    private record Font(String file, String family, int weight) {}

    private static final String FONTS = "/org/wsis/portal/report/fonts/";

    private static final List<Font> EMBEDDED = List.of(
            new Font("NotoSans-Regular.ttf", "Noto Sans", 400),
            new Font("NotoSans-Bold.ttf", "Noto Sans", 700),
            new Font("NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic", 400),
            new Font("DroidSansFallback.ttf", "Droid Sans Fallback", 400));

    private final SpringTemplateEngine templates;
    private final ThymeleafEvaluationContext expressions;

    public ReportPdf(SpringTemplateEngine templates, ApplicationContext context) {
        this.templates = templates;
        this.expressions = new ThymeleafEvaluationContext(context, null);
    }

    public byte[] render(String template, Map<String, Object> model, Locale locale) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, expressions);
        String html = templates.process(template, new Context(locale, variables));
        org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(document, "/");
            for (Font font : EMBEDDED) {
                builder.useFont(
                        () -> open(font.file()),
                        font.family(),
                        font.weight(),
                        BaseRendererBuilder.FontStyle.NORMAL,
                        true);
            }
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(
                    locale.getLanguage().equals("ar")
                            ? BaseRendererBuilder.TextDirection.RTL
                            : BaseRendererBuilder.TextDirection.LTR);
            builder.toStream(out);
            builder.run();
        } catch (IOException failed) {
            throw new UncheckedIOException("The PDF of " + template + " could not be written", failed);
        }
        return out.toByteArray();
    }

    private static InputStream open(String file) {
        InputStream font = ReportPdf.class.getResourceAsStream(FONTS + file);
        if (font == null) {
            throw new IllegalStateException("The font " + file + " is missing from the portal");
        }
        return font;
    }
}
