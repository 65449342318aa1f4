package nl.geboortezorg.werkplaats.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.geboortezorg.werkplaats.common.PersonalData.Finding;
import nl.geboortezorg.werkplaats.common.PersonalData.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataTest {

    private static List<Kind> kinds(String text) {
        return PersonalData.scan(text).stream().map(Finding::kind).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "999999990", "010000008"})
    void numbers_that_pass_the_eleven_test(String number) {
        assertThat(PersonalData.passesElevenTest(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "111222334", "000000000", "12345678", "1234567890", "12345678a"})
    void numbers_that_do_not(String number) {
        assertThat(PersonalData.passesElevenTest(number)).isFalse();
    }

    @Test
    void a_citizen_service_number_is_found_however_it_is_written_and_refuses_the_text() {
        assertThat(PersonalData.scan("BSN 123456782 besproken")).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.CITIZEN_SERVICE_NUMBER);
            assertThat(f.refuses()).isTrue();
            assertThat(f.excerpt()).isEqualTo("123456782");
            assertThat(f.start()).isEqualTo(4);
        });
        assertThat(kinds("nummer 123.456.782.")).containsExactly(Kind.CITIZEN_SERVICE_NUMBER);
        assertThat(kinds("nummer 123 456 782")).containsExactly(Kind.CITIZEN_SERVICE_NUMBER);
    }

    @Test
    void numbers_that_are_no_citizen_number_pass() {
        assertThat(kinds("Het project kost € 123.456.782 over tien jaar")).isEmpty();
        assertThat(kinds("In totaal 123456782 euro")).isEmpty();
        assertThat(kinds("Referentie 1234567820 en 12345678")).isEmpty();
        assertThat(kinds("Zaaknummer 123456789")).isEmpty();
        assertThat(kinds("IBAN NL91ABNA0417164300")).isEmpty();
    }

    @Test
    void a_date_warns_only_next_to_a_word_about_a_person() {
        assertThat(kinds("Baby geboren op 3-4-2026 in het ziekenhuis")).containsExactly(Kind.DATE_OF_BIRTH);
        assertThat(kinds("Moeder (12 maart 1990) kreeg hulp")).containsExactly(Kind.DATE_OF_BIRTH);
        assertThat(PersonalData.scan("geb. 03/04/26").getFirst().refuses()).isFalse();
        assertThat(kinds("Werksessie op 12-03-2026 in Den Haag met Gemeente Utrecht"))
                .isEmpty();
        assertThat(kinds("Deadline 1 december 2026 voor het convenant")).isEmpty();
    }

    @Test
    void a_phone_number_warns_next_to_a_name_or_a_word_about_a_person() {
        assertThat(kinds("Gesproken met Jansen, 06-12345678")).containsExactly(Kind.PHONE_NUMBER);
        assertThat(kinds("mevrouw is bereikbaar op +31 6 1234 5678")).containsExactly(Kind.PHONE_NUMBER);
        assertThat(kinds("moeder belt terug via 070-1234567")).containsExactly(Kind.PHONE_NUMBER);
        assertThat(kinds("het secretariaat: 0701234567")).isEmpty();
    }

    @Test
    void ordinary_collaboration_text_has_no_findings() {
        assertThat(kinds("""
                Afgesproken dat het wijkteam vanaf 1-1-2027 aansluit bij het spreekuur. Budget 2026: € 180.000.
                Volgende werksessie 14-02-2027, agenda volgt. Actie voor de gemeente: convenant gegevensdeling.
                """)).isEmpty();
        assertThat(PersonalData.scan(null)).isEmpty();
        assertThat(PersonalData.scan("  ")).isEmpty();
    }
}
