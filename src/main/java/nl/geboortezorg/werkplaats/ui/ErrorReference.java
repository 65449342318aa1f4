package nl.geboortezorg.werkplaats.ui;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A short code that names one unexpected error: the user quotes it, and the server log carries it
 * next to the details, so that the administrator finds the one line that belongs to the report.
 */
final class ErrorReference {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {}

    /** A new reference such as {@code 3F9A-0C7E}: eight hexadecimal characters, easy to read out. */
    static String next() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String hex = HexFormat.of().withUpperCase().formatHex(bytes);
        return hex.substring(0, 4) + "-" + hex.substring(4);
    }
}
