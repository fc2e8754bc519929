package org.wsis.community.repository;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import org.wsis.servicekit.problem.Refusal;

/**
 * What an uploaded file is, read from its bytes by Apache Tika: the name it came with only tells apart the
 * formats an office container holds (a Word, Excel or PowerPoint file are the same kind of container), never
 * makes a file something its bytes are not: bytes Tika knows nothing of, or a plain zip, are refused whatever
 * their name. PDF, office documents (Microsoft and OpenDocument) and pictures (PNG, JPEG, WebP, GIF) are kept;
 * anything else, an SVG or an HTML page or a program renamed {@code .pdf}, is refused.
 *
 * <p>A PDF's text is read with PDFBox, for search, within bounds a hostile file cannot push: 64 MB of memory
 * for its objects (beyond, a temporary file), its first 200 pages, {@value #MAX_TEXT} characters, and two
 * files at a time.
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

    /** The most pages of a PDF read for search. */
    static final int MAX_PAGES = 200;

    /** What the bytes alone say of an office container, whose kind its name then tells. */
    private static final java.util.Set<String> CONTAINERS =
            java.util.Set.of("application/x-tika-ooxml", "application/x-tika-msoffice");

    private final Tika tika = new Tika();
    private final java.util.concurrent.Semaphore reading = new java.util.concurrent.Semaphore(2);

    /** The file's type, or a 400 naming what it is instead. */
    public String typeOf(byte[] bytes, String name) {
        String fromBytes = tika.detect(bytes);
        String detected = CONTAINERS.contains(fromBytes) ? tika.detect(bytes, name) : fromBytes;
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
        reading.acquireUninterruptibly();
        try (PDDocument pdf = Loader.loadPDF(
                new RandomAccessReadBuffer(bytes), MemoryUsageSetting.setupMixed(64L * 1024 * 1024).streamCache)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(MAX_PAGES);
            BoundedText text = new BoundedText(MAX_TEXT);
            try {
                stripper.writeText(pdf, text);
            } catch (BoundedText.Full enough) {
                // The first MAX_TEXT characters are what search keeps.
            }
            return text.toString().replaceAll("\\s+", " ").strip();
        } catch (IOException unreadable) {
            throw Refusal.invalid("pdf-unreadable", "This PDF cannot be read; save it again as PDF and send it.");
        } finally {
            reading.release();
        }
    }

    /** Text written up to a number of characters, then refused: the reader stops there. */
    private static final class BoundedText extends Writer {

        /** The text is as long as it may be. */
        static final class Full extends IOException {
            Full() {
                super("enough text", null);
            }
        }

        private final StringBuilder text = new StringBuilder();
        private final int max;

        BoundedText(int max) {
            this.max = max;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            int room = max - text.length();
            text.append(chars, offset, Math.min(room, length));
            if (length >= room) {
                throw new Full();
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return text.toString();
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
