package nl.geboortezorg.werkplaats.drafts;

/**
 * Which form a draft belongs to: the kind of form, and which item it writes: the item being
 * changed, or the item a new one is added to (a new comment on bottleneck 42), or 0 for a new
 * item of its own (a new bottleneck).
 */
public record DraftKey(DraftForm form, long item) {

    /** The draft of a new item of this kind. */
    public static DraftKey forNew(DraftForm form) {
        return new DraftKey(form, 0);
    }

    /** The draft of changes to, or an addition under, an existing item. */
    public static DraftKey forItem(DraftForm form, long id) {
        return new DraftKey(form, id);
    }
}
