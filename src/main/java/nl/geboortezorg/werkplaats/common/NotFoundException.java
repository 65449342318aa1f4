package nl.geboortezorg.werkplaats.common;

/** The item asked for does not exist (or no longer exists). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String entity, Object id) {
        super(entity + " " + id + " not found");
    }
}
