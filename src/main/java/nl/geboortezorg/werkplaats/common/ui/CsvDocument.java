package nl.geboortezorg.werkplaats.common.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A spreadsheet file as Dutch spreadsheet programs open it: UTF-8 with a byte order mark,
 * semicolons between cells and CRLF between lines. A cell a spreadsheet would run as a formula
 * is made plain text.
 */
public final class CsvDocument {

    private final StringBuilder csv = new StringBuilder("\uFEFF");

    public CsvDocument line(List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            csv.append(i == 0 ? "" : ";").append(cell(values.get(i)));
        }
        csv.append("\r\n");
        return this;
    }

    public byte[] bytes() {
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Quoted where needed; a value a spreadsheet would run as a formula is made plain text. */
    public static String cell(@Nullable String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
