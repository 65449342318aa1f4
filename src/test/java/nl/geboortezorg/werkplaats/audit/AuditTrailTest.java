package nl.geboortezorg.werkplaats.audit;

import static nl.geboortezorg.werkplaats.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.jooq.DSLContext;
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

    @Autowired
    DSLContext dsl;

    /** An event at a chosen moment, which the trail itself would stamp with "now". */
    private void eventAt(String type, String id, String occurredAtUtc) {
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, Instant.parse(occurredAtUtc))
                .set(AUDIT_EVENT.ACTOR_EMAIL, DemoUsers.FACILITATOR)
                .set(AUDIT_EVENT.ENTITY_TYPE, type)
                .set(AUDIT_EVENT.ENTITY_ID, id)
                .set(AUDIT_EVENT.ACTION, "update")
                .execute();
    }

    private List<String> idsBetween(String type, LocalDate from, LocalDate to) {
        return audit.find(new AuditFilter(type, null, from, to), 0, 100).stream()
                .map(AuditEvent::entityId)
                .toList();
    }

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
        assertThat(events)
                .extracting(AuditEvent::entityId, AuditEvent::action, AuditEvent::actorEmail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("8", "system-task", null),
                        org.assertj.core.groups.Tuple.tuple("7", "update", DemoUsers.FACILITATOR));
        assertThat(events.get(1).changeJson()).isEqualTo("{\"name\":{\"from\":\"Oud\",\"to\":\"Nieuw\"}}");
        assertThat(events.get(1).occurredAt())
                .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
        assertThat(audit.count(new AuditFilter(type, "facilitator", null, null)))
                .isEqualTo(1);
        assertThat(audit.count(new AuditFilter(type, null, today.plusDays(1), null)))
                .isZero();
        assertThat(audit.count(new AuditFilter(type, null, null, today.minusDays(1))))
                .isZero();
        assertThat(audit.entityTypes()).contains(type);
    }

    @Test
    void only_admins_read_the_trail() {
        for (String email : new String[] {DemoUsers.FACILITATOR, DemoUsers.DEN_HAAG, DemoUsers.OBSERVER}) {
            SignIn.as(users, email);
            assertThatThrownBy(() -> audit.find(AuditFilter.none(), 0, 10))
                    .as(email)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.count(AuditFilter.none()))
                    .as(email)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    @Transactional
    void days_are_whole_dutch_calendar_days_in_winter_and_in_summer() {
        String type = "dag-" + System.nanoTime();
        // Winter: Dutch time is UTC+1. Summer: UTC+2.
        eventAt(type, "9 maart 23:59 NL", "2026-03-09T22:59:59Z");
        eventAt(type, "10 maart 00:00 NL", "2026-03-09T23:00:00Z");
        eventAt(type, "10 maart 23:59 NL", "2026-03-10T22:59:59.999999Z");
        eventAt(type, "11 maart 00:00 NL", "2026-03-10T23:00:00Z");
        eventAt(type, "15 juli 23:59 NL", "2026-07-15T21:59:59Z");
        eventAt(type, "16 juli 00:00 NL", "2026-07-15T22:00:00Z");
        SignIn.as(users, DemoUsers.ADMIN);
        LocalDate march10 = LocalDate.of(2026, 3, 10);

        assertThat(idsBetween(type, march10, march10)).containsExactly("10 maart 23:59 NL", "10 maart 00:00 NL");
        assertThat(idsBetween(type, null, march10.minusDays(1))).containsExactly("9 maart 23:59 NL");
        assertThat(idsBetween(type, march10.plusDays(1), null))
                .containsExactly("16 juli 00:00 NL", "15 juli 23:59 NL", "11 maart 00:00 NL");
        assertThat(idsBetween(type, LocalDate.of(2026, 7, 16), LocalDate.of(2026, 7, 16)))
                .containsExactly("16 juli 00:00 NL");
        assertThat(audit.count(new AuditFilter(type, null, LocalDate.of(2026, 7, 15), LocalDate.of(2026, 7, 15))))
                .isEqualTo(1);
    }

    @Test
    @Transactional
    void events_come_newest_first_and_page_in_that_order() {
        String type = "volgorde-" + System.nanoTime();
        eventAt(type, "midden", "2026-05-02T10:00:00Z");
        eventAt(type, "nieuwst", "2026-05-03T10:00:00Z");
        eventAt(type, "oudst", "2026-05-01T10:00:00Z");
        SignIn.as(users, DemoUsers.ADMIN);

        assertThat(audit.find(new AuditFilter(type, null, null, null), 0, 10))
                .extracting(AuditEvent::entityId)
                .containsExactly("nieuwst", "midden", "oudst");
        assertThat(audit.find(new AuditFilter(type, null, null, null), 1, 1))
                .extracting(AuditEvent::entityId)
                .containsExactly("midden");
        assertThat(audit.count(new AuditFilter(type, null, null, null))).isEqualTo(3);
    }

    @Test
    @Transactional
    void the_actor_filter_matches_part_of_the_address_in_any_case_and_nothing_else() {
        String type = "actor-" + System.nanoTime();
        eventAt(type, "1", "2026-05-01T10:00:00Z");
        SignIn.as(users, DemoUsers.ADMIN);

        assertThat(audit.count(new AuditFilter(type, "FACILITATOR@", null, null)))
                .isEqualTo(1);
        assertThat(audit.count(new AuditFilter(type, "beheerder", null, null))).isZero();
        // Typed text is text, not a pattern.
        assertThat(audit.count(new AuditFilter(type, "%", null, null))).isZero();
        assertThat(audit.count(new AuditFilter(type, "  ", null, null))).isEqualTo(1);
    }

    @Test
    void nobody_but_an_admin_lists_the_recorded_entity_types() {
        for (String email : new String[] {DemoUsers.FACILITATOR, DemoUsers.DEN_HAAG, DemoUsers.OBSERVER}) {
            SignIn.as(users, email);
            assertThatThrownBy(() -> audit.entityTypes()).as(email).isInstanceOf(AccessDeniedException.class);
        }
        SignIn.out();
        assertThatThrownBy(() -> audit.find(AuditFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
    }
}
