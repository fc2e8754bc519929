package org.wsis.servicekit.export;

import org.jspecify.annotations.Nullable;

/** RFC 4180 cells, and no formula injection when opened in a spreadsheet. */
public final class Csv {

    private Csv() {}

    public static String cell(@Nullable String value) {
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

    /** One CSV line of cells, ended by CRLF as RFC 4180 says. */
    public static String row(java.util.List<? extends @Nullable Object> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            Object cell = cells.get(i);
            line.append(cell(cell == null ? null : cell.toString()));
        }
        return line.append("\r\n").toString();
    }
}
