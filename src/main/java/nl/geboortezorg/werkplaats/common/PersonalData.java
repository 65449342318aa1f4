package nl.geboortezorg.werkplaats.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Looks for personal data in free text: the platform is about collaboration, never about
 * patients. A number that passes the citizen service number's eleven-test (and is not an amount
 * in euros) is a finding that refuses the text; a date next to a word about a person ("geboren",
 * "baby", "mevrouw") or a phone number next to such a word or a name is a finding that asks the
 * writer to confirm or edit. Dates and numbers on their own (a meeting date, a budget) are not
 * findings, to keep false alarms low.
 */
public final class PersonalData {

    /** What was found, where, and whether it refuses the text or only warns. */
    public record Finding(Kind kind, int start, int end, String excerpt) {

        public boolean refuses() {
            return kind == Kind.CITIZEN_SERVICE_NUMBER;
        }
    }

    public enum Kind {
        CITIZEN_SERVICE_NUMBER,
        DATE_OF_BIRTH,
        PHONE_NUMBER
    }

    /** Nine digits, written together or in groups of three (123 456 782, 123.456.782), not part of a longer number. */
    private static final Pattern NINE_DIGITS =
            Pattern.compile("(?<![\\d.,-])(\\d{3})[ .]?(\\d{3})[ .]?(\\d{3})(?![\\d,-]|\\.\\d)");
    /** Day, month and year: 3-4-2024, 03/04/24, 3 april 2024. */
    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})"
                    + "|\\d{1,2} (?:jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|aug(?:ustus)?"
                    + "|sep(?:tember)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.? \\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    /** Dutch mobile and landline numbers: 06-12345678, 06 1234 5678, 070-1234567, +31 6 12345678, 0031…. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+])(?:(?:\\+31|0031)[ -]?(?:\\(0\\))?[ -]?|0)(?:6[ -]?\\d{2}[ -]?\\d{2}[ -]?\\d{2}[ -]?\\d{2}"
                    + "|[1-9]\\d{1,2}[ -]?\\d{3}[ -]?\\d{3,4})(?!\\d)");
    /** Words that say a person is meant. */
    private static final Pattern PERSON_WORD = Pattern.compile(
            "\\b(?:geboren|geb\\.|geboortedatum|mevrouw|mevr\\.|mw\\."
                    + "|meneer|dhr\\.|de heer|moeder|vader|baby|zwangere|cliënt|client|patiënt|patient|kind van|tel\\.|telefoon"
                    + "|bellen|gebeld|mobiel)",
            Pattern.CASE_INSENSITIVE);
    /** A capitalised word that does not open a sentence: a likely name. */
    private static final Pattern NAME = Pattern.compile("(?<=[a-z,;:] )\\p{Lu}\\p{Ll}+");

    private static final int NEAR = 60;

    private PersonalData() {}

    /** Everything found in the text, in order. */
    public static List<Finding> scan(@Nullable String text) {
        List<Finding> findings = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return findings;
        }
        Matcher number = NINE_DIGITS.matcher(text);
        while (number.find()) {
            String digits = number.group(1) + number.group(2) + number.group(3);
            if (passesElevenTest(digits) && !money(text, number.start(), number.end())) {
                findings.add(finding(Kind.CITIZEN_SERVICE_NUMBER, number, text));
            }
        }
        Matcher date = DATE.matcher(text);
        while (date.find()) {
            // Dates are everywhere in notes (meetings, deadlines); only one next to a word about a person warns.
            if (near(PERSON_WORD, text, date.start(), date.end())) {
                findings.add(finding(Kind.DATE_OF_BIRTH, date, text));
            }
        }
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            boolean citizenNumber = findings.stream().anyMatch(f -> f.start() < phone.end() && phone.start() < f.end());
            if (!citizenNumber
                    && (near(PERSON_WORD, text, phone.start(), phone.end())
                            || near(NAME, text, phone.start(), phone.end()))) {
                findings.add(finding(Kind.PHONE_NUMBER, phone, text));
            }
        }
        findings.sort(java.util.Comparator.comparingInt(Finding::start));
        return findings;
    }

    /** The citizen service number's check: 9×d1 + 8×d2 + … + 2×d8 − d9 is a multiple of 11, and not 0. */
    public static boolean passesElevenTest(String nineDigits) {
        if (!nineDigits.matches("\\d{9}") || nineDigits.equals("000000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    private static boolean near(Pattern pattern, String text, int start, int end) {
        return pattern.matcher(text.substring(Math.max(0, start - NEAR), Math.min(text.length(), end + NEAR)))
                .find();
    }

    /** An amount of money written with thousands separators (€ 123.456.782, 123.456.782 euro) is no citizen number. */
    private static boolean money(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 3), start);
        String after = text.substring(end, Math.min(text.length(), end + 6)).toLowerCase(Locale.ROOT);
        return before.contains("€") || after.strip().startsWith("euro");
    }

    private static Finding finding(Kind kind, Matcher match, String text) {
        return new Finding(kind, match.start(), match.end(), text.substring(match.start(), match.end()));
    }
}
