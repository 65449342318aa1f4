package nl.geboortezorg.werkplaats.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file a region may share, each with the extensions its name may end in and its media type. */
public enum FileType {
    PDF("application/pdf", "pdf"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg");

    private final String mediaType;
    private final List<String> extensions;

    FileType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The type a file name claims by its extension, if it is one of ours. */
    public static Optional<FileType> byName(String fileName) {
        String extension = extension(fileName);
        return Arrays.stream(values())
                .filter(type -> type.extensions.contains(extension))
                .findFirst();
    }

    /** The extension in lower case, without the dot; empty when there is none. */
    public static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1
                ? ""
                : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Every allowed extension with its dot, for the file picker. */
    public static List<String> allExtensions() {
        return Arrays.stream(values())
                .flatMap(type -> type.extensions.stream())
                .map(e -> "." + e)
                .toList();
    }
}
