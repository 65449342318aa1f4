package nl.geboortezorg.werkplaats.security;

import org.springframework.security.core.AuthenticationException;

/** Refuses a login attempt while its account name or client address is throttled. */
public class LoginThrottledException extends AuthenticationException {

    public LoginThrottledException() {
        super("Too many failed logins");
    }
}
