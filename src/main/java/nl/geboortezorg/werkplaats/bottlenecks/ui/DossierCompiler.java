package nl.geboortezorg.werkplaats.bottlenecks.ui;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.bottlenecks.EvidenceDossierService;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.common.ui.TranslationProvider;
import nl.geboortezorg.werkplaats.common.ui.Translator;
import nl.geboortezorg.werkplaats.documents.DocumentService;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.regions.RegionSummary;
import org.springframework.stereotype.Component;

/**
 * Makes the evidence dossier downloads of a bottleneck's page and of the national agenda. The
 * dossiers are compiled on two background threads of their own, so that compiling a long agenda
 * never holds a page, and at most two are compiled at once on the whole instance.
 */
@Component
class DossierCompiler {

    private final EvidenceDossierService dossiers;
    private final DocumentService documents;
    private final RegionService regions;
    private final TranslationProvider translations;
    private final Clock clock;
    private final ExecutorService threads = Executors.newFixedThreadPool(
            2, Thread.ofPlatform().name("dossier-", 1).daemon(true).factory());

    DossierCompiler(
            EvidenceDossierService dossiers,
            DocumentService documents,
            RegionService regions,
            TranslationProvider translations,
            Clock clock) {
        this.dossiers = dossiers;
        this.documents = documents;
        this.regions = regions;
        this.translations = translations;
        this.clock = clock;
    }

    /** The download of one bottleneck's dossier. */
    DossierDownload forBottleneck(long bottleneckId, String title, Locale locale) {
        Translator texts = Translator.of(translations, locale);
        return new DossierDownload(
                "dossier",
                "dossier-knelpunt-" + bottleneckId,
                texts.translate("dossier.title", title),
                () -> 1,
                progress -> dossiers.dossier(bottleneckId).stream().toList(),
                this,
                texts,
                locale);
    }

    /** The download of the dossier of every item on the national agenda. */
    DossierDownload forAgenda(Locale locale) {
        Translator texts = Translator.of(translations, locale);
        return new DossierDownload(
                "agenda-dossier",
                "dossier-landelijke-agenda",
                texts.translate("dossier.agenda-title"),
                dossiers::agendaSize,
                dossiers::agendaDossier,
                this,
                texts,
                locale);
    }

    ExecutorService threads() {
        return threads;
    }

    DocumentService documents() {
        return documents;
    }

    Map<Long, String> regionNames() {
        return regions.allRegions().stream().collect(Collectors.toMap(RegionSummary::id, RegionSummary::name));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(DutchTime.ZONE));
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
