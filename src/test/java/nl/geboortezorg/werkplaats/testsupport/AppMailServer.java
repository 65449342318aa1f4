package nl.geboortezorg.werkplaats.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A mail server (GreenMail on a free port) that the test run's own application sends to while it
 * is open: it gives the application a {@link JavaMailSender} as a mail server configuration would,
 * and takes it away again on closing, so that the other tests keep an application without mail.
 */
public final class AppMailServer implements AutoCloseable {

    private static final String BEAN = "testMailSender";

    private final GreenMail mail;
    private final DefaultListableBeanFactory beans;

    private AppMailServer(GreenMail mail, DefaultListableBeanFactory beans) {
        this.mail = mail;
        this.beans = beans;
    }

    public static AppMailServer start(ApplicationContext context) {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(mail.getSmtp().getPort());
        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getAutowireCapableBeanFactory();
        beans.registerSingleton(BEAN, sender);
        return new AppMailServer(mail, beans);
    }

    /** Waits (up to ten seconds) until this many messages arrived in all, and answers them, oldest first. */
    public List<MimeMessage> awaitMails(int count) {
        mail.waitForIncomingEmail(10_000, count);
        return List.of(mail.getReceivedMessages());
    }

    public List<MimeMessage> mails() {
        return List.of(mail.getReceivedMessages());
    }

    @Override
    public void close() {
        beans.destroySingleton(BEAN);
        mail.stop();
    }
}
