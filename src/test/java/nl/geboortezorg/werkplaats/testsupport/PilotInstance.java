package nl.geboortezorg.werkplaats.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.geboortezorg.werkplaats.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The application as a real pilot starts it: on an empty database of its own (beside the test
 * run's database, on the same MariaDB), without demo data, with the initial admin from the
 * configuration and a mail server (GreenMail) that receives everything it sends. It listens on a
 * port of its own and knows its own base address, so the links in its mails can be followed.
 */
public final class PilotInstance implements AutoCloseable {

    public static final String ADMIN_EMAIL = "beheer@pilot.example.nl";
    public static final String ADMIN_INITIAL_PASSWORD = "Eerste-wachtwoord-2026";

    private final ConfigurableApplicationContext application;
    private final GreenMail mail;
    private final int port;

    private PilotInstance(ConfigurableApplicationContext application, GreenMail mail, int port) {
        this.application = application;
        this.mail = mail;
        this.port = port;
    }

    /**
     * Starts the pilot on a new, empty database next to the one the test run uses (dropped first
     * if an earlier run left it).
     */
    public static PilotInstance start(DataSource testRunDatabase) {
        return start(testRunDatabase, "_pilot");
    }

    /**
     * Starts a pilot on a new, empty database of its own, named by the suffix (so that pilots of
     * different tests never share one), with further command-line arguments (for settings not
     * made here: a setting given twice would read as both values).
     */
    public static PilotInstance start(DataSource testRunDatabase, String databaseSuffix, String... extraArguments) {
        SiblingDatabase database = SiblingDatabase.create(testRunDatabase, databaseSuffix);
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        int port = freePort();
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--wsg.base-url=http://localhost:" + port,
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--wsg.demo-data=false",
                "--wsg.admin.email=" + ADMIN_EMAIL,
                "--wsg.admin.initial-password=" + ADMIN_INITIAL_PASSWORD,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.getSmtp().getPort(),
                "--wsg.mail.from=werkplaats@pilot.example.nl",
                "--wsg.documents.dir=target/pilot-documents",
                "--wsg.security.password-hash-cost=4",
                "--vaadin.devmode.devTools.enabled=false"));
        arguments.addAll(List.of(extraArguments));
        // Command-line arguments win over the environment CI sets for the test run's own instance.
        ConfigurableApplicationContext application = new SpringApplicationBuilder(Application.class)
                .initializers(context ->
                        context.getBeanFactory().registerSingleton("withoutTestClasses", new WithoutTestClasses()))
                .run(arguments.toArray(String[]::new));
        return new PilotInstance(application, mail, port);
    }

    public int port() {
        return port;
    }

    public <T> T bean(Class<T> type) {
        return application.getBean(type);
    }

    /** Every message the pilot sent so far, oldest first. */
    public List<MimeMessage> mails() {
        return List.of(mail.getReceivedMessages());
    }

    /** Waits (up to ten seconds) until the pilot has sent this many messages in all. */
    public List<MimeMessage> awaitMails(int count) {
        mail.waitForIncomingEmail(10_000, count);
        return mails();
    }

    @Override
    public void close() {
        application.close();
        mail.stop();
    }

    /** A port nothing listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Leaves the test classes (their clean-the-database and movable-clock beans) out of another instance. */
    public static final class WithoutTestClasses extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().toString().contains("test-classes");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof WithoutTestClasses;
        }

        @Override
        public int hashCode() {
            return WithoutTestClasses.class.hashCode();
        }
    }
}
