package nl.geboortezorg.werkplaats.security;

import java.io.Serial;
import org.springframework.security.access.AccessDeniedException;

/** Refuses every action of an account that must first replace its one-time password. */
public class PasswordChangeRequiredException extends AccessDeniedException {

    @Serial
    private static final long serialVersionUID = 1L;

    public PasswordChangeRequiredException() {
        super("The password must be changed first");
    }
}
