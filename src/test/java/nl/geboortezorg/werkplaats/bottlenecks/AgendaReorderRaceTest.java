package nl.geboortezorg.werkplaats.bottlenecks;

import static nl.geboortezorg.werkplaats.bottlenecks.BottleneckFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.testsupport.DemoUsers;
import nl.geboortezorg.werkplaats.testsupport.IntegrationTest;
import nl.geboortezorg.werkplaats.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Two facilitators reorder the agenda at the same moment, each in their own transaction. */
@IntegrationTest
class AgendaReorderRaceTest {

    @Autowired
    BottleneckService bottlenecks;

    @Autowired
    NationalAgendaService agenda;

    @Autowired
    RegionService regions;

    @Autowired
    UserDetailsService users;

    private List<Long> agendaIds() {
        return agenda.agenda().stream().map(AgendaEntry::bottleneckId).toList();
    }

    @Test
    void one_order_wins_the_other_is_told_and_no_item_is_lost_or_doubled() throws Exception {
        BottleneckFixture fixture = new BottleneckFixture(bottlenecks, agenda, regions, users);
        for (int i = 0; i < 3; i++) {
            fixture.promoted(fixture.raisedInDenHaag(unique("Wedloop")));
        }
        List<Long> seen = agendaIds();
        List<Long> reversed = new ArrayList<>(seen);
        Collections.reverse(reversed);
        List<Long> rotated = new ArrayList<>(seen);
        Collections.rotate(rotated, 1);

        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Object> first = reorderWhenStarted(start, seen, reversed);
        CompletableFuture<Object> second = reorderWhenStarted(start, seen, rotated);
        start.countDown();
        Object one = first.get(30, TimeUnit.SECONDS);
        Object other = second.get(30, TimeUnit.SECONDS);

        assertThat(List.of(one, other))
                .filteredOn(ConcurrentEditException.class::isInstance)
                .hasSize(1);
        List<Long> winner = one instanceof ConcurrentEditException ? rotated : reversed;
        SignIn.as(users, DemoUsers.OBSERVER);
        List<Long> result = agendaIds();
        assertThat(result).containsExactlyElementsOf(winner);
        assertThat(result).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(seen);
    }

    /** Reorders as the facilitator on another thread; completes with the result or the refusal. */
    private CompletableFuture<Object> reorderWhenStarted(CountDownLatch start, List<Long> seen, List<Long> order) {
        return CompletableFuture.supplyAsync(() -> {
            SignIn.as(users, DemoUsers.FACILITATOR);
            try {
                start.await();
                return agenda.reorder(seen, order);
            } catch (ConcurrentEditException refused) {
                return refused;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                SignIn.out();
            }
        });
    }
}
