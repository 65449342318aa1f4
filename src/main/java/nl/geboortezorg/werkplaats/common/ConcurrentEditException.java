package nl.geboortezorg.werkplaats.common;

/**
 * Somebody else saved the same item after it was read: the update was refused so that their
 * change is kept. The user is offered to reload and redo their edit.
 */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String entity, Object id) {
        super(entity + " " + id + " was changed by someone else");
    }
}
