package nl.geboortezorg.werkplaats.common;

import static nl.geboortezorg.werkplaats.db.Tables.LIVE_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.geboortezorg.werkplaats.common.internal.LiveEventRepository;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Live events between application instances: each delivered once, late commits too, rollbacks never. */
@IntegrationTest
class LiveRelayTest {

    @Autowired
    LiveRelay relay;

    @Autowired
    LiveEventRepository events;

    @Autowired
    DSLContext dsl;

    @Autowired
    TransactionTemplate transaction;

    private final List<String> heard = new CopyOnWriteArrayList<>();

    /** A channel of its own for each test, listened to for key 7. */
    private LiveChannel<String> channel(String name) {
        LiveChannel<String> channel = relay.channel(name, text -> text, text -> "decoded " + text);
        channel.subscribe(7, heard::add);
        return channel;
    }

    /** Writes an event as another instance would, with the given id. */
    private void fromAnotherInstance(long id, String name, long key, String payload) {
        dsl.insertInto(LIVE_EVENT)
                .set(LIVE_EVENT.ID, id)
                .set(LIVE_EVENT.NODE, "another-instance")
                .set(LIVE_EVENT.CHANNEL, name)
                .set(LIVE_EVENT.EVENT_KEY, key)
                .set(LIVE_EVENT.PAYLOAD, payload)
                .set(LIVE_EVENT.CREATED_AT, Instant.now())
                .execute();
    }

    private long nextId() {
        return events.lastId() + 1;
    }

    @Test
    void events_of_another_instance_are_delivered_once_even_when_an_earlier_id_commits_later() {
        String name = "relay-order-" + System.nanoTime();
        channel(name);
        relay.receive();
        long first = nextId();

        fromAnotherInstance(first + 1, name, 7, "tweede");
        fromAnotherInstance(first + 2, name, 8, "niemand luistert");
        relay.receive();
        assertThat(heard).containsExactly("decoded tweede");

        // the transaction that took the earlier id commits only now
        fromAnotherInstance(first, name, 7, "eerste");
        relay.receive();
        relay.receive();
        assertThat(heard).containsExactly("decoded tweede", "decoded eerste");
    }

    @Test
    void a_published_event_is_heard_here_once_after_commit_and_not_at_all_when_rolled_back() throws Exception {
        LiveChannel<String> channel = channel("relay-commit-" + System.nanoTime());

        transaction.executeWithoutResult(status -> {
            channel.publishAfterCommit(7, "bewaard");
            assertThat(heard).as("not before the commit").isEmpty();
        });
        relay.awaitDelivery(Duration.ofSeconds(10));
        assertThat(heard).containsExactly("bewaard");

        transaction.executeWithoutResult(status -> {
            channel.publishAfterCommit(7, "teruggedraaid");
            status.setRollbackOnly();
        });
        relay.awaitDelivery(Duration.ofSeconds(10));
        long until = System.nanoTime() + Duration.ofMillis(600).toNanos();
        while (System.nanoTime() < until) {
            relay.receive();
            Thread.sleep(50);
        }
        assertThat(heard)
                .as("own events are not heard again through the database, rolled back ones never")
                .containsExactly("bewaard");
    }
}
