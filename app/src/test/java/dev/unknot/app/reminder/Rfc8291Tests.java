package dev.unknot.app.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.interaso.webpush.VapidKeys;
import com.interaso.webpush.WebPush;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The payload encryption against RFC 8291's own example (its appendix A, the test vector of
 * section 5): the browser-side decryption used by the other tests reads the RFC's message, and
 * what the library encrypts for a browser decrypts to what was sent.
 */
class Rfc8291Tests {

    static final String PLAINTEXT = "When I grow up, I want to be a watermelon";
    static final String UA_PRIVATE = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";
    static final String UA_PUBLIC =
            "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    static final String AS_PUBLIC =
            "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";
    static final String AUTH = "BTBZMqHH6r4Tts7J_aSIgg";
    static final String SALT = "DGv6ra1nlYgDCS1FRnbzlw";
    static final String BODY = "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocIn"
            + "mYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulc"
            + "y4a-fN";

    @Test
    void theRfcsMessageDecryptsToItsPlaintext() {
        PushBrowser browser = PushBrowser.of(UA_PRIVATE, UA_PUBLIC, AUTH);
        byte[] body = PushBrowser.decode(BODY);

        assertThat(PushBrowser.encode(java.util.Arrays.copyOf(body, 16))).isEqualTo(SALT);
        assertThat(PushBrowser.encode(java.util.Arrays.copyOfRange(body, 21, 86)))
                .isEqualTo(AS_PUBLIC);
        assertThat(new String(browser.decrypt(body), StandardCharsets.UTF_8)).isEqualTo(PLAINTEXT);
    }

    @Test
    void aChangedByteIsRefused() {
        PushBrowser browser = PushBrowser.of(UA_PRIVATE, UA_PUBLIC, AUTH);
        byte[] body = PushBrowser.decode(BODY);
        body[body.length - 20] ^= 1;

        assertThatThrownBy(() -> browser.decrypt(body)).hasMessageContaining("cannot decrypt");
    }

    @Test
    void whatTheLibraryEncryptsForTheRfcsBrowserDecryptsToWhatWasSent() {
        WebPush push = new WebPush("mailto:unknot@example.org", VapidKeys.generate());
        PushBrowser browser = PushBrowser.of(UA_PRIVATE, UA_PUBLIC, AUTH);

        byte[] body = push.getBody(
                PLAINTEXT.getBytes(StandardCharsets.UTF_8), PushBrowser.decode(UA_PUBLIC), PushBrowser.decode(AUTH));

        // RFC 8188's header: a salt, the record size 4096 and the sender's 65-byte key.
        assertThat(java.util.Arrays.copyOfRange(body, 16, 21)).containsExactly(0, 0, 16, 0, 65);
        assertThat(new String(browser.decrypt(body), StandardCharsets.UTF_8)).isEqualTo(PLAINTEXT);
    }

    @Test
    void aNewBrowsersKeysWorkTheSameWay() {
        WebPush push = new WebPush("mailto:unknot@example.org", VapidKeys.generate());
        PushBrowser browser = PushBrowser.create();
        byte[] message = "{\"title\":\"Time for: Walk\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(browser.decrypt(push.getBody(message, browser.publicKey(), browser.auth())))
                .isEqualTo(message);
    }
}
