package nl.geboortezorg.werkplaats.documents;

import java.util.Optional;
import nl.geboortezorg.werkplaats.security.Actor;

/**
 * Who may link documents to one kind of item. The feature that owns the item offers a Spring bean
 * of this type, so that documents never depend on the features that show them.
 */
public interface DocumentLinkPolicy {

    LinkTarget.Type type();

    /** Whether the actor may link documents to (and unlink them from) the item; false when it does not exist. */
    boolean mayLink(Actor actor, long targetId);

    /**
     * The region the item belongs to, if it exists and belongs to one: an archived region's items
     * take no new links and lose none, and the refusal says so.
     */
    Optional<Long> regionOf(long targetId);
}
