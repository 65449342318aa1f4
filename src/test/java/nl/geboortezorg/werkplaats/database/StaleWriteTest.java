package nl.geboortezorg.werkplaats.database;

import static nl.geboortezorg.werkplaats.db.Tables.AGENDA_ITEM;
import static nl.geboortezorg.werkplaats.db.Tables.APP_USER;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK;
import static nl.geboortezorg.werkplaats.db.Tables.BOTTLENECK_COMMENT;
import static nl.geboortezorg.werkplaats.db.Tables.MINUTES_CORRECTION;
import static nl.geboortezorg.werkplaats.db.Tables.ORGANISATION;
import static nl.geboortezorg.werkplaats.db.Tables.REGION;
import static nl.geboortezorg.werkplaats.db.Tables.SESSION_ACTION;
import static nl.geboortezorg.werkplaats.db.Tables.WORK_SESSION;
import static nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.bottleneckDraft;
import static nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.sessionDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import nl.geboortezorg.werkplaats.bottlenecks.BottleneckService;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.Language;
import nl.geboortezorg.werkplaats.db.DefaultSchema;
import nl.geboortezorg.werkplaats.regions.OrganisationDraft;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.security.Role;
import nl.geboortezorg.werkplaats.sessions.ActionStatus;
import nl.geboortezorg.werkplaats.sessions.MinutesService;
import nl.geboortezorg.werkplaats.sessions.SessionOutcomeService;
import nl.geboortezorg.werkplaats.sessions.WorkSessionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.ServiceFixtures;
import nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.Fixture;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import nl.geboortezorg.werkplaats.users.UserDraft;
import nl.geboortezorg.werkplaats.users.UserService;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every table that is edited under optimistic locking (a record version in the generated schema,
 * or a version of its own for a part written apart) refuses a stale write through the service
 * that writes it: someone else's write raises the row's version first, the call with the version
 * it read fails with {@link ConcurrentEditException}, and the row is left as the other write left
 * it. A table that gains a version column fails this test until it has its scenario here.
 */
@IntegrationTest
class StaleWriteTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext dsl;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    UserDetailsService users;

    @Autowired
    RegionService regions;

    @Autowired
    UserService userService;

    @Autowired
    WorkSessionService sessions;

    @Autowired
    SessionOutcomeService outcomes;

    @Autowired
    MinutesService minutes;

    @Autowired
    BottleneckService bottlenecks;

    /** A write of one row by whoever may make it, with the version the fixture read. */
    private record Scenario(TableField<?, Integer> version, ToLongFunction<Fixture> id, String who,
            Consumer<Fixture> write) {
    }

    private Map<TableField<?, Integer>, Scenario> scenarios() {
        Map<TableField<?, Integer>, Scenario> all = new LinkedHashMap<>();
        Stream.of(
                new Scenario(REGION.VERSION, f -> f.denHaag().id(), DemoUsers.ADMIN,
                        f -> regions.updateRegion(f.denHaag().id(), f.denHaag().version(), f.denHaag().name(),
                                "Nieuwe omschrijving")),
                new Scenario(ORGANISATION.VERSION, f -> f.organisation().id(), DemoUsers.ADMIN,
                        f -> regions.updateOrganisation(f.organisation().id(), f.organisation().version(),
                                new OrganisationDraft("Andere naam", OrganisationType.OTHER))),
                new Scenario(APP_USER.VERSION, f -> f.target().id(), DemoUsers.ADMIN,
                        f -> userService.update(f.target().id(), f.target().version(), new UserDraft(null,
                                "Andere naam", Role.PROFESSIONAL, Set.of(f.denHaag().id()), Language.NL))),
                new Scenario(WORK_SESSION.VERSION, f -> f.planned().id(), DemoUsers.FACILITATOR,
                        f -> sessions.update(f.planned().id(), f.planned().version(), sessionDraft(f.denHaag()))),
                new Scenario(AGENDA_ITEM.NOTES_VERSION, f -> f.running().agenda().getFirst().id(),
                        DemoUsers.FACILITATOR,
                        f -> sessions.saveNotes(f.running().agenda().getFirst().id(),
                                f.running().agenda().getFirst().notesVersion(), "- Mijn notitie")),
                new Scenario(SESSION_ACTION.VERSION, f -> f.action().id(), DemoUsers.FACILITATOR,
                        f -> outcomes.setActionStatus(f.action().id(), f.action().version(), ActionStatus.DONE)),
                new Scenario(MINUTES_CORRECTION.VERSION, f -> f.correction().id(), DemoUsers.FACILITATOR,
                        f -> minutes.acceptCorrection(f.correction().id(), f.correction().version(), null)),
                new Scenario(BOTTLENECK.VERSION, f -> f.bottleneck().id(), DemoUsers.FACILITATOR,
                        f -> bottlenecks.update(f.bottleneck().id(), f.bottleneck().version(),
                                bottleneckDraft("Andere titel"))),
                new Scenario(BOTTLENECK_COMMENT.VERSION, f -> f.comment().id(), DemoUsers.FACILITATOR,
                        f -> bottlenecks.hideComment(f.comment().id(), f.comment().version(), "Bevat een naam")))
                .forEach(scenario -> all.put(scenario.version(), scenario));
        return all;
    }

    /** The record version of every table, as the code generator declared it, and the versions of parts. */
    private static List<TableField<?, Integer>> versionedColumns() {
        Stream<TableField<?, Integer>> recordVersions = DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .map(Table::getRecordVersion)
                .filter(java.util.Objects::nonNull)
                .map(StaleWriteTest::integerField);
        return Stream.concat(recordVersions, Stream.of(AGENDA_ITEM.NOTES_VERSION)).toList();
    }

    @SuppressWarnings("unchecked")
    private static TableField<?, Integer> integerField(TableField<?, ?> field) {
        assertThat(field.getType()).as(field.getQualifiedName().toString()).isEqualTo(Integer.class);
        return (TableField<?, Integer>) field;
    }

    @Test
    void every_versioned_table_has_a_stale_write_scenario() {
        assertThat(versionedColumns()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(scenarios().keySet()).containsExactlyInAnyOrderElementsOf(versionedColumns());
    }

    @TestFactory
    Stream<DynamicTest> a_stale_write_of_each_versioned_table_is_refused_and_changes_nothing() {
        return scenarios().values().stream().map(scenario -> DynamicTest.dynamicTest(
                scenario.version().getQualifiedName().toString(), () -> refusesStaleWrite(scenario)));
    }

    private void refusesStaleWrite(Scenario scenario) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            Fixture fixture = new ServiceFixtures(context).make();
            Table<?> table = scenario.version().getTable();
            Field<Long> id = idOf(table);
            long rowId = scenario.id().applyAsLong(fixture);
            // Someone else writes the row first.
            assertThat(dsl.update(table).set(scenario.version(), scenario.version().plus(1))
                    .where(id.eq(rowId)).execute()).isEqualTo(1);
            Map<String, Object> before = row(table, id, rowId);

            SignIn.as(users, scenario.who());
            assertThatThrownBy(() -> scenario.write().accept(fixture)).isInstanceOf(ConcurrentEditException.class);
            assertThat(row(table, id, rowId)).isEqualTo(before);
        });
    }

    private Map<String, Object> row(Table<?> table, Field<Long> id, long rowId) {
        return dsl.selectFrom(table).where(id.eq(rowId)).fetchSingle().intoMap();
    }

    private static Field<Long> idOf(Table<?> table) {
        Field<?> id = table.field(DSL.name("id"));
        assertThat(id).as(table.getName() + ".id").isNotNull();
        return id.coerce(Long.class);
    }
}
