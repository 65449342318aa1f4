package nl.geboortezorg.werkplaats.demo;

import static org.assertj.core.api.Assertions.assertThat;

import nl.geboortezorg.werkplaats.documents.Document;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.documents.LinkTarget;
import nl.geboortezorg.werkplaats.factsheets.FactsheetFilter;
import nl.geboortezorg.werkplaats.factsheets.FactsheetService;
import nl.geboortezorg.werkplaats.factsheets.FactsheetSummary;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The demo shows factsheets in every stage and documents, readable as their levels say. */
@IntegrationTest
class DemoFactsheetsTest {

    @Autowired
    FactsheetService factsheets;

    @Autowired
    DocumentService documents;

    @Autowired
    UserDetailsService users;

    @Test
    void the_demo_has_a_public_a_national_and_a_submitted_factsheet_with_documents() {
        SignIn.out();
        assertThat(factsheets.findPublic("Integrale polikliniek", 0, 5))
                .extracting(FactsheetSummary::regionCode)
                .containsExactly("den-haag");
        assertThat(documents.findPublic("Evaluatie integrale polikliniek", 0, 5))
                .extracting(Document::originalName)
                .containsExactly("Evaluatie integrale polikliniek 2025.pdf");

        SignIn.as(users, DemoUsers.OBSERVER);
        assertThat(factsheets.find(FactsheetFilter.all().containing("Warme overdracht van verloskundige"), 0, 5))
                .extracting(FactsheetSummary::regionCode)
                .containsExactly("utrecht");
        FactsheetSummary denHaag = factsheets
                .find(FactsheetFilter.all().containing("Integrale polikliniek"), 0, 1)
                .getFirst();
        assertThat(documents.linkedTo(LinkTarget.factsheet(denHaag.factsheetId())))
                .hasSize(1);

        SignIn.as(users, DemoUsers.FACILITATOR);
        assertThat(factsheets.find(FactsheetFilter.all().awaitingReview(true).containing("Tolkentelefoon"), 0, 5))
                .extracting(FactsheetSummary::regionCode)
                .containsExactly("zuid-limburg");
    }
}
