package nl.geboortezorg.werkplaats.testsupport;

import java.util.Objects;
import nl.geboortezorg.werkplaats.testsupport.ServiceFixtures.Fixture;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A test class whose many scenarios call services on the same fixture: the fixture is made once,
 * in a transaction of its own, and every scenario is rolled back to a savepoint after it (see
 * {@link Scenarios}), so that each finds the fixture as it was made.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SharedFixtureScenarios {

    @Autowired
    protected ApplicationContext context;

    private @Nullable Scenarios rollbacks;

    private @Nullable Fixture shared;

    @BeforeAll
    void makeTheFixtureOnce() {
        rollbacks = Scenarios.begin(context);
        shared = new ServiceFixtures(context).makeShared();
    }

    @BeforeEach
    void startScenario() {
        Objects.requireNonNull(rollbacks).start();
    }

    @AfterEach
    void rollBackScenario() {
        Objects.requireNonNull(rollbacks).end();
    }

    @AfterAll
    void rollBackTheFixture() {
        if (rollbacks != null) {
            rollbacks.close();
            rollbacks = null;
        }
    }

    /** The shared fixture for one scenario, with an uploaded file of its own (saving one moves it). */
    protected Fixture fixtureForOneCall() {
        return new ServiceFixtures(context).forOneCall(Objects.requireNonNull(shared));
    }
}
