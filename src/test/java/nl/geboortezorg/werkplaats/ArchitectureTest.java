package nl.geboortezorg.werkplaats;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.geboortezorg.werkplaats.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The architecture as rules: packages by feature, Vaadin only in views and the security/UI base,
 * jOOQ only in a feature's internal package, repositories used by their own feature's services,
 * and no cycles between features.
 */
class ArchitectureTest {

    private static final String ROOT = "nl.geboortezorg.werkplaats";

    /** Imported once for all rules: JUnit makes a new instance per test, and the import is the slow part. */
    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void vaadin_is_used_only_in_ui_packages_and_the_security_configuration() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..ui..", ROOT + ".security")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(classes);
    }

    @Test
    void the_cost_benefit_model_is_plain_java() {
        // the JSpecify nullness annotations only describe the Java types; they bring no framework in
        classes()
                .that()
                .resideInAPackage(ROOT + ".mkba.model..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.jspecify.annotations..", ROOT + ".mkba.model..")
                .check(classes);
    }

    /**
     * The generated schema is left out: its columns carry each feature's own types (enums), while
     * each feature's repositories read the schema, so it sits below the features by design.
     */
    @Test
    void features_have_no_cycles() {
        slices().matching(ROOT + ".(*)..")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(
                        JavaClass.Predicates.resideInAPackage(ROOT + ".db.."), DescribedPredicate.alwaysTrue())
                .check(classes);
    }

    @Test
    void jooq_and_the_generated_schema_are_used_only_in_internal_packages() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..internal..", ROOT + ".db..", ROOT + ".demo..", ROOT + ".database.jooq..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jooq..", ROOT + ".db..")
                .check(classes);
    }

    @Test
    void repositories_live_in_internal_packages_and_serve_only_their_own_feature() {
        classes()
                .that()
                .areAnnotatedWith(Repository.class)
                .should()
                .resideInAPackage("..internal..")
                .check(classes);
        Set<String> features = classes.stream()
                .map(JavaClass::getPackageName)
                .filter(name -> name.endsWith(".internal"))
                .map(name -> name.substring(ROOT.length() + 1, name.length() - ".internal".length()))
                .collect(Collectors.toSet());
        assertThat(features).contains("audit", "regions", "users", "security", "sessions");
        for (String feature : features) {
            classes()
                    .that()
                    .resideInAPackage(ROOT + "." + feature + ".internal..")
                    .should()
                    .onlyBeAccessed()
                    .byAnyPackage(ROOT + "." + feature, ROOT + "." + feature + ".internal..")
                    .check(classes);
        }
    }

    @Test
    void views_do_not_touch_repositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..internal..")
                .check(classes);
    }

    @Test
    void only_services_record_audit_events() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .callMethod(AuditTrail.class, "record", String.class, Object.class, String.class, Map.class)
                .check(classes);
    }

    @Test
    void services_own_their_transactions() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .and()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .resideOutsideOfPackage("..internal..")
                .should()
                .beAnnotatedWith(Transactional.class)
                .check(classes);
        noClasses()
                .that()
                .areAnnotatedWith(Repository.class)
                .should()
                .beAnnotatedWith(Transactional.class)
                .check(classes);
    }

    /**
     * Other features link to a view through its feature's {@code *Navigation} class or a
     * {@code Destination}, so that a route's path lives in its {@code @Route} alone; only the
     * sign-in view is named outside its package, by the security configuration.
     */
    @Test
    void views_are_package_private() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .and()
                .doNotHaveFullyQualifiedName(ROOT + ".security.ui.LoginView")
                .should()
                .notBePublic()
                .check(classes);
    }

    @Test
    void every_view_declares_who_may_open_it() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
                .orShould()
                .beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(com.vaadin.flow.server.auth.AnonymousAllowed.class)
                .check(classes);
    }
}
