package nl.geboortezorg.werkplaats.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.geboortezorg.werkplaats.bottlenecks.Addressee;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckCategory;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckStatus;
import nl.geboortezorg.werkplaats.common.Language;
import nl.geboortezorg.werkplaats.factsheets.FactsheetSection;
import nl.geboortezorg.werkplaats.factsheets.FactsheetState;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.security.PublicationLevel;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.sessions.ActionStatus;
import nl.geboortezorg.werkplaats.sessions.SessionState;
import org.junit.jupiter.api.Test;

/** Every text the code asks for exists in Dutch and in English, and the two files match. */
class TranslationsTest {

    private static final Pattern LITERAL_KEY = Pattern.compile(
            "(?:getTranslation\\((?:[A-Za-z.]+, )?|FieldProblem\\.of\\(\"[A-Za-z]+\", )\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                TranslationsTest.class.getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void dutch_and_english_have_the_same_keys() throws IOException {
        assertThat(load("en").stringPropertyNames()).isEqualTo(load("nl").stringPropertyNames());
    }

    @Test
    void every_key_the_code_uses_is_translated() throws IOException {
        Set<String> used = new HashSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        Arrays.stream(Role.values()).forEach(role -> used.add("role." + role.name()));
        Arrays.stream(OrganisationType.values()).forEach(type -> used.add("organisation-type." + type.name()));
        Arrays.stream(Language.values()).forEach(language -> used.add("language." + language.name()));
        for (nl.geboortezorg.werkplaats.users.AccountLinkKind kind :
                nl.geboortezorg.werkplaats.users.AccountLinkKind.values()) {
            used.add("users.link.title." + kind.name());
            used.add("users.link.mailed." + kind.name());
            used.add("choose-password.title." + kind.name());
            used.add("choose-password.intro." + kind.name());
        }
        for (nl.geboortezorg.werkplaats.users.LinkCheck.Reason reason :
                nl.geboortezorg.werkplaats.users.LinkCheck.Reason.values()) {
            used.add("account-link." + reason.name());
            used.add("account-link.title." + reason.name());
        }
        used.addAll(List.of(
                "account-link.UNKNOWN",
                "account-link.title.UNKNOWN",
                "choose-password.advice.INVITATION",
                "choose-password.advice.PASSWORD_RESET"));
        // The mails about an account (through MailTexts) and the account pages' paragraphs (text(...)).
        Pattern helperKey = Pattern.compile("(?:texts\\.get|[^A-Za-z]text)\\(\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/nl/geboortezorg/werkplaats/users/ui"))) {
            List<Path> files = new java.util.ArrayList<>(sources.toList());
            files.add(Path.of("src/main/java/nl/geboortezorg/werkplaats/users/AccountMails.java"));
            for (Path source : files) {
                Matcher matcher = helperKey.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        Arrays.stream(SessionState.values()).forEach(state -> used.add("session-state." + state.name()));
        Arrays.stream(ActionStatus.values()).forEach(status -> used.add("action-status." + status.name()));
        Arrays.stream(BottleneckCategory.values()).forEach(c -> used.add("bottleneck-category." + c.name()));
        Arrays.stream(BottleneckStatus.values()).forEach(status -> used.add("bottleneck-status." + status.name()));
        Arrays.stream(Addressee.values()).forEach(addressee -> used.add("addressee." + addressee.name()));
        for (PublicationLevel level : PublicationLevel.values()) {
            used.add("publication-level." + level.name());
            used.add("publication-level." + level.name() + ".long");
        }
        for (FactsheetState state : FactsheetState.values()) {
            used.add("factsheet-state." + state.name());
            used.add("factsheet.not-editable." + state.name());
            used.add("factsheet.transition-refused." + state.name());
            used.add("factsheet.delete-refused." + state.name());
        }
        for (FactsheetSection section : FactsheetSection.values()) {
            used.add("factsheet-section." + section.name());
            used.add("factsheet.section-required." + section.name());
            if (section != FactsheetSection.PARTNERS) {
                used.add("factsheet-hint." + section.name());
            }
        }

        Arrays.stream(nl.geboortezorg.werkplaats.mkba.AnalysisState.values())
                .forEach(v -> used.add("analysis-state." + v.name()));
        Arrays.stream(nl.geboortezorg.werkplaats.mkba.AmountMode.values())
                .forEach(v -> used.add("amount-mode." + v.name()));
        Arrays.stream(nl.geboortezorg.werkplaats.mkba.model.FlowKind.values())
                .forEach(v -> used.add("flow-kind." + v.name()));
        Arrays.stream(nl.geboortezorg.werkplaats.mkba.model.Confidence.values())
                .forEach(v -> used.add("confidence." + v.name()));
        Arrays.stream(nl.geboortezorg.werkplaats.mkba.model.ValueType.values())
                .forEach(v -> used.add("value-type." + v.name()));
        Arrays.stream(nl.geboortezorg.werkplaats.mkba.model.FundingStream.values())
                .forEach(v -> used.add("funding-stream." + v.name()));
        Arrays.stream(nl.geboortezorg.werkplaats.mkba.model.EffectDirection.values())
                .forEach(v -> used.add("effect-direction." + v.name()));

        for (String column : List.of(
                "kind",
                "description",
                "stakeholder",
                "value-type",
                "mode",
                "amount",
                "from-year",
                "to-year",
                "growth",
                "deadweight",
                "attribution",
                "optimism-bias",
                "drop-off",
                "source",
                "confidence")) {
            used.add("mkba-xlsx.column." + column);
        }

        for (nl.geboortezorg.werkplaats.anchoring.Dimension dimension :
                nl.geboortezorg.werkplaats.anchoring.Dimension.values()) {
            used.add("anchoring-dimension." + dimension.name());
            for (int level = 1; level <= 5; level++) {
                used.add("anchoring-level." + dimension.name() + "." + level);
            }
        }

        used.add("privacy.citizen-service-number");
        Arrays.stream(nl.geboortezorg.werkplaats.common.PersonalData.Kind.values())
                .forEach(kind -> used.add("personal-data.kind." + kind.name()));
        Arrays.stream(nl.geboortezorg.werkplaats.search.SearchType.values())
                .forEach(type -> used.add("search.type." + type.name()));
        Arrays.stream(nl.geboortezorg.werkplaats.notifications.ActivityKind.values())
                .forEach(kind -> used.add("activity.kind." + kind.name()));
        for (nl.geboortezorg.werkplaats.notifications.DigestFrequency frequency :
                nl.geboortezorg.werkplaats.notifications.DigestFrequency.values()) {
            used.add("digest.frequency." + frequency.name());
            if (frequency != nl.geboortezorg.werkplaats.notifications.DigestFrequency.NONE) {
                used.add("digest.intro." + frequency.name());
            }
        }

        assertThat(used).hasSizeGreaterThan(50);
        assertThat(load("nl").stringPropertyNames()).containsAll(used);
    }
}
