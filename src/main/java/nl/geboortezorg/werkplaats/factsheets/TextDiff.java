package nl.geboortezorg.werkplaats.factsheets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The difference between two texts word by word (a longest common subsequence over words,
 * punctuation marks and the white space between them), as runs of kept, removed and added text. Texts too long to
 * compare word by word are shown as removed and added whole.
 */
public final class TextDiff {

    /** Above this many word pairs the comparison would cost too much memory and time. */
    static final long MAX_CELLS = 4_000_000;

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

    public enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    public record Segment(Kind kind, String text) {}

    private TextDiff() {}

    public static List<Segment> between(@Nullable String before, @Nullable String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<Segment> segments = new ArrayList<>();
        if ((long) a.size() * b.size() > MAX_CELLS) {
            add(segments, Kind.REMOVED, String.join("", a));
            add(segments, Kind.ADDED, String.join("", b));
            return segments;
        }
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                add(segments, Kind.SAME, a.get(i++));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                add(segments, Kind.REMOVED, a.get(i++));
            } else {
                add(segments, Kind.ADDED, b.get(j++));
            }
        }
        while (i < a.size()) {
            add(segments, Kind.REMOVED, a.get(i++));
        }
        while (j < b.size()) {
            add(segments, Kind.ADDED, b.get(j++));
        }
        return segments;
    }

    /** Whether the texts differ in anything but white space at their ends. */
    public static boolean changed(@Nullable String before, @Nullable String after) {
        return !normalise(before).equals(normalise(after));
    }

    private static String normalise(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    private static List<String> tokens(@Nullable String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(normalise(text));
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** Appends, joining a run of the same kind into one segment. */
    private static void add(List<Segment> segments, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!segments.isEmpty() && segments.getLast().kind() == kind) {
            Segment last = segments.removeLast();
            segments.add(new Segment(kind, last.text() + text));
        } else {
            segments.add(new Segment(kind, text));
        }
    }
}
