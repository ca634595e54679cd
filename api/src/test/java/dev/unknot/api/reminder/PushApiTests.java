package dev.unknot.api.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.api.testing.Answer;
import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.api.testing.ApiServerTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PushApiTests extends ApiServerTest {

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.h2();
    }

    @Test
    void thePublicKeyIsOneUncompressedPointAndStaysTheSame() {
        Answer key = get("/api/v1/push/public-key", newCaller());
        assertThat(key.status()).isEqualTo(200);
        byte[] point = Base64.getUrlDecoder().decode(key.text("publicKey"));
        assertThat(point).hasSize(65);
        assertThat(point[0]).isEqualTo((byte) 4);
        assertThat(get("/api/v1/push/public-key", newCaller()).text("publicKey"))
                .isEqualTo(key.text("publicKey"));
        assertThat(get("/api/v1/push/public-key", null).status()).isEqualTo(401);
    }

    @Test
    void aBrowsersSubscriptionIsKeptListedAndStopped() throws Exception {
        Caller caller = newCaller();
        String endpoint =
                "https://push.example.org/send/" + caller.person().id().value();
        Answer created = send(request("/api/v1/push/subscriptions", caller)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(subscription(endpoint, p256dh(), auth()))));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("endpoint")).isEqualTo(endpoint);
        assertThat(created.text("browser")).isEqualTo("Firefox on Linux");
        assertThat(get("/api/v1/push/subscriptions", caller).body()).contains("\"endpoint\":\"" + endpoint + "\"");
        assertThat(get("/api/v1/reminders/settings", caller).body()).contains("\"channels\":[\"web-push\"]");
        // Another person sees none of it, and cannot stop it.
        Caller other = newCaller();
        assertThat(get("/api/v1/push/subscriptions", other).body()).isEqualTo("[]");
        String query = "/api/v1/push/subscriptions?endpoint=" + URLEncoder.encode(endpoint, StandardCharsets.UTF_8);
        assertThat(send("DELETE", query, other, null).status()).isEqualTo(404);

        assertThat(send("DELETE", query, caller, null).status()).isEqualTo(204);
        assertThat(get("/api/v1/push/subscriptions", caller).body()).isEqualTo("[]");
        assertThat(get("/api/v1/reminders/settings", caller).body()).contains("\"channels\":[]");
        assertThat(send("DELETE", query, caller, null).status()).isEqualTo(404);
    }

    @Test
    void aSubscriptionThatNoBrowserWouldMakeIs400NamingTheField() throws Exception {
        Caller caller = newCaller();
        Answer http = send(
                "POST",
                "/api/v1/push/subscriptions",
                caller,
                subscription("http://push.example.org/send/1", p256dh(), auth()));
        assertThat(http.status()).isEqualTo(400);
        assertThat(http.text("field")).isEqualTo("endpoint");
        assertThat(http.text("message")).contains("must be an https address");

        Answer shortKey = send(
                "POST",
                "/api/v1/push/subscriptions",
                caller,
                subscription("https://push.example.org/1", "BAAA", auth()));
        assertThat(shortKey.status()).isEqualTo(400);
        assertThat(shortKey.text("field")).isEqualTo("p256dh");

        Answer shortAuth = send(
                "POST",
                "/api/v1/push/subscriptions",
                caller,
                subscription("https://push.example.org/1", p256dh(), "AAAA"));
        assertThat(shortAuth.status()).isEqualTo(400);
        assertThat(shortAuth.text("field")).isEqualTo("auth");

        Answer noKeys =
                send("POST", "/api/v1/push/subscriptions", caller, "{\"endpoint\":\"https://push.example.org/1\"}");
        assertThat(noKeys.status()).isEqualTo(400);
        assertThat(noKeys.text("field")).isEqualTo("keys");

        Answer noEndpoint = send("DELETE", "/api/v1/push/subscriptions", caller, null);
        assertThat(noEndpoint.status()).isEqualTo(400);
        assertThat(noEndpoint.text("field")).isEqualTo("endpoint");
    }

    private static String subscription(String endpoint, String p256dh, String auth) {
        return "{\"endpoint\":\"" + endpoint + "\",\"expirationTime\":null,\"keys\":{\"p256dh\":\"" + p256dh
                + "\",\"auth\":\"" + auth + "\"}}";
    }

    private static String p256dh() throws Exception {
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

    private static String auth() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16]);
    }
}
