package org.wsis.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The Stocktaking Report as a PDF, printed by openhtmltopdf from the real template and messages: in Arabic,
 * Chinese and Russian its words are in the file as text (not boxes of missing glyphs), in the fonts that
 * cover them, embedded.
 */
class ReportPdfTest {

    private static final ReportPdf PDF = pdf();

    private static ReportPdf pdf() {
        GenericApplicationContext application = new GenericApplicationContext();
        application.registerBean("reference", ReferenceData.class);
        application.registerBean("dates", DateTexts.class);
        application.registerBean("worldMap", WorldMap.class);
        application.refresh();
        return new ReportPdf(Templates.engine(), application);
    }

    private static String text(PDDocument document) throws Exception {
        return new PDFTextStripper().getText(document);
    }

    private static Set<String> fonts(PDDocument document) throws Exception {
        Set<String> names = new HashSet<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                names.add(font.getName().replaceAll("^[A-Z]{6}\\+", ""));
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
        return names;
    }

    @Test
    void theReportPrintsInArabicChineseAndRussianWithTheirFontsEmbedded() throws Exception {
        Map<String, Object> model = ReportTemplatesTest.model();
        record Expected(String language, String words, String font) {}
        for (Expected expected : java.util.List.of(
                new Expected("zh", "2026年信息社会世界峰会盘点报告", "DroidSansFallback"),
                new Expected("ru", "Отчёт об инвентаризации ВВУИО 2026", "NotoSans"),
                new Expected("en", "WSIS Stocktaking Report 2026", "NotoSans"),
                new Expected("ar", "الفائزون", "NotoNaskhArabic"))) {
            byte[] bytes = PDF.render("reports/pdf", model, Locale.forLanguageTag(expected.language()));
            assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
            try (PDDocument document = Loader.loadPDF(bytes)) {
                String text = text(document);
                assertThat(fonts(document)).anyMatch(f -> f.startsWith(expected.font()));
                if (expected.language().equals("ar")) {
                    // Arabic comes out shaped (presentation forms), so its letters are matched one by one.
                    assertThat(text).containsPattern("[\\u0600-\\u06FF\\uFB50-\\uFEFF]{4,}");
                } else {
                    assertThat(text).contains(expected.words());
                }
                assertThat(text).contains("Rural broadband").contains("Mesh villages");
            }
        }
    }
}
