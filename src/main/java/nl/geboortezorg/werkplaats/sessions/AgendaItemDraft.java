package nl.geboortezorg.werkplaats.sessions;

/** One agenda item as the facilitator types it; the owner is optional. */
public record AgendaItemDraft(String title, Integer durationMinutes, Long ownerId) {

    public static final int TITLE_MAX = 200;
    public static final int DURATION_MAX = 480;
}
