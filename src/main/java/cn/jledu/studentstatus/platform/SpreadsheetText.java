package cn.jledu.studentstatus.platform;

/**
 * Spreadsheet formula injection (issue 13 §4, OWASP "CSV injection"): a text value starting with {@code = + - @},
 * a tab or a carriage return would be taken for a formula when a CSV export is opened in Excel or WPS. Every CSV
 * export writes text values through {@link #csv}; XLSX exports write text cells as strings and mark such cells
 * "quote prefixed" ({@link #isFormulaLike}) so that they stay text when edited.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** Whether a text would start a formula in a spreadsheet. */
    public static boolean isFormulaLike(CharSequence text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** A CSV cell value: text that would start a formula gets a leading apostrophe; other values are unchanged. */
    public static Object csv(Object value) {
        return value instanceof CharSequence text && isFormulaLike(text) ? "'" + text : value;
    }

    /** {@link #csv} for a row of values. */
    public static Object[] csvRow(Object... values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = csv(values[i]);
        }
        return out;
    }
}
