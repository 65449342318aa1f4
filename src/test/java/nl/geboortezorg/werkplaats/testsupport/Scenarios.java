package nl.geboortezorg.werkplaats.testsupport;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * One transaction for the scenarios of a test class, rolled back when they are done, with a
 * savepoint for every scenario that is rolled back to after it: what the class made once (a
 * fixture) each scenario finds as it was made, and no scenario's writes reach the next one or the
 * database. Saves the cost of making the same items again for every scenario.
 *
 * <p>A scenario that ends the transaction (a statement that commits implicitly, a deadlock) makes
 * rolling back to its savepoint fail, and with it the scenario.
 */
public final class Scenarios implements AutoCloseable {

    private final PlatformTransactionManager transactions;
    private final TransactionStatus status;
    private @Nullable Object savepoint;

    private Scenarios(PlatformTransactionManager transactions, TransactionStatus status) {
        this.transactions = transactions;
        this.status = status;
    }

    /** Begins the transaction the scenarios share; make their fixture after this. */
    public static Scenarios begin(ApplicationContext context) {
        PlatformTransactionManager transactions = context.getBean(PlatformTransactionManager.class);
        return new Scenarios(transactions, transactions.getTransaction(new DefaultTransactionDefinition()));
    }

    /** Marks where the next scenario starts. */
    public void start() {
        end();
        savepoint = status.createSavepoint();
    }

    /** Runs one scenario between a savepoint and the rollback to it (for dynamic tests, which run no {@code @BeforeEach}). */
    public void run(Runnable scenario) {
        start();
        try {
            scenario.run();
        } finally {
            end();
        }
    }

    /** Takes back everything the scenario wrote. */
    public void end() {
        Object started = savepoint;
        if (started != null) {
            savepoint = null;
            status.rollbackToSavepoint(started);
            status.releaseSavepoint(started);
        }
    }

    /** Takes back everything, the shared fixture too. */
    @Override
    public void close() {
        try {
            end();
        } finally {
            transactions.rollback(status);
        }
    }
}
