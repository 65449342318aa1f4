package nl.geboortezorg.werkplaats.documents;

/** Something documents can be shown with: a factsheet, a working session or a bottleneck. */
public record LinkTarget(Type type, long id) {

    public enum Type {
        FACTSHEET,
        SESSION,
        BOTTLENECK
    }

    public static LinkTarget factsheet(long id) {
        return new LinkTarget(Type.FACTSHEET, id);
    }

    public static LinkTarget session(long id) {
        return new LinkTarget(Type.SESSION, id);
    }

    public static LinkTarget bottleneck(long id) {
        return new LinkTarget(Type.BOTTLENECK, id);
    }
}
