package nl.geboortezorg.werkplaats.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A piece of a result's text around the first place it matches, with the matching words marked,
 * as the database matched them: regardless of case and accents, whole words or (for words of
 * {@link SearchQuery#PREFIX_LENGTH} letters or more) the start of a word. The
 * parts are plain text; whoever shows them decides how a match looks.
 */
public record Fragment(List<Part> parts) {

    /** A run of text; {@code match} when it is a word that was searched for. */
    public record Part(String text, boolean match) {}

    /** How much text is shown before the first match. */
    static final int BEFORE = 60;

    public Fragment {
        parts = List.copyOf(parts);
    }

    /** The text itself, every matching word marked (for titles). */
    public static Fragment whole(String text, List<String> words) {
        String plain = plain(text);
        return marked(plain, 0, plain.length(), words);
    }

    /**
     * At most {@code length} characters of the text, starting a little before the first match
     * (or at the start when nothing matches here), cut at spaces, with "…" where text was left out.
     */
    public static Fragment around(String text, List<String> words, int length) {
        String plain = plain(text);
        List<int[]> matches = matches(plain, words);
        int start = matches.isEmpty() ? 0 : Math.max(0, matches.getFirst()[0] - BEFORE);
        if (start > 0) {
            int space = plain.indexOf(' ', start);
            start = space < 0 || space >= matches.getFirst()[0] ? start : space + 1;
        }
        int end = Math.min(plain.length(), start + length);
        if (end < plain.length()) {
            int space = plain.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        Fragment inner = marked(plain, start, end, words);
        List<Part> parts = new ArrayList<>(inner.parts());
        if (start > 0) {
            parts.addFirst(new Part("… ", false));
        }
        if (end < plain.length()) {
            parts.add(new Part(" …", false));
        }
        return new Fragment(parts);
    }

    /**
     * The text without Markdown's most common markers (headings, quotes, emphasis, code) and with
     * white space as single spaces.
     */
    static String plain(String text) {
        return text == null
                ? ""
                : text.replaceAll("(?m)^[ \\t]*(#+|>+)[ \\t]*", "")
                        .replaceAll("[*`]+", "")
                        .replaceAll("\\s+", " ")
                        .strip();
    }

    private static Fragment marked(String text, int start, int end, List<String> words) {
        List<Part> parts = new ArrayList<>();
        int at = start;
        for (int[] match : matches(text, words)) {
            if (match[0] < at || match[1] > end) {
                continue;
            }
            if (match[0] > at) {
                parts.add(new Part(text.substring(at, match[0]), false));
            }
            parts.add(new Part(text.substring(match[0], match[1]), true));
            at = match[1];
        }
        if (at < end) {
            parts.add(new Part(text.substring(at, end), false));
        }
        return new Fragment(parts);
    }

    /** Start and end of every word of the text that begins with one of the words, in order. */
    private static List<int[]> matches(String text, List<String> words) {
        String folded = fold(text);
        List<String> foldedWords =
                words.stream().map(Fragment::fold).filter(w -> !w.isEmpty()).toList();
        List<int[]> matches = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))
                    || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            int from = i;
            int length = end - i;
            if (foldedWords.stream()
                    .anyMatch(word -> folded.startsWith(word, from)
                            && (length == word.length() || word.length() >= SearchQuery.PREFIX_LENGTH))) {
                matches.add(new int[] {i, end});
            }
            i = end;
        }
        return matches;
    }

    /**
     * Lower case without accents, one character for one, so that positions in the folded text are
     * positions in the original.
     */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            folded.append(
                    decomposed.isEmpty()
                            ? c
                            : decomposed.toLowerCase(Locale.ROOT).charAt(0));
        }
        return folded.toString();
    }
}
