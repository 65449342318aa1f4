package nl.geboortezorg.werkplaats.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
class AuditTrailTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    UserDetailsService users;

    @Test
    @Transactional(propagation = Propagation.NEVER)
    void an_event_is_only_recorded_inside_the_write_it_belongs_to() {
        SignIn.as(users, DemoUsers.ADMIN);

        assertThatThrownBy(() -> audit.record("test", 1, "loose", Map.of()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    @Transactional
    void events_record_who_what_when_and_filter_by_type_actor_and_day() {
        SignIn.as(users, DemoUsers.FACILITATOR);
        String type = "test-" + System.nanoTime();
        audit.record(type, 7, "update", Map.of("name", new FieldChange("Oud", "Nieuw")));
        SignIn.out();
        audit.record(type, 8, "system-task", Map.of());
        SignIn.as(users, DemoUsers.ADMIN);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

        var events = audit.find(new AuditFilter(type, null, today, today), 0, 10);
        assertThat(events).extracting(AuditEvent::entityId, AuditEvent::action, AuditEvent::actorEmail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("8", "system-task", null),
                        org.assertj.core.groups.Tuple.tuple("7", "update", DemoUsers.FACILITATOR));
        assertThat(events.get(1).changeJson()).isEqualTo("{\"name\":{\"from\":\"Oud\",\"to\":\"Nieuw\"}}");
        assertThat(events.get(1).occurredAt()).isBetween(java.time.Instant.now().minusSeconds(60),
                java.time.Instant.now().plusSeconds(1));
        assertThat(audit.count(new AuditFilter(type, "facilitator", null, null))).isEqualTo(1);
        assertThat(audit.count(new AuditFilter(type, null, today.plusDays(1), null))).isZero();
        assertThat(audit.count(new AuditFilter(type, null, null, today.minusDays(1)))).isZero();
        assertThat(audit.entityTypes()).contains(type);
    }

    @Test
    void only_admins_read_the_trail() {
        for (String email : new String[] {DemoUsers.FACILITATOR, DemoUsers.DEN_HAAG, DemoUsers.OBSERVER}) {
            SignIn.as(users, email);
            assertThatThrownBy(() -> audit.find(AuditFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.count(AuditFilter.none())).isInstanceOf(AccessDeniedException.class);
        }
    }
}
