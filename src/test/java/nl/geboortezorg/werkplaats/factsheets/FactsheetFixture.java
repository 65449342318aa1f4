package nl.geboortezorg.werkplaats.factsheets;

import java.math.BigDecimal;
import java.util.List;
import nl.geboortezorg.werkplaats.regions.Organisation;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Factsheets of Den Haag in each state, made through the service as the demo users would. */
public final class FactsheetFixture {

    private final FactsheetService factsheets;
    private final UserDetailsService users;
    public final long denHaag;
    public final long utrecht;
    public final List<Long> denHaagPartners;

    public FactsheetFixture(FactsheetService factsheets, RegionService regions, UserDetailsService users) {
        this.factsheets = factsheets;
        this.users = users;
        SignIn.as(users, DemoUsers.ADMIN);
        this.denHaag = regions.workspace("den-haag").orElseThrow().region().id();
        this.utrecht = regions.workspace("utrecht").orElseThrow().region().id();
        this.denHaagPartners = regions.workspace("den-haag").orElseThrow().organisations().stream()
                .map(Organisation::id)
                .limit(3)
                .toList();
    }

    /** Every section filled in, at the level given. */
    public FactsheetDraft complete(String title, PublicationLevel level) {
        return new FactsheetDraft(
                title,
                level,
                "Kwetsbare zwangeren vallen tussen wal en schip.",
                "Zwangeren met problemen op meerdere levensgebieden.",
                "Een sociaal verpleegkundige op de poli.",
                denHaagPartners,
                "Meer gezinnen tijdig in beeld.",
                List.of(new KeyFigure("Gezinnen begeleid", new BigDecimal("128"), "gezinnen", 2025)),
                "Begin klein, met vaste contactpersonen.",
                "Gemeente en zorgverzekeraar samen.",
                "Projectleider, projectleider@example.nl");
    }

    /** A draft by the Den Haag professional. */
    public FactsheetVersion draft(String title, PublicationLevel level) {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        return factsheets.create(denHaag, complete(title, level));
    }

    /** Submitted by the professional and published by the facilitator; signed in as the facilitator after. */
    public FactsheetVersion published(String title, PublicationLevel level) {
        FactsheetVersion draft = draft(title, level);
        FactsheetVersion submitted = factsheets.submit(draft.id(), draft.version());
        SignIn.as(users, DemoUsers.FACILITATOR);
        return factsheets.publish(submitted.id(), submitted.version());
    }

    public static String unique(String text) {
        return text + " " + System.nanoTime();
    }
}
