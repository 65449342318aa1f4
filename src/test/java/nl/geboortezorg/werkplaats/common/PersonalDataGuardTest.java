package nl.geboortezorg.werkplaats.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import nl.geboortezorg.werkplaats.anchoring.AnchoringService;
import nl.geboortezorg.werkplaats.anchoring.Dimension;
import nl.geboortezorg.werkplaats.anchoring.Score;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFilter;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.mkba.AnalysisPartsService;
import nl.geboortezorg.werkplaats.mkba.CostBenefitFixture;
import nl.geboortezorg.werkplaats.mkba.LineItemDraft;
import nl.geboortezorg.werkplaats.mkba.model.FlowKind;
import nl.geboortezorg.werkplaats.mkba.model.ValueType;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** Free text with a citizen service number is refused wherever it is saved, with a message that does not repeat it. */
@IntegrationTest
@Transactional
class PersonalDataGuardTest {

    private static final String WITH_NUMBER = "Moeder met BSN 123456782 besproken";

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    AnalysisPartsService parts;

    @Autowired
    ApplicationContext context;

    @Autowired
    AnchoringService anchoring;

    @Autowired
    UserDetailsService users;

    private static FieldProblem refusal(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e.problems().stream()
                    .filter(p -> p.messageKey().equals("privacy.citizen-service-number"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("Refused for another reason: " + e.problems()));
        }
        throw new AssertionError("Not refused");
    }

    @Test
    void a_comment_on_a_bottleneck() {
        SignIn.as(users, DemoUsers.DEN_HAAG);
        long bottleneck =
                bottlenecks.find(BottleneckFilter.all(), 0, 1).getFirst().id();
        int before = bottlenecks.detail(bottleneck).orElseThrow().comments().size();

        FieldProblem problem = refusal(() -> bottlenecks.comment(bottleneck, WITH_NUMBER));

        assertThat(problem.field()).isEqualTo("body");
        assertThat(problem.arguments()).containsExactly("782");
        assertThat(bottlenecks.detail(bottleneck).orElseThrow().comments()).hasSize(before);
        bottlenecks.comment(bottleneck, "Zaaknummer 123456789 besproken");
        assertThat(bottlenecks.detail(bottleneck).orElseThrow().comments()).hasSize(before + 1);
    }

    @Test
    void a_cost_benefit_item_and_an_anchoring_comment() {
        CostBenefitFixture fixture = new CostBenefitFixture(context);
        CostBenefitFixture.Made made = fixture.analysis("Privacy", PublicationLevel.REGION);
        LineItemDraft item = LineItemDraft.constant(
                        FlowKind.COST, "Inzet", made.hospital(), ValueType.ECONOMIC, BigDecimal.ONE, 2025, 2025)
                .withSource("Dossier 123.456.782", nl.geboortezorg.werkplaats.mkba.model.Confidence.LOW);

        assertThat(refusal(() -> parts.addItem(made.id(), item)).field()).isEqualTo("source");

        var scores = Arrays.stream(Dimension.values())
                .map(d -> new Score(d, 3, d == Dimension.FAMILY_EXPERIENCE ? WITH_NUMBER : ""))
                .toList();
        assertThat(refusal(() -> anchoring.save(fixture.denHaag, anchoring.currentQuarter(), null, scores))
                        .field())
                .isEqualTo("comment.FAMILY_EXPERIENCE");
    }
}
