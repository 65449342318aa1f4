package nl.geboortezorg.werkplaats.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(15), clock);

    @Test
    void an_account_is_blocked_after_the_limit_and_free_again_after_the_window() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.isBlocked("Piet@Example.nl", "10.0.0." + i)).isFalse();
            throttle.recordFailure("piet@example.nl", "10.0.0." + i);
        }
        assertThat(throttle.isBlocked("PIET@example.nl ", "10.9.9.9")).isTrue();

        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.isBlocked("piet@example.nl", "10.9.9.9")).isFalse();
    }

    @Test
    void a_success_clears_the_account_count() {
        throttle.recordFailure("anna@example.nl", "10.0.1.1");
        throttle.recordFailure("anna@example.nl", "10.0.1.1");
        throttle.recordSuccess("anna@example.nl");
        throttle.recordFailure("anna@example.nl", "10.0.1.1");

        assertThat(throttle.isBlocked("anna@example.nl", "10.0.1.2")).isFalse();
    }

    @Test
    void an_address_is_blocked_across_accounts_and_unknown_names_count_alike() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("nobody-" + i + "@example.nl", "192.0.2.7");
        }
        assertThat(throttle.isBlocked("someone-else@example.nl", "192.0.2.7")).isTrue();
        assertThat(throttle.isBlocked("someone-else@example.nl", "192.0.2.8")).isFalse();
    }

    @Test
    void a_success_does_not_clear_the_address_count() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("gok-" + i + "@example.nl", "192.0.2.9");
        }
        throttle.recordSuccess("gok-0@example.nl");

        assertThat(throttle.isBlocked("gok-0@example.nl", "192.0.2.9")).isTrue();
        assertThat(throttle.isBlocked("gok-0@example.nl", "192.0.2.10")).isFalse();
    }

    @Test
    void failures_spread_over_more_than_a_window_never_add_up_to_a_block() {
        for (int i = 0; i < 6; i++) {
            throttle.recordFailure("kees@example.nl", "10.0.2." + i);
            clock.advance(Duration.ofMinutes(8));
        }

        // At most two failures ever fall within one 15-minute window.
        assertThat(throttle.isBlocked("kees@example.nl", "10.0.3.1")).isFalse();
    }

    @Test
    void a_block_lasts_the_whole_window_from_the_first_failure() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("joke@example.nl", "10.0.4.1");
        }

        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.isBlocked("joke@example.nl", "10.0.4.2")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isBlocked("joke@example.nl", "10.0.4.2")).isFalse();
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-01-01T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
