package nl.geboortezorg.werkplaats.notifications;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.geboortezorg.werkplaats.common.ClusterLock;
import nl.geboortezorg.werkplaats.common.Destination;
import nl.geboortezorg.werkplaats.common.Destinations;
import nl.geboortezorg.werkplaats.common.DutchTime;
import nl.geboortezorg.werkplaats.notifications.internal.NotificationRepository;
import nl.geboortezorg.werkplaats.notifications.internal.NotificationRepository.DigestReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The e-mail digest: for everyone who asked for one (daily or weekly) and whose turn it is, one
 * plain-text message in their language with the unread notifications no digest has carried yet.
 * Runs on the hour, and only when a mail server is configured; nothing is sent otherwise.
 */
@Component
public class DigestMailer {

    private static final Logger LOG = LoggerFactory.getLogger(DigestMailer.class);
    /** More than this many waiting notifications are summed up, not listed. */
    static final int LISTED_MAX = 50;
    /** A digest may go a little early, so that an hourly check does not drift by an hour each day. */
    private static final Duration EARLY = Duration.ofMinutes(10);

    private final NotificationRepository notifications;
    private final Destinations destinations;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final ClusterLock lock;
    private final String from;
    private final String baseUrl;

    DigestMailer(
            NotificationRepository notifications,
            Destinations destinations,
            ObjectProvider<JavaMailSender> mailSender,
            Clock clock,
            ClusterLock lock,
            @Value("${wsg.mail.from}") String from,
            @Value("${wsg.base-url}") String baseUrl) {
        this.notifications = notifications;
        this.destinations = destinations;
        this.mailSender = mailSender;
        this.clock = clock;
        this.lock = lock;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** With several application instances, the one that takes the lock sends; the others skip. */
    @Scheduled(cron = "${wsg.mail.digest-cron}", zone = "Europe/Amsterdam")
    void onSchedule() {
        lock.runAlone("digest", this::sendDue);
    }

    /** Sends the digests that are due now; returns how many went. Without a mail server, none. */
    public int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Instant now = clock.instant();
        int sent = 0;
        for (DigestReader reader : notifications.digestReaders()) {
            if (!due(reader, now)) {
                continue;
            }
            List<Notification> waiting = notifications.notEmailed(reader.id(), LISTED_MAX + 1);
            if (waiting.isEmpty()) {
                continue;
            }
            try {
                sender.send(message(reader, waiting));
                notifications.markEmailed(
                        reader.id(),
                        waiting.stream().limit(LISTED_MAX).map(Notification::id).toList(),
                        now);
                sent++;
            } catch (MailException failed) {
                // Tried again at the next check; the notifications stay waiting.
                // The exception's message may hold the address; the user's id is enough to look it up.
                LOG.warn(
                        "Digest for user {} not sent: {}",
                        reader.id(),
                        failed.getClass().getSimpleName());
            }
        }
        return sent;
    }

    private static boolean due(DigestReader reader, Instant now) {
        if (reader.lastSent() == null) {
            return true;
        }
        Duration every = reader.frequency() == DigestFrequency.WEEKLY ? Duration.ofDays(7) : Duration.ofDays(1);
        return !now.isBefore(reader.lastSent().plus(every).minus(EARLY));
    }

    SimpleMailMessage message(DigestReader reader, List<Notification> waiting) {
        Locale locale = reader.language().locale();
        ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
        DateTimeFormatter when =
                DateTimeFormatter.ofPattern("d MMM HH:mm", locale).withZone(DutchTime.ZONE);
        StringBuilder body = new StringBuilder();
        body.append(format(texts, locale, "digest.greeting", reader.displayName()))
                .append("\n\n");
        body.append(format(texts, locale, "digest.intro." + reader.frequency().name()))
                .append("\n\n");
        for (Notification notification : waiting.stream().limit(LISTED_MAX).toList()) {
            Activity activity = notification.activity();
            body.append("- ")
                    .append(when.format(activity.occurredAt()))
                    .append("  ")
                    .append(format(
                            texts,
                            locale,
                            "activity.kind." + activity.kind().name(),
                            activity.actorName(),
                            activity.title()))
                    .append("\n  ")
                    .append(baseUrl)
                    .append(destinations.path(activity.destination()))
                    .append("\n");
        }
        if (waiting.size() > LISTED_MAX) {
            body.append("\n")
                    .append(format(texts, locale, "digest.more", baseUrl))
                    .append("\n");
        }
        body.append("\n")
                .append(format(texts, locale, "digest.footer", baseUrl + destinations.path(new Destination.Profile())))
                .append("\n");

        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(reader.email());
        message.setSubject(
                waiting.size() > LISTED_MAX
                        ? format(texts, locale, "digest.subject-many", LISTED_MAX)
                        : format(texts, locale, "digest.subject", waiting.size()));
        message.setText(body.toString());
        return message;
    }

    private static String format(ResourceBundle texts, Locale locale, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
