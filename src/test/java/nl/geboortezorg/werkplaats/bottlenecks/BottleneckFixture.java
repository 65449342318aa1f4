package nl.geboortezorg.werkplaats.bottlenecks;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Raises, recognises and promotes bottlenecks as the demo users would, for the bottleneck tests. */
public final class BottleneckFixture {

    private final BottleneckService bottlenecks;
    private final NationalAgendaService agenda;
    private final UserDetailsService users;
    public final long denHaag;
    public final long utrecht;
    public final long zuidLimburg;
    public final long amsterdamUmc;
    public final long facilitatorId;

    public BottleneckFixture(
            BottleneckService bottlenecks,
            NationalAgendaService agenda,
            RegionService regions,
            UserDetailsService users) {
        this.bottlenecks = bottlenecks;
        this.agenda = agenda;
        this.users = users;
        SignIn.as(users, DemoUsers.ADMIN);
        denHaag = regions.workspace("den-haag").orElseThrow().region().id();
        utrecht = regions.workspace("utrecht").orElseThrow().region().id();
        zuidLimburg = regions.workspace("zuid-limburg").orElseThrow().region().id();
        amsterdamUmc = regions.workspace("amsterdam-umc").orElseThrow().region().id();
        facilitatorId = DemoUsers.id(users, DemoUsers.FACILITATOR);
        SignIn.out();
    }

    /** A title no other test uses. */
    public static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static BottleneckDraft draft(String title) {
        return new BottleneckDraft(
                title,
                "Gezinnen vallen tussen wal en schip.",
                BottleneckCategory.FINANCING,
                Set.of(OrganisationType.HOSPITAL, OrganisationType.MUNICIPALITY),
                Set.of(Addressee.HEALTH_INSURERS),
                null);
    }

    /** Raised by the Den Haag professional, who stays signed in. */
    public Bottleneck raisedInDenHaag(String title) {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        return bottlenecks.raise(denHaag, draft(title));
    }

    public Recognition recognisedBy(String email, long regionId, long bottleneckId, String quote) {
        SignIn.as(users, email);
        return bottlenecks.recognise(bottleneckId, regionId, quote);
    }

    public AgendaDraft agendaDraft(String nextStep) {
        return new AgendaDraft(
                Set.of(Addressee.MINISTRY_VWS, Addressee.HEALTH_INSURERS),
                "Structurele bekostiging",
                nextStep,
                facilitatorId,
                LocalDate.now().plusMonths(1));
    }

    /** Promoted by the facilitator, who stays signed in. */
    public Bottleneck promoted(Bottleneck bottleneck) {
        SignIn.as(users, DemoUsers.FACILITATOR);
        Bottleneck current = bottlenecks.detail(bottleneck.id()).orElseThrow().bottleneck();
        return agenda.promote(current.id(), current.version(), agendaDraft("Gesprek plannen"));
    }
}
