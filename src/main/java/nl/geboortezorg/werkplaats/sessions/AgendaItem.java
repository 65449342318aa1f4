package nl.geboortezorg.werkplaats.sessions;

/**
 * An agenda item, numbered from 1 in the order of the agenda, with its shared notes.
 *
 * @param bottleneckId the bottleneck of the register it is about, or null
 */
public record AgendaItem(
        long id,
        int position,
        String title,
        int durationMinutes,
        Long ownerId,
        String ownerName,
        String notes,
        int notesVersion,
        Long bottleneckId) {}
