package nl.geboortezorg.werkplaats.demo;

import java.util.ArrayList;
import java.util.List;
import nl.geboortezorg.werkplaats.anchoring.AnchoringService;
import nl.geboortezorg.werkplaats.anchoring.Dimension;
import nl.geboortezorg.werkplaats.anchoring.Quarter;
import nl.geboortezorg.werkplaats.anchoring.Score;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Anchoring assessments of the three quarters before this one for every region but Apeldoorn (so
 * the national view shows a region that has not assessed), slowly improving, entered by the
 * facilitator. The current quarter is left for the regions to assess.
 */
@Component
class DemoAnchoring {

    private static final String FACILITATOR = "facilitator@werkplaats.demo";

    private final AnchoringService service;
    private final UserDetailsService users;

    DemoAnchoring(AnchoringService service, UserDetailsService users) {
        this.service = service;
        this.users = users;
    }

    void load(DemoRegionIds regionIds) {
        DemoActor.restoringSignIn(() -> DemoActor.as(users, FACILITATOR, () -> {
            List<Quarter> quarters =
                    service.currentQuarter().previous().andPrevious(3).reversed();
            List<String> codes = regionIds.codes().stream()
                    .sorted()
                    .filter(code -> !code.equals("apeldoorn"))
                    .toList();
            for (int region = 0; region < codes.size(); region++) {
                for (int step = 0; step < quarters.size(); step++) {
                    service.save(regionIds.get(codes.get(region)), quarters.get(step), null, scores(region, step));
                }
            }
            return null;
        }));
    }

    /** Between 1 and 5, different per region and dimension, a step up in some dimensions each quarter. */
    private static List<Score> scores(int region, int step) {
        List<Score> scores = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            int base = 1 + (region + dimension.ordinal()) % 3;
            int score = Math.min(5, base + (dimension.ordinal() % 2 == 0 ? step : step / 2));
            String comment =
                    dimension == Dimension.STRUCTURAL_FUNDING && score <= 2 ? "Draait nog op projectgeld." : "";
            scores.add(new Score(dimension, score, comment));
        }
        return scores;
    }
}
