package dev.unknot.app.reminder;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

/** Mails reminders through the SMTP server named by {@code UNKNOT_SMTP_URL}, from {@code UNKNOT_MAIL_FROM}. */
@Singleton
public class EmailSender implements ReminderSender {

    static final String NOT_CONFIGURED =
            "this server cannot send email: its operator has not set UNKNOT_SMTP_URL and UNKNOT_MAIL_FROM";

    private final Optional<MailRelay> relay;
    private final Optional<String> misconfigured;
    // One session for every mail: making one reads the mail providers afresh each time.
    private final Optional<Session> session;

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
        String protocol = protocol(mail);
        try {
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom(new InternetAddress(mail.from()));
            mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            mime.setSubject(message.title(), "UTF-8");
            mime.setSentDate(new Date());
            String link = message.open().map(open -> "\n\nOpen Unknot: " + open).orElse("");
            mime.setText(message.body() + link + "\n", "UTF-8");
            try (Transport transport = session.getTransport(protocol)) {
                transport.connect(
                        mail.host(),
                        mail.port(),
                        mail.user().orElse(null),
                        mail.password().orElse(null));
                transport.sendMessage(mime, mime.getAllRecipients());
            }
        } catch (MessagingException e) {
            throw new SendFailedException("the mail server " + mail + " refused the reminder: " + e.getMessage(), e);
        }
    }
}
