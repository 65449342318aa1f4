package nl.geboortezorg.werkplaats.notifications;

import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a service reports of a change it made: what happened to which item, who may read it, and
 * whom it concerns beyond the item's followers.
 *
 * @param sessionId the session an action belongs to, whose page shows it; null for other items
 * @param regionId the item's region, or null for something national
 * @param recipients users the change concerns by rule (an action's owner, the invitees)
 * @param regionMembers whether the professionals of the region are concerned too
 * @param facilitators whether the facilitators are concerned too (a review request)
 * @param newFollowers users who follow the item from now on (its author, the invitees), unless
 *        they said they do not
 */
public record ActivityRecord(
        ActivityKind kind,
        ItemType itemType,
        long itemId,
        @Nullable Long sessionId,
        @Nullable Long regionId,
        Audience audience,
        String title,
        Set<Long> recipients,
        boolean regionMembers,
        boolean facilitators,
        Set<Long> newFollowers) {

    public ActivityRecord {
        if (itemType == ItemType.ACTION && sessionId == null) {
            throw new IllegalArgumentException("An action's activity names the session that shows it");
        }
        recipients = Set.copyOf(recipients);
        newFollowers = Set.copyOf(newFollowers);
    }

    /** An activity for the feeds and the item's followers only. */
    public static ActivityRecord of(
            ActivityKind kind,
            ItemType itemType,
            long itemId,
            @Nullable Long regionId,
            Audience audience,
            String title) {
        return new ActivityRecord(
                kind, itemType, itemId, null, regionId, audience, title, Set.of(), false, false, Set.of());
    }

    /** An activity of an action, which is shown in its session. */
    public static ActivityRecord ofAction(
            ActivityKind kind,
            long actionId,
            long sessionId,
            @Nullable Long regionId,
            Audience audience,
            String title) {
        return new ActivityRecord(
                kind,
                ItemType.ACTION,
                actionId,
                sessionId,
                regionId,
                audience,
                title,
                Set.of(),
                false,
                false,
                Set.of());
    }

    public ActivityRecord to(Set<Long> users) {
        Set<Long> all = new HashSet<>(recipients);
        all.addAll(users);
        return new ActivityRecord(
                kind,
                itemType,
                itemId,
                sessionId,
                regionId,
                audience,
                title,
                all,
                regionMembers,
                facilitators,
                newFollowers);
    }

    public ActivityRecord toRegionMembers() {
        return new ActivityRecord(
                kind,
                itemType,
                itemId,
                sessionId,
                regionId,
                audience,
                title,
                recipients,
                true,
                facilitators,
                newFollowers);
    }

    public ActivityRecord toFacilitators() {
        return new ActivityRecord(
                kind,
                itemType,
                itemId,
                sessionId,
                regionId,
                audience,
                title,
                recipients,
                regionMembers,
                true,
                newFollowers);
    }

    public ActivityRecord followedBy(Set<Long> users) {
        Set<Long> all = new HashSet<>(newFollowers);
        all.addAll(users);
        return new ActivityRecord(
                kind,
                itemType,
                itemId,
                sessionId,
                regionId,
                audience,
                title,
                recipients,
                regionMembers,
                facilitators,
                all);
    }
}
