package org.wsis.community.repository;

import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import org.wsis.servicekit.problem.Refusal;

/**
 * What an uploaded file is, read from its bytes by Apache Tika: the name it came with only tells apart the
 * formats its bytes share (a Word, Excel or PowerPoint file are the same kind of container), never makes a
 * file something its bytes are not. PDF, office documents (Microsoft and OpenDocument) and pictures (PNG,
 * JPEG, WebP, GIF) are kept; anything else, an SVG or an HTML page or a program renamed {@code .pdf}, is
 * refused. A PDF's text is read with PDFBox, for search.
 */
@Component
public class DocumentFiles {

    /** The types kept, with the extension a download is named with. */
    static final Map<String, String> KEPT = Map.ofEntries(
            Map.entry("application/pdf", "pdf"),
            Map.entry("application/msword", "doc"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("application/vnd.ms-excel", "xls"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
            Map.entry("application/vnd.ms-powerpoint", "ppt"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
            Map.entry("application/vnd.oasis.opendocument.text", "odt"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "odp"),
            Map.entry("image/png", "png"),
            Map.entry("image/jpeg", "jpg"),
            Map.entry("image/webp", "webp"),
            Map.entry("image/gif", "gif"));

    /** The most text kept from a PDF for search. */
    static final int MAX_TEXT = 200_000;

    private final Tika tika = new Tika();

    /** The file's type, or a 400 naming what it is instead. */
    public String typeOf(byte[] bytes, String name) {
        String detected = tika.detect(bytes, name);
        if (!KEPT.containsKey(detected)) {
            throw Refusal.invalid(
                    "file-type-not-kept",
                    "This file is " + detected + "; the repository keeps PDF, Word, Excel, PowerPoint, OpenDocument"
                            + " and PNG, JPEG, WebP or GIF pictures (an office file is told apart by its name's"
                            + " extension).");
        }
        return detected;
    }

    /** The words of a PDF, for search (empty for any other type); a PDF that cannot be read is refused. */
    public String textOf(byte[] bytes, String contentType) {
        if (!contentType.equals("application/pdf")) {
            return "";
        }
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text =
                    new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ").strip();
            return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        } catch (IOException unreadable) {
            throw Refusal.invalid("pdf-unreadable", "This PDF cannot be read: " + unreadable.getMessage());
        }
    }

    /** The name a download is given: the uploaded name's safe characters, with its type's extension. */
    public static String downloadName(String name, String contentType) {
        String base = name.replaceAll("\\.[A-Za-z0-9]{1,5}$", "")
                .replaceAll("[^\\p{L}\\p{N} ._-]", "_")
                .strip();
        if (base.isEmpty()) {
            base = "document";
        }
        if (base.length() > 100) {
            base = base.substring(0, 100);
        }
        return base + "." + KEPT.getOrDefault(contentType, "bin");
    }
}
