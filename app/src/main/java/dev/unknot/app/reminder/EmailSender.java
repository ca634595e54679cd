package dev.unknot.app.reminder;

import io.micronaut.context.annotation.Property;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Deque;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/** Mails reminders through the SMTP server named by {@code UNKNOT_SMTP_URL}, from {@code UNKNOT_MAIL_FROM}. */
@Singleton
public class EmailSender implements ReminderSender {

    /** How long a connection may wait for the next mail: mail servers close idle ones after a while. */
    static final Duration IDLE = Duration.ofSeconds(30);

    static final String NOT_CONFIGURED =
            "this server cannot send email: its operator has not set UNKNOT_SMTP_URL and UNKNOT_MAIL_FROM";

    private final Optional<MailRelay> relay;
    private final Optional<String> misconfigured;
    // One session for every mail: making one reads the mail providers afresh each time.
    private final Optional<Session> session;
    // Connections kept open between mails, the last used first: a new connection costs the mail
    // server's greeting, EHLO (and STARTTLS, login) before the mail, and QUIT after it. There are
    // never more than the threads sending at one time.
    private final Deque<Kept> open = new ConcurrentLinkedDeque<>();

    EmailSender(
            @Property(name = "unknot.smtp.url") Optional<String> url,
            @Property(name = "unknot.mail.from") Optional<String> from) {
        Optional<MailRelay> parsed = Optional.empty();
        Optional<String> problem = Optional.empty();
        if (url.filter(value -> !value.isBlank()).isPresent()) {
            try {
                parsed = Optional.of(MailRelay.parse(url.get(), from.orElse("")));
            } catch (IllegalArgumentException e) {
                problem = Optional.of(e.getMessage());
            }
        }
        this.relay = parsed;
        this.misconfigured = problem;
        this.session = parsed.map(EmailSender::session);
    }

    private static Session session(MailRelay mail) {
        Properties properties = new Properties();
        String protocol = protocol(mail);
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", mail.host());
        properties.put("mail." + protocol + ".port", String.valueOf(mail.port()));
        properties.put("mail." + protocol + ".auth", String.valueOf(mail.user().isPresent()));
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "20000");
        properties.put("mail." + protocol + ".writetimeout", "20000");
        if (!mail.tls()) {
            properties.put("mail.smtp.starttls.enable", "true");
        }
        return Session.getInstance(properties);
    }

    private static String protocol(MailRelay mail) {
        return mail.tls() ? "smtps" : "smtp";
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    /** Why email cannot be sent, when it cannot: not configured, or configured wrongly. */
    public Optional<String> unavailable() {
        return relay.isPresent() ? Optional.empty() : Optional.of(misconfigured.orElse(NOT_CONFIGURED));
    }

    @Override
    public void send(ReminderSettings settings, ReminderMessage message) {
        MailRelay mail =
                relay.orElseThrow(() -> new SendFailedException(unavailable().orElseThrow()));
        String to = settings.email().orElseThrow(() -> new SendFailedException("no email address is set"));
        Session session = this.session.orElseThrow();
        MimeMessage mime;
        try {
            mime = new MimeMessage(session);
            mime.setFrom(new InternetAddress(mail.from()));
            mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            mime.setSubject(message.title(), "UTF-8");
            mime.setSentDate(new Date());
            String link = message.open().map(open -> "\n\nOpen Unknot: " + open).orElse("");
            mime.setText(message.body() + link + "\n", "UTF-8");
        } catch (MessagingException e) {
            throw new SendFailedException(
                    "the reminder to " + to + " could not be written as a mail: " + e.getMessage(), e);
        }
        Kept kept = open.pollFirst();
        if (kept != null && kept.idleSince().isBefore(Instant.now().minus(IDLE))) {
            close(kept.transport());
            kept = null;
        }
        if (kept != null) {
            try {
                kept.transport().sendMessage(mime, mime.getAllRecipients());
                open.offerFirst(new Kept(kept.transport(), Instant.now()));
                return;
            } catch (MessagingException e) {
                close(kept.transport());
                if (refusedForGood(e)) {
                    throw refused(mail, e);
                }
                // Most likely the server closed a connection kept open too long: try a new one.
            }
        }
        try {
            Transport transport = session.getTransport(protocol(mail));
            transport.connect(
                    mail.host(),
                    mail.port(),
                    mail.user().orElse(null),
                    mail.password().orElse(null));
            try {
                transport.sendMessage(mime, mime.getAllRecipients());
            } catch (MessagingException e) {
                close(transport);
                throw e;
            }
            open.offerFirst(new Kept(transport, Instant.now()));
        } catch (MessagingException e) {
            throw refused(mail, e);
        }
    }

    /** Closes the connections kept open: nothing more is to be sent for now. */
    @Override
    public void idle() {
        for (Kept kept = open.pollFirst(); kept != null; kept = open.pollFirst()) {
            close(kept.transport());
        }
    }

    @PreDestroy
    void stop() {
        idle();
    }

    private static SendFailedException refused(MailRelay mail, MessagingException e) {
        return new SendFailedException("the mail server " + mail + " refused the reminder: " + e.getMessage(), e);
    }

    /**
     * Whether the server said no to this mail itself (a 5xx reply, an address it refuses), so that
     * another connection would not help; a server that closed the connection answers nothing.
     */
    private static boolean refusedForGood(MessagingException e) {
        if (e instanceof SMTPSendFailedException failed) {
            return failed.getReturnCode() >= 500;
        }
        return e instanceof jakarta.mail.SendFailedException failed
                && failed.getInvalidAddresses() != null
                && failed.getInvalidAddresses().length > 0;
    }

    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            // Closing is saying goodbye; a server that has gone already needs none.
        }
    }

    /** A connection to the mail server between two mails, and since when it waits. */
    private record Kept(Transport transport, Instant idleSince) {}
}
