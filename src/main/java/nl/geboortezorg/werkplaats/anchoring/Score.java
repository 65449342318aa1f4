package nl.geboortezorg.werkplaats.anchoring;

/** One dimension's score (1 to 5) with the region's comment. */
public record Score(Dimension dimension, Integer score, String comment) {

    public static final int MIN = 1;
    public static final int MAX = 5;
    public static final int COMMENT_MAX = 1000;
}
