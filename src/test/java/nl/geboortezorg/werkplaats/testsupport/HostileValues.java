package nl.geboortezorg.werkplaats.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Generated hostile input, the same on every run: script and HTML payloads, SQL meta-characters,
 * Unicode edge cases and direction overrides, control characters, very long strings, malformed
 * numbers and dates, path and header tricks, and mixtures of these in ordinary Dutch text. Every script payload, if it
 * ever ran, would set {@code window.__pwned}, which the browser tests look for.
 */
public final class HostileValues {

    /** How many values {@link #all()} holds at least. */
    public static final int COUNT = 1_000;

    public static final List<String> SCRIPTS = List.of(
            "<script>window.__pwned=1</script>",
            "<img src=x onerror=\"window.__pwned=1\">",
            "<svg onload=window.__pwned=1>",
            "\"><script>window.__pwned=1</script>",
            "'><img src=x onerror=window.__pwned=1>",
            "<iframe srcdoc=\"<script>parent.__pwned=1</script>\"></iframe>",
            "<a href=\"javascript:window.__pwned=1\">klik</a>",
            "[klik](javascript:window.__pwned=1)",
            "![plaatje](x\" onerror=\"window.__pwned=1)",
            "<details open ontoggle=window.__pwned=1>",
            "<body onload=window.__pwned=1>",
            "<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>",
            "<style>*{background:url(javascript:window.__pwned=1)}</style>",
            "<object data=\"javascript:window.__pwned=1\"></object>",
            "<input autofocus onfocus=window.__pwned=1>",
            "javascript:window.__pwned=1",
            "data:text/html,<script>window.__pwned=1</script>",
            "${window.__pwned=1}",
            "{{constructor.constructor('window.__pwned=1')()}}",
            "<scr<script>ipt>window.__pwned=1</scr</script>ipt>",
            "&lt;script&gt;window.__pwned=1&lt;/script&gt;",
            "<!--<img src=x onerror=window.__pwned=1>-->",
            "<vaadin-button onclick=window.__pwned=1>knop</vaadin-button>",
            "<template><img src=x onerror=window.__pwned=1></template>",
            "<base href=\"javascript:window.__pwned=1//\">");

    static final List<String> SQL = List.of(
            "' OR '1'='1",
            "'; DROP TABLE app_user; --",
            "\" OR \"\"=\"",
            "1; SELECT SLEEP(5)",
            "' UNION SELECT password_hash FROM app_user --",
            "\\'",
            "\\",
            "%",
            "_",
            "%_%",
            "/*",
            "*/",
            "--",
            "#",
            ";",
            "`",
            "' AND 1=(SELECT COUNT(*) FROM information_schema.tables) --",
            "NULL",
            "null",
            "'||'",
            "\\0",
            "0x27",
            "CHAR(39)",
            "+ - * ~ @ ( ) < > \"");

    static final List<String> UNICODE = List.of(
            "\u202Egnipsid\u202C",
            "\u202Dabc\u202C",
            "\u2066isolaat\u2069",
            "\u200Bonzichtbaar\u200B",
            "\uFEFFbom",
            "e\u0301e\u0301n",
            "Z\u0351\u0335a\u0353\u0338l\u0354g\u0356o",
            "\uD83D\uDC76\uD83C\uDFFD",
            "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
            "\uD800",
            "\uDC00",
            "\uFFFF",
            "\uFFFE",
            "\uFDD0",
            "\u0130stanbul",
            "\uFB01ets",
            "\uFF21\uFF22\uFF23",
            "\u0665\u0666\u0667",
            "\u05E9\u05DC\u05D5\u05DD",
            "\u0645\u0631\u062D\u0628\u0627",
            "\u4E2D\u6587",
            "\uD834\uDD1E",
            "\u00A0\u2003\u3000",
            "\u2028\u2029",
            "\u0085",
            "\u034F\u115F\u1160\u3164");

    static final List<String> CONTROL = List.of(
            "\u0000",
            "a\u0000b",
            "\u0001\u0002\u0003",
            "\u0007",
            "\b",
            "\t",
            "\n",
            "\r",
            "\r\n",
            "\u000B",
            "\u000C",
            "\u001B[31mrood\u001B[0m",
            "\u007F",
            "\u009B",
            "\n\n\n\n",
            "   ",
            "\t \n");

    static final List<String> NUMBERS = List.of(
            "1e999",
            "-1e999",
            "NaN",
            "Infinity",
            "-0",
            "1,2,3",
            "1.2.3",
            "0x1F",
            "--5",
            "+-5",
            " 5 ",
            "5%",
            "99999999999999999999999999999999",
            "-99999999999999999999999999999999",
            "0.000000000000000000001",
            "1,5",
            "1.500,25",
            "€ 10",
            "١٢٣",
            "½",
            "1/0",
            "",
            "-",
            ".",
            ",",
            "1e-999",
            "0000000000000000012");

    static final List<String> DATES = List.of(
            "31-02-2026",
            "29-02-2025",
            "2026-13-01",
            "00-00-0000",
            "32-01-2026",
            "99999-01-01",
            "01-01-0000",
            "gisteren",
            "2026-02-30T25:61",
            "1-1-1",
            "31/12/9999",
            "24:00",
            "23:60",
            "-01-01-2026");

    static final List<String> PATHS = List.of(
            "../../../../etc/passwd",
            "..\\..\\..\\windows\\win.ini",
            "/etc/passwd",
            "file:///etc/passwd",
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "....//....//etc/passwd",
            "con",
            "aux.pdf",
            "nul.txt",
            "verslag.pdf\u0000.exe",
            "verslag.pdf\r\nContent-Type: text/html",
            "\"; filename=evil.html",
            "https://evil.example/\u202Efdp.exe",
            "\\\\server\\share");

    static final List<String> WORDS = List.of(
            "zorg",
            "zwangere",
            "kraamzorg",
            "verloskundige",
            "gemeente",
            "jeugdgezondheidszorg",
            "knelpunt",
            "werksessie",
            "coördinator",
            "café",
            "Den Haag",
            "’s-Hertogenbosch");

    private static final List<String> VALUES = generate();

    private HostileValues() {}

    /** At least {@value #COUNT} distinct hostile values, in a fixed order. */
    public static List<String> all() {
        return VALUES;
    }

    /**
     * Every script payload and an even spread of the other values, {@code size} in all, starting
     * at a place chosen by the seed: different callers cover different parts of {@link #all()}.
     */
    public static List<String> sample(int size, int seed) {
        if (size >= VALUES.size()) {
            return VALUES;
        }
        Set<String> sample = new LinkedHashSet<>(SCRIPTS);
        int step = Math.max(1, VALUES.size() / Math.max(1, size - SCRIPTS.size()));
        int start = Math.floorMod(seed, step);
        for (int i = start; i < VALUES.size() && sample.size() < size; i += step) {
            sample.add(VALUES.get(i));
        }
        return List.copyOf(sample);
    }

    /** The long ones: past every field's limit, up to a megabyte. */
    static List<String> longOnes() {
        return List.of(
                "a".repeat(256),
                "b".repeat(1_001),
                "ö".repeat(5_000),
                "<".repeat(20_000),
                "x\u202E".repeat(40_000),
                "zorg ".repeat(70_000),
                "\uD83D\uDC76".repeat(100_000),
                "c".repeat(1_048_577));
    }

    private static List<String> generate() {
        Set<String> values = new LinkedHashSet<>();
        List<List<String>> families = List.of(SCRIPTS, SQL, UNICODE, CONTROL, NUMBERS, DATES, PATHS);
        families.forEach(values::addAll);
        values.addAll(longOnes());
        List<String> fragments = new ArrayList<>();
        families.forEach(fragments::addAll);
        Random random = new Random(20261123L);
        while (values.size() < COUNT + 50) {
            StringBuilder value = new StringBuilder();
            int parts = 1 + random.nextInt(4);
            for (int i = 0; i < parts; i++) {
                if (random.nextBoolean()) {
                    value.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
                }
                value.append(fragments.get(random.nextInt(fragments.size())));
            }
            values.add(value.toString());
        }
        return List.copyOf(values);
    }

    /**
     * What in rendered HTML could run a script or lead to one: script-like elements, event handler
     * attributes and script or data URLs. Empty for HTML that is safe to show.
     */
    public static List<String> executableIn(String html) {
        List<String> found = new ArrayList<>();
        for (Element element : Jsoup.parseBodyFragment(html).getAllElements()) {
            String tag = element.normalName();
            if (Set.of(
                            "script",
                            "iframe",
                            "object",
                            "embed",
                            "base",
                            "style",
                            "template",
                            "svg",
                            "math",
                            "link",
                            "meta",
                            "form",
                            "input")
                    .contains(tag)) {
                found.add("<" + tag + ">");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase();
                String value = attribute.getValue().strip().toLowerCase().replaceAll("[\\s\\u0000-\\u001f]", "");
                if (name.startsWith("on") || name.equals("srcdoc") || name.equals("style")) {
                    found.add(tag + "[" + name + "]");
                }
                if ((name.equals("href") || name.equals("src") || name.equals("action") || name.equals("data"))
                        && (value.startsWith("javascript:")
                                || value.startsWith("data:")
                                || value.startsWith("vbscript:"))) {
                    found.add(tag + "[" + name + "=" + value + "]");
                }
            }
        }
        return found;
    }
}
