package nl.geboortezorg.werkplaats.demo;

import static org.assertj.core.api.Assertions.assertThat;

import nl.geboortezorg.werkplaats.bottlenecks.AgendaEntry;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFilter;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckStatus;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckSummary;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.bottlenecks.TimelineEntryType;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A try-out shows the bottleneck life cycle at once: raised, recognised, under review and on the agenda. */
@IntegrationTest
class DemoBottlenecksTest {

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    NationalAgendaService agenda;

    @Autowired
    UserDetailsService users;

    @Test
    void the_demo_holds_bottlenecks_in_every_early_stage_with_recognitions_and_an_agenda() {
        SignIn.as(users, DemoUsers.OBSERVER);

        BottleneckSummary financing = bottlenecks
                .find(new BottleneckFilter(null, null, null, null, "integrale polikliniek", null, true), 0, 5)
                .getFirst();
        assertThat(financing.regionName()).isEqualTo("Den Haag");
        assertThat(financing.recognitionCount()).isEqualTo(4);
        assertThat(financing.status()).isEqualTo(BottleneckStatus.WITH_ADDRESSEE);
        assertThat(bottlenecks.detail(financing.id()).orElseThrow().timeline())
                .extracting(e -> e.type())
                .contains(TimelineEntryType.PROMOTED, TimelineEntryType.RESPONSE);
        assertThat(agenda.agenda())
                .extracting(AgendaEntry::title)
                .contains(financing.title(), "Gegevens delen tussen verloskundige en JGZ stuit op privacyregels");
        for (BottleneckStatus status : new BottleneckStatus[] {
            BottleneckStatus.RAISED, BottleneckStatus.UNDER_REVIEW, BottleneckStatus.ON_AGENDA
        }) {
            assertThat(bottlenecks.count(new BottleneckFilter(null, null, status, null, null, null, true)))
                    .as(status.name())
                    .isPositive();
        }
    }
}
