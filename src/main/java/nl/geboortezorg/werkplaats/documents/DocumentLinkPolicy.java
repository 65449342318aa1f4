package nl.geboortezorg.werkplaats.documents;

import nl.geboortezorg.werkplaats.security.Actor;

/**
 * Who may link documents to one kind of item. The feature that owns the item offers a Spring bean
 * of this type, so that documents never depend on the features that show them.
 */
public interface DocumentLinkPolicy {

    LinkTarget.Type type();

    /** Whether the actor may link documents to (and unlink them from) the item; false when it does not exist. */
    boolean mayLink(Actor actor, long targetId);
}
