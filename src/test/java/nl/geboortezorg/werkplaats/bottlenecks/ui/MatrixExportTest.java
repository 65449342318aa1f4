package nl.geboortezorg.werkplaats.bottlenecks.ui;

import static nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.geboortezorg.werkplaats.bottlenecks.Bottleneck;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckCategory;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckDraft;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.bottlenecks.MatrixFilter;
import nl.geboortezorg.werkplaats.bottlenecks.MatrixSort;
import nl.geboortezorg.werkplaats.bottlenecks.NationalAgendaService;
import nl.geboortezorg.werkplaats.bottlenecks.RecognitionMatrix;
import nl.geboortezorg.werkplaats.common.ui.TranslationProvider;
import nl.geboortezorg.werkplaats.common.ui.Translator;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.regions.RegionChoice;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** The matrix CSV: the filtered rows, one column per region in words, as Dutch Excel opens it. */
@IntegrationTest
@Transactional
class MatrixExportTest {

    private static final Translator DUTCH = Translator.of(new TranslationProvider(), TranslationProvider.DUTCH);

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    NationalAgendaService agenda;

    @Autowired
    RegionService regions;

    @Autowired
    UserDetailsService users;

    @Test
    void the_csv_holds_the_filtered_rows_with_a_column_per_region_semicolons_and_a_byte_order_mark() {
        BottleneckFixture fixture = new BottleneckFixture(bottlenecks, agenda, regions, users);
        String word = unique("Matrixexport");
        SignIn.as(users, DemoUsers.DEN_HAAG);
        Bottleneck midwives = bottlenecks.raise(
                fixture.denHaag,
                new BottleneckDraft(
                        word + "; verloskundigen",
                        "Verloskundigen krijgen het niet vergoed.",
                        BottleneckCategory.FINANCING,
                        Set.of(OrganisationType.MIDWIFERY),
                        Set.of(),
                        null));
        Bottleneck other = bottlenecks.raise(
                fixture.denHaag,
                new BottleneckDraft(
                        word + " elders",
                        "Niet met verloskundigen.",
                        BottleneckCategory.FINANCING,
                        Set.of(OrganisationType.HEALTH_INSURER),
                        Set.of(),
                        null));
        fixture.recognisedBy(DemoUsers.UTRECHT, fixture.utrecht, midwives.id(), "Ook \"bij ons\"");
        fixture.recognisedBy(DemoUsers.ZUID_LIMBURG, fixture.zuidLimburg, midwives.id(), null);

        SignIn.as(users, DemoUsers.OBSERVER);
        MatrixFilter filter = new MatrixFilter(BottleneckCategory.FINANCING, null, Set.of(OrganisationType.MIDWIFERY));
        RecognitionMatrix matrix =
                bottlenecks.matrix(filter, MatrixSort.MOST_REGIONS, 0, bottlenecks.countMatrix(filter));
        String csv = new String(MatrixExport.csv(DUTCH, matrix), StandardCharsets.UTF_8);

        List<String> regionNames =
                matrix.regions().stream().map(RegionChoice::name).toList();
        assertThat(regionNames).hasSize(7);
        assertThat(csv).startsWith("\uFEFFTitel;Categorie;Status;Regio’s;" + String.join(";", regionNames) + "\r\n");
        List<String> lines = Arrays.asList(csv.substring(1).split("\r\n"));
        assertThat(lines).hasSize(matrix.rows().size() + 1);
        assertThat(csv).doesNotContain(other.title());
        String line = lines.stream().filter(l -> l.contains(word)).findFirst().orElseThrow();
        List<String> cells = Arrays.asList(line.split(";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1));
        assertThat(cells).hasSize(4 + regionNames.size());
        assertThat(cells.subList(0, 4))
                .containsExactly("\"" + word + "; verloskundigen\"", "Financiering", "Gemeld", "3");
        assertThat(cells.get(4 + regionNames.indexOf("Den Haag"))).isEqualTo("Gemeld");
        assertThat(cells.get(4 + regionNames.indexOf("Utrecht"))).isEqualTo("\"Herkend: “Ook \"\"bij ons\"\"”\"");
        assertThat(cells.get(4 + regionNames.indexOf("Zuid-Limburg"))).isEqualTo("Herkend");
        assertThat(cells.get(4 + regionNames.indexOf("Delft"))).isEqualTo("Niet herkend");
    }
}
