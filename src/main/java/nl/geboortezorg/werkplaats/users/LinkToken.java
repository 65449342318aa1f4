package nl.geboortezorg.werkplaats.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of a single-use link: 32 random bytes (256 bits, {@link SecureRandom}) written as
 * base64url, of which the database keeps only the SHA-256 hash. A token is long and random enough
 * that its plain hash needs no salt or slow hash: nobody can guess one to look up.
 *
 * <p>Why not Spring Security's one-time-token login ({@code oneTimeTokenLogin},
 * {@code JdbcOneTimeTokenService}): it keeps the token value itself in its table, so whoever reads
 * the database or a backup could use every open link; and it signs the holder in, whereas our
 * links let a person choose a password (and then sign in with it), confirm an e-mail address, and
 * carry what they are for (invitation, reset, new address) with their own expiry. Its token
 * service would have had to be replaced, and its login filter unused, so it does not fit here.
 */
final class LinkToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    /** 32 bytes in unpadded base64url. */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private LinkToken() {}

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    /** Whether the text can be a token at all; anything else is not looked up. */
    static boolean wellFormed(String token) {
        return SHAPE.matcher(token).matches();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java platform has SHA-256", impossible);
        }
    }
}
