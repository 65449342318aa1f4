package nl.geboortezorg.werkplaats.sessions;

/** An agenda item, numbered from 1 in the order of the agenda, with its shared notes. */
public record AgendaItem(
        long id,
        int position,
        String title,
        int durationMinutes,
        Long ownerId,
        String ownerName,
        String notes,
        int notesVersion) {}
