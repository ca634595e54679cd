package dev.unknot.app.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The mail connections EmailSender keeps open between mails, against a GreenMail server. */
class EmailSenderTests {

    private final int port = freePort();
    private GreenMail mail = started(port);
    private final EmailSender sender =
            new EmailSender(Optional.of("smtp://127.0.0.1:" + port), Optional.of("unknot@example.org"));

    @AfterEach
    void stop() {
        sender.idle();
        mail.stop();
    }

    @Test
    void mailsOneAfterTheOtherAllArrive() {
        for (int i = 0; i < 5; i++) {
            sender.send(to("ada"), ReminderMessage.test(Channel.EMAIL, Optional.empty()));
        }
        assertThat(mail.getReceivedMessages()).hasSize(5);
    }

    @Test
    void aConnectionTheServerClosedIsReplacedWithoutLosingTheMail() {
        sender.send(to("ada"), ReminderMessage.test(Channel.EMAIL, Optional.empty()));
        // The kept connection dies with the server; the one that comes back on the port is new.
        mail.stop();
        mail = started(port);

        sender.send(to("bob"), ReminderMessage.test(Channel.EMAIL, Optional.empty()));

        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void afterARunTheConnectionsAreClosedAndTheNextMailOpensOne() {
        sender.send(to("ada"), ReminderMessage.test(Channel.EMAIL, Optional.empty()));
        sender.idle();
        sender.send(to("bob"), ReminderMessage.test(Channel.EMAIL, Optional.empty()));
        assertThat(mail.getReceivedMessages()).hasSize(2);
    }

    private static ReminderSettings to(String name) {
        return new ReminderSettings(
                Set.of(Channel.EMAIL), Optional.of(name + "@example.org"), Optional.empty(), Optional.empty());
    }

    private static GreenMail started(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
