package nl.geboortezorg.werkplaats.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Simulated professionals on the production build, speaking Vaadin's protocol over HTTP: each signs
 * in once (its own HTTP and Vaadin session) and then, until the run ends, follows mixed journeys
 * with think times: the national agenda, a regional workspace, notes in a running session, a
 * bottleneck (recognised when their region has not yet, otherwise commented on), a cost-benefit
 * analysis. Ramps to {@code load.users} concurrent users over {@code load.ramp} seconds and keeps
 * them for {@code load.steady} seconds. The application is started and measured by
 * {@link LoadTarget} (CPU, live heap per session) around the run; Gatling measures the round trips.
 */
public class PlatformSimulation extends Simulation {

    private static final int USERS = Integer.getInteger("load.users", 500);
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("load.ramp", 120));
    private static final Duration STEADY = Duration.ofSeconds(Integer.getInteger("load.steady", 180));

    private static final LoadTarget TARGET = LoadTarget.start();
    /** What a user sees when the server failed (the error handler's notification): a failed request. */
    private static final String UNEXPECTED_ERROR = LoadTarget.dutchText("error.unexpected");

    private static final AtomicInteger SIGNED_IN = new AtomicInteger();
    /** When the users stop: the end of the steady phase. */
    private static volatile long end = Long.MAX_VALUE;

    private static VaadinClient client(Session session) {
        return (VaadinClient) session.get("client");
    }

    /** One round trip: the calls the client makes, the answer checked and taken in. */
    private static ChainBuilder roundTrip(String name, Function<VaadinClient, List<ObjectNode>> calls) {
        return roundTripOf(name, session -> calls.apply(client(session)));
    }

    private static ChainBuilder roundTripOf(String name, Function<Session, List<ObjectNode>> calls) {
        return exec(http(name)
                        .post(session -> "/?v-r=uidl&v-uiId=" + client(session).uiId())
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(session -> client(session).request(calls.apply(session))))
                        .check(
                                status().is(200),
                                substring("\"appError\"").notExists(),
                                substring("sessionExpired").notExists(),
                                substring(UNEXPECTED_ERROR).notExists(),
                                bodyString().saveAs("response")))
                .exec(PlatformSimulation::takeIn);
    }

    /** The answer of a round trip that succeeded; a failed one (already counted) changes nothing. */
    private static Session takeIn(Session session) {
        String response = session.getString("response");
        if (response != null && !session.isFailed()) {
            client(session).accept(response);
        }
        return session.remove("response");
    }

    /** Navigates to a page, then reads it for a while. */
    private static ChainBuilder open(String name, Function<Session, String> route) {
        return roundTripOf(name, session -> client(session).navigate(route.apply(session)))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    private static ChainBuilder act() {
        return pause(Duration.ofMillis(500), Duration.ofMillis(2000));
    }

    private static String text(String what) {
        return what + " " + ThreadLocalRandom.current().nextInt(1_000_000) + ": gezinnen met weinig geld vinden de weg"
                + " naar de kraamzorg te laat; de gemeente denkt mee.";
    }

    private static final ChainBuilder SIGN_IN = exec(http("login page")
                    .get("/login")
                    .check(
                            status().is(200),
                            regex("name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")))
            .exec(http("sign in")
                    .post("/login")
                    .formParam("username", "#{email}")
                    .formParam("password", LoadTarget.PASSWORD)
                    .formParam("_csrf", "#{csrf}")
                    .disableFollowRedirect()
                    .check(
                            status().is(302),
                            header("Location")
                                    .transform(l -> l.contains("error"))
                                    .is(false)))
            .exec(http("start page").get("/").check(status().is(200)))
            .exec(http("start UI")
                    .get("/?v-r=init&location=&query=")
                    .check(status().is(200), bodyString().saveAs("response")))
            .exec(session -> {
                SIGNED_IN.incrementAndGet();
                return session.set("client", VaadinClient.init(session.getString("response")))
                        .remove("response");
            })
            .exitHereIfFailed()
            .exec(open("home", session -> ""));

    private static final ChainBuilder AGENDA = open("national agenda", session -> "nationale-agenda");

    private static final ChainBuilder WORKSPACE = open("workspace", session -> "regio/" + session.getString("region"));

    private static final ChainBuilder NOTES = open("session", session -> "sessies/" + session.getLong("session"))
            .exec(roundTrip("type notes", c -> c.typeIntoAny("notes-", text("Aantekening"))))
            .exec(act());

    private static final ChainBuilder BOTTLENECK = open(
                    "bottleneck", session -> "knelpunten/" + TARGET.randomBottleneck())
            .doIfOrElse(session -> client(session).has("recognise"))
            .then(exec(roundTrip("open recognise", c -> c.click("recognise")))
                    .exec(act())
                    .exec(roundTrip("type quote", c -> c.type("recognition-quote", text("Herkenbaar"))))
                    .exec(act())
                    .exec(roundTrip("save recognition", c -> c.click("save-recognition"))))
            .orElse(exec(roundTrip("type comment", c -> c.type("comment-body", text("Reactie"))))
                    .exec(act())
                    .exec(roundTrip("post comment", c -> c.click("post-comment"))))
            .exec(act());

    private static final ChainBuilder ANALYSIS = open("analysis", session -> "mkba/" + session.getLong("analysis"));

    private final ScenarioBuilder professionals = scenario("professionals")
            .feed(feeder())
            .exec(SIGN_IN)
            .asLongAs(session -> System.nanoTime() < end)
            .on(randomSwitch()
                    .on(
                            percent(25.0).then(AGENDA),
                            percent(20.0).then(WORKSPACE),
                            percent(25.0).then(NOTES),
                            percent(15.0).then(BOTTLENECK),
                            percent(15.0).then(ANALYSIS)));

    private static Iterator<Map<String, Object>> feeder() {
        AtomicInteger next = new AtomicInteger();
        return Stream.generate(() -> TARGET.user(next.getAndIncrement())).iterator();
    }

    {
        HttpProtocolBuilder protocol = http.baseUrl(TARGET.baseUrl())
                .acceptHeader("*/*")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("werkplaats-load/1.0")
                .disableCaching();
        setUp(professionals.injectClosed(
                        rampConcurrentUsers(0).to(USERS).during(RAMP),
                        constantConcurrentUsers(USERS).during(STEADY)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        TARGET.beginMeasuring();
        end = System.nanoTime() + RAMP.plus(STEADY).toNanos();
    }

    @Override
    public void after() {
        TARGET.finish(SIGNED_IN.get());
    }
}
