package org.wsis.moderation.queue.web;

import org.jspecify.annotations.Nullable;

/** RFC 4180 cells, and no formula injection when opened in a spreadsheet. */
final class Csv {

    private Csv() {}

    static String cell(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
