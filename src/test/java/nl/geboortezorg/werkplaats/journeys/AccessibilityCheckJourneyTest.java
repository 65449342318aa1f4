package nl.geboortezorg.werkplaats.journeys;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import nl.geboortezorg.werkplaats.testsupport.JourneyTest;
import org.junit.jupiter.api.Test;

/**
 * The journeys' accessibility check itself: it must fail where a screen reader would stumble
 * although axe-core's WCAG rules pass or only ask for a review, as with two charts that share
 * their title's id (each is announced by the first one's title). The states checked here are
 * broken on purpose and listed as such in the report.
 */
class AccessibilityCheckJourneyTest extends JourneyTest {

    /** Two charts drawn with the same ids, as the charts were before each got a prefix of its own. */
    private static final String TWO_CHARTS = """
            () => {
              const chart = title => '<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="t d"'
                  + ' width="100" height="50"><title id="t">' + title + '</title><desc id="d">Jaren</desc>'
                  + '<rect width="10" height="10"/></svg>';
              const box = document.createElement('div');
              box.innerHTML = chart('Netto contant') + chart('Per belanghebbende');
              document.querySelector('main, body').appendChild(box);
            }""";

    /** A button whose name leaves out the words it shows, so that speech input cannot find it. */
    private static final String MISNAMED_BUTTON = """
            () => {
              const button = document.createElement('button');
              button.textContent = 'Herkenning intrekken';
              button.setAttribute('aria-label', 'Utrecht');
              document.querySelector('main, body').appendChild(button);
            }""";

    @Test
    void two_charts_sharing_their_ids_fail_the_check() {
        Page page = window();
        page.navigate("login");
        waitForVaadin(page);
        page.evaluate(TWO_CHARTS);

        assertThatThrownBy(() -> accessible(page, "broken on purpose: two charts sharing ids"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("duplicate-id");
    }

    @Test
    void a_button_whose_name_hides_its_text_fails_the_check() {
        Page page = window();
        page.navigate("login");
        waitForVaadin(page);
        page.evaluate(MISNAMED_BUTTON);

        assertThatThrownBy(() -> accessible(page, "broken on purpose: a button named apart from its text"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("label-content-name-mismatch");
    }
}
