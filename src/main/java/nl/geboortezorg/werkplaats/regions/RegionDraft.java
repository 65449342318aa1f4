package nl.geboortezorg.werkplaats.regions;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What an admin types to create a region: its name, the short code that names it in the address
 * (derived from the name when left empty; fixed once the region exists, so links keep working)
 * and a description.
 */
public record RegionDraft(
        @Nullable String name,
        @Nullable String code,
        @Nullable String description) {

    public static final int NAME_MAX = 100;
    public static final int CODE_MAX = 40;
    public static final int DESCRIPTION_MAX = 2000;

    /** Lower-case letters and digits in groups joined by single hyphens, such as {@code zuid-limburg}. */
    public static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_CODE = Pattern.compile("[^a-z0-9]+");

    /** The code a name suggests: "Zuid-Limburg" becomes {@code zuid-limburg}, "Den Haag (Zuid)" {@code den-haag-zuid}. */
    public static String codeFor(@Nullable String name) {
        if (name == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        String code = NOT_CODE.matcher(plain).replaceAll("-").replaceAll("^-+|-+$", "");
        if (code.length() > CODE_MAX) {
            code = code.substring(0, CODE_MAX).replaceAll("-+$", "");
        }
        return code;
    }
}
