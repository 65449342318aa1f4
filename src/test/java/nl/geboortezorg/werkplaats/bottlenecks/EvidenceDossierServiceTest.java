package nl.geboortezorg.werkplaats.bottlenecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.geboortezorg.werkplaats.documents.Document;
import nl.geboortezorg.werkplaats.mkba.BlockedBenefit;
import nl.geboortezorg.werkplaats.sessions.MinutesService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * An evidence dossier holds the bottleneck's case as its reader may read it: recognitions with
 * quotes, timeline, the minutes of the sessions that discussed it, blocked benefits with their
 * present values, linked documents; an observer's never holds a region's draft or regional document.
 */
@IntegrationTest
@Transactional
class EvidenceDossierServiceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    NationalAgendaService agenda;

    @Autowired
    MinutesService minutes;

    @Autowired
    EvidenceDossierService dossiers;

    @Autowired
    UserDetailsService users;

    @Test
    void a_facilitators_dossier_holds_recognitions_minutes_blocked_benefits_and_documents() {
        DossierFixture.Case made = new DossierFixture(context).aCase();
        SignIn.as(users, DemoUsers.FACILITATOR);

        EvidenceDossier dossier = dossiers.dossier(made.bottleneck().id()).orElseThrow();

        assertThat(dossier.bottleneck().id()).isEqualTo(made.bottleneck().id());
        assertThat(dossier.compiledFor()).isEqualTo("Fenna Facilitator");
        assertThat(dossier.detail().recognitions())
                .singleElement()
                .satisfies(r -> assertThat(r.quote()).isEqualTo("Bij ons wachten gezinnen weken."));
        assertThat(dossier.detail().timeline()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(dossier.minutes()).singleElement().satisfies(m -> {
            assertThat(m.session().id()).isEqualTo(made.session().id());
            assertThat(m.session().agenda().get(1).notes()).isEqualTo("Zorgverzekeraars willen een pilot bekostigen.");
            assertThat(m.outcomes().decisionsOf(m.session().agenda().get(1).id()))
                    .extracting(d -> d.description())
                    .containsExactly("We vragen ZN om een gesprek.");
        });
        assertThat(dossier.blockedBenefits())
                .extracting(BlockedBenefit::lineItemId)
                .containsExactlyInAnyOrder(
                        made.draftAnalysis().benefit(), made.nationalAnalysis().benefit());
        assertThat(dossier.blockedValue().presentValue())
                .isEqualByComparingTo(dossier.blockedBenefits().stream()
                        .map(BlockedBenefit::presentValue)
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
        assertThat(dossier.documents())
                .extracting(Document::id)
                .containsExactlyInAnyOrder(made.regional().id(), made.national().id());
    }

    @Test
    void an_observers_dossier_never_holds_a_regional_draft_or_a_regional_document() {
        DossierFixture.Case made = new DossierFixture(context).aCase();
        SignIn.as(users, DemoUsers.OBSERVER);

        EvidenceDossier dossier = dossiers.dossier(made.bottleneck().id()).orElseThrow();

        assertThat(dossier.blockedBenefits())
                .extracting(BlockedBenefit::lineItemId)
                .containsExactly(made.nationalAnalysis().benefit());
        assertThat(dossier.blockedValue().benefits()).isEqualTo(1);
        assertThat(dossier.documents())
                .extracting(Document::id)
                .containsExactly(made.national().id());
        assertThat(dossier.minutes())
                .extracting(m -> m.session().id())
                .containsExactlyElementsOf(minutes.minutes(made.session().id()).stream()
                        .map(m -> m.session().id())
                        .toList());
        assertThat(dossier.compiledFor()).isNotEqualTo("Fenna Facilitator");
    }

    @Test
    void the_agenda_dossier_holds_every_agenda_item_in_order_and_tells_its_progress() {
        DossierFixture.Case made = new DossierFixture(context).aCase();
        SignIn.as(users, DemoUsers.OBSERVER);
        List<Integer> told = new ArrayList<>();

        List<EvidenceDossier> all = dossiers.agendaDossier(told::add);

        List<Long> order =
                agenda.agenda().stream().map(AgendaEntry::bottleneckId).toList();
        assertThat(all).extracting(d -> d.bottleneck().id()).containsExactlyElementsOf(order);
        assertThat(all)
                .extracting(d -> d.bottleneck().id())
                .contains(made.bottleneck().id());
        assertThat(told).hasSize(order.size()).last().isEqualTo(order.size());
        assertThat(dossiers.agendaSize()).isEqualTo(order.size());
    }

    @Test
    void a_bottleneck_that_does_not_exist_has_no_dossier() {
        SignIn.as(users, DemoUsers.OBSERVER);
        assertThat(dossiers.dossier(-1)).isEmpty();
        SignIn.out();
        assertThatThrownBy(() -> dossiers.dossier(-1))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
