package dev.unknot.web.settings;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import dev.unknot.app.person.Person;
import dev.unknot.app.reminder.Channel;
import dev.unknot.app.reminder.PushSubscription;
import dev.unknot.app.reminder.PushSubscriptions;
import dev.unknot.app.reminder.ReminderService;
import dev.unknot.web.testing.UnknotUi;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Settings section for Web Push. Karibu runs no JavaScript: the tests answer for the browser,
 * as {@code unknot-push.js} would, through the section's state and its server calls.
 */
class PushSectionTests {

    @RegisterExtension
    static final UnknotUi ui = new UnknotUi();

    PushSection open(String username) {
        ui.open(username);
        ui.navigate("settings");
        return _get(PushSection.class);
    }

    PushSubscriptions subscriptions() {
        return ui.bean(PushSubscriptions.class);
    }

    static String endpoint(String name) {
        return "https://push.example.org/send/" + name;
    }

    @Test
    void theSectionWaitsForTheBrowserThenOffersToSubscribe() {
        PushSection section = open("push.ada");
        assertThat(section.status.getText()).isEqualTo("Checking what this browser can do…");
        assertThat(visible(section.start)).isFalse();

        section.browserState("none");

        assertThat(section.status.getText()).isEqualTo("This browser gets no reminders.");
        assertThat(visible(section.start)).isTrue();
        assertThat(section.start.getText()).isEqualTo("Get reminders on this browser");
        assertThat(visible(section.stop)).isFalse();
        assertThat(visible(section.browsers)).isFalse();
    }

    @Test
    void aSubscribedBrowserIsKeptForThePersonAndStopsOnStop() throws Exception {
        PushSection section = open("push.bea");
        Person bea = ui.account("push.bea");
        section.browserState("none");

        section.subscribed(endpoint("bea"), p256dh(), auth());

        assertThat(subscriptions().of(bea.id()))
                .extracting(PushSubscription::endpoint)
                .extracting(Object::toString)
                .containsExactly(endpoint("bea"));
        assertThat(ui.bean(ReminderService.class).settings(bea.id()).channels()).containsExactly(Channel.WEB_PUSH);
        assertThat(section.status.getText()).isEqualTo("This browser gets your reminders.");
        assertThat(visible(section.start)).isFalse();
        assertThat(visible(section.stop)).isTrue();
        assertThat(visible(section.test)).isTrue();
        assertThat(section.browsers.getElement().getTextRecursively()).contains("(this browser)");
        NotificationsKt.expectNotifications("This browser will get your reminders.");

        // Back on the page later, the browser says it still has the subscription.
        ui.navigate("");
        ui.navigate("settings");
        PushSection again = _get(PushSection.class);
        again.browserState("subscribed " + endpoint("bea"));
        assertThat(again.status.getText()).isEqualTo("This browser gets your reminders.");

        _click(again.stop);

        assertThat(subscriptions().of(bea.id())).isEmpty();
        assertThat(ui.bean(ReminderService.class).settings(bea.id()).channels()).isEmpty();
        assertThat(again.status.getText()).isEqualTo("This browser gets no reminders.");
        assertThat(visible(again.start)).isTrue();
    }

    @Test
    void aSubscriptionTheServerDoesNotHaveForThisPersonCountsAsNone() throws Exception {
        Person other = ui.account("push.other");
        subscriptions().subscribe(other.id(), endpoint("shared"), p256dh(), auth(), "");
        PushSection section = open("push.cleo");

        section.browserState("subscribed " + endpoint("shared"));

        assertThat(section.status.getText()).isEqualTo("This browser gets no reminders.");
        assertThat(visible(section.start)).isTrue();
        assertThat(section.browsers.getElement().getTextRecursively()).isEmpty();
    }

    @Test
    void whatABrowserCannotDoIsSaidInAPersonsWords() {
        PushSection section = open("push.dan");

        section.browserState("insecure");
        assertThat(section.status.getText()).contains("not served over HTTPS");
        assertThat(visible(section.start)).isFalse();

        section.browserState("unsupported");
        assertThat(section.status.getText()).startsWith("This browser cannot get push reminders.");

        section.browserState("none");
        section.failed("denied");
        assertThat(section.status.getText()).startsWith("Notifications are blocked for Unknot in this browser.");
        assertThat(visible(section.start)).isFalse();
    }

    @Test
    void aRefusedSubscriptionKeepsNothingAndSaysWhy() throws Exception {
        PushSection section = open("push.eve");
        Person eve = ui.account("push.eve");
        section.browserState("none");

        section.subscribed("http://push.example.org/send/eve", p256dh(), auth());

        assertThat(subscriptions().of(eve.id())).isEmpty();
        assertThat(NotificationsKt.getNotifications())
                .extracting(PushSectionTests::text)
                .anySatisfy(text -> assertThat(text)
                        .startsWith("This browser's subscription was refused: a push endpoint must be an https"));
        assertThat(visible(section.start)).isTrue();
    }

    @Test
    void aTestWithNoReachableBrowserSaysWhyItDidNotGo() throws Exception {
        PushSection section = open("push.fay");
        section.browserState("none");
        // Nothing listens on port 1 of this machine.
        section.subscribed("http://127.0.0.1:1/push/fay", p256dh(), auth());

        _click(section.test);

        assertThat(NotificationsKt.getNotifications())
                .extracting(PushSectionTests::text)
                .anySatisfy(text -> assertThat(text).startsWith("The test reminder did not go: "));
    }

    private static boolean visible(Component component) {
        return PushSection.shown(component);
    }

    private static String text(Notification notification) {
        return notification.getElement().getProperty("text");
    }

    static String p256dh() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        ECPublicKey key = (ECPublicKey) generator.generateKeyPair().getPublic();
        byte[] point = new byte[65];
        point[0] = 4;
        byte[] x = key.getW().getAffineX().toByteArray();
        byte[] y = key.getW().getAffineY().toByteArray();
        int xLength = Math.min(x.length, 32);
        int yLength = Math.min(y.length, 32);
        System.arraycopy(x, x.length - xLength, point, 33 - xLength, xLength);
        System.arraycopy(y, y.length - yLength, point, 65 - yLength, yLength);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(point);
    }

    static String auth() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16]);
    }
}
