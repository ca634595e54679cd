package dev.unknot.app.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.testing.AppTest;
import dev.unknot.app.testing.TestClock;
import dev.unknot.store.token.AccessTokenRepository;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

abstract class TokenServiceTests extends AppTest {

    TokenService tokens() {
        return bean(TokenService.class);
    }

    @Test
    void issuedSecretHasTheDocumentedFormatAndAuthenticatesItsOwner() {
        Person person = newPerson();

        IssuedToken issued = tokens().issue(person.id(), "  laptop CLI ");

        assertThat(issued.secret()).matches("unk_[A-Za-z0-9_-]{43}");
        assertThat(issued.token().name()).isEqualTo("laptop CLI");
        assertThat(issued.token().person()).isEqualTo(person.id());
        assertThat(issued.token().createdAt()).isEqualTo(TestClock.DEFAULT_NOW);
        assertThat(issued.token().lastUsedAt()).isEmpty();
        assertThat(issued.toString()).doesNotContain(issued.secret());
        assertThat(tokens().authenticate(issued.secret())).contains(person.id());
    }

    @Test
    void everySecretIsNew() {
        Person person = newPerson();
        Set<String> secrets = new HashSet<>();

        for (int i = 0; i < 20; i++) {
            secrets.add(tokens().issue(person.id(), "token " + i).secret());
        }

        assertThat(secrets).hasSize(20);
    }

    @Test
    void listShowsLiveTokensNewestFirstWithoutTheirSecrets() {
        Person person = newPerson();
        IssuedToken phone = tokens().issue(person.id(), "phone");
        clock.advance(Duration.ofHours(1));
        IssuedToken laptop = tokens().issue(person.id(), "laptop");
        IssuedToken dashboard = tokens().issue(person.id(), "dashboard");
        tokens().revoke(person.id(), laptop.token().id());

        List<AccessToken> listed = tokens().list(person.id());

        // Created in the same instant, the later issued one comes first.
        assertThat(listed).extracting(AccessToken::name).containsExactly("dashboard", "phone");
        assertThat(listed).containsExactly(dashboard.token(), phone.token());
        assertThat(listed.toString()).doesNotContain(phone.secret(), dashboard.secret());
    }

    @Test
    void aPersonSeesOnlyTheirOwnTokens() {
        Person owner = newPerson();
        Person other = newPerson();
        tokens().issue(owner.id(), "mine");

        assertThat(tokens().list(other.id())).isEmpty();
        assertThat(tokens().list(owner.id())).extracting(AccessToken::name).containsExactly("mine");
    }

    @Test
    void revokedSecretAuthenticatesNothingAndItsNameIsFreeAgain() {
        Person person = newPerson();
        IssuedToken issued = tokens().issue(person.id(), "script");
        IssuedToken kept = tokens().issue(person.id(), "kept");

        tokens().revoke(person.id(), issued.token().id());

        assertThat(tokens().authenticate(issued.secret())).isEmpty();
        assertThat(tokens().authenticate(kept.secret())).contains(person.id());
        assertThat(tokens().list(person.id())).extracting(AccessToken::name).containsExactly("kept");
        assertThatThrownBy(() -> tokens().revoke(person.id(), issued.token().id()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("no access token " + issued.token().id());
        IssuedToken again = tokens().issue(person.id(), "script");
        assertThat(again.secret()).isNotEqualTo(issued.secret());
        assertThat(tokens().authenticate(again.secret())).contains(person.id());
        assertThat(tokens().authenticate(issued.secret())).isEmpty();
    }

    @Test
    void anotherPersonsTokenCannotBeRevokedAndLooksUnknown() {
        Person owner = newPerson();
        Person other = newPerson();
        IssuedToken issued = tokens().issue(owner.id(), "owner's");
        TokenId unknown = new TokenId(issued.token().id().value() + 1_000_000);

        assertThatThrownBy(() -> tokens().revoke(other.id(), issued.token().id()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("no access token " + issued.token().id());
        assertThatThrownBy(() -> tokens().revoke(other.id(), unknown))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("no access token " + unknown);
        assertThat(tokens().authenticate(issued.secret())).contains(owner.id());
    }

    @Test
    void unknownAndMalformedSecretsAuthenticateNobody() {
        Person person = newPerson();
        String secret = tokens().issue(person.id(), "real").secret();
        String body = secret.substring(4);

        assertThat(tokens().authenticate("unk_" + "A".repeat(43))).isEmpty();
        assertThat(tokens().authenticate(null)).isEmpty();
        assertThat(tokens().authenticate("")).isEmpty();
        assertThat(tokens().authenticate(body)).isEmpty();
        assertThat(tokens().authenticate("Bearer " + secret)).isEmpty();
        assertThat(tokens().authenticate(secret + " ")).isEmpty();
        assertThat(tokens().authenticate(secret + "=")).isEmpty();
        assertThat(tokens().authenticate(secret.substring(0, secret.length() - 1)))
                .isEmpty();
        assertThat(tokens().authenticate("UNK_" + body)).isEmpty();
        assertThat(tokens().authenticate("unk_" + body.replace(body.charAt(0), '+')))
                .isEmpty();
        // The hash of the secret, sent as if it were one, is no key either.
        assertThat(tokens().authenticate(TokenService.hash(secret))).isEmpty();
        assertThat(tokens().authenticate(secret)).contains(person.id());
    }

    @Test
    void lastUseIsWrittenAtMostOnceAMinute() {
        Person person = newPerson();
        IssuedToken issued = tokens().issue(person.id(), "busy");
        clock.advance(Duration.ofMinutes(5));
        java.time.Instant firstUse = clock.instant();

        tokens().authenticate(issued.secret());
        assertThat(lastUsed(person.id())).contains(firstUse);

        clock.advance(Duration.ofSeconds(59));
        tokens().authenticate(issued.secret());
        assertThat(lastUsed(person.id())).contains(firstUse);

        clock.advance(Duration.ofSeconds(1));
        tokens().authenticate(issued.secret());
        assertThat(lastUsed(person.id())).contains(firstUse.plus(Duration.ofMinutes(1)));
    }

    @Test
    void lastUseIsKeptExactlyAcrossADaylightSavingOverlap() {
        Person person = newPerson();
        IssuedToken issued = tokens().issue(person.id(), "night owl");
        // 05:30 UTC is 01:30 EDT, the first of the two 01:30s in New York, the tests' JVM zone.
        java.time.Instant inOverlap = java.time.Instant.parse("2025-11-02T05:30:00Z");
        clock.set(inOverlap);

        tokens().authenticate(issued.secret());

        assertThat(lastUsed(person.id())).contains(inOverlap);
    }

    @Test
    void revokingWhileInUseStaysRevoked() {
        Person person = newPerson();
        IssuedToken issued = tokens().issue(person.id(), "racing");
        tokens().revoke(person.id(), issued.token().id());
        clock.advance(Duration.ofMinutes(2));

        // A use that read the row before the revocation still writes only its last use.
        bean(AccessTokenRepository.class).noteUse(issued.token().id().value(), clock.instant());

        assertThat(tokens().authenticate(issued.secret())).isEmpty();
        assertThat(tokens().list(person.id())).isEmpty();
    }

    @Test
    void aRememberedSecretIsRefusedRightAfterItsRevocation() {
        Person person = newPerson();
        IssuedToken issued = tokens().issue(person.id(), "remembered");
        assertThat(tokens().authenticate(issued.secret())).contains(person.id());
        assertThat(tokens().authenticate(issued.secret())).as("now from memory").contains(person.id());

        tokens().revoke(person.id(), issued.token().id());

        assertThat(tokens().authenticate(issued.secret())).isEmpty();
    }

    @Test
    void aSecretIsTakenFromMemoryForThirtySecondsThenReadAgain() throws SQLException {
        Person person = newPerson();
        IssuedToken issued = tokens().issue(person.id(), "elsewhere");
        assertThat(tokens().authenticate(issued.secret())).contains(person.id());
        // Revoked by another process (another server on the same database): this one does not
        // hear of it, and goes on trusting what it read until that is 30 seconds old.
        try (Connection connection = rawConnection();
                PreparedStatement revoke = connection.prepareStatement(
                        "UPDATE access_token SET revoked_at = CURRENT_TIMESTAMP, live_name = NULL WHERE id = ?")) {
            revoke.setLong(1, issued.token().id().value());
            assertThat(revoke.executeUpdate()).isEqualTo(1);
        }

        clock.advance(TokenService.REMEMBERED_FOR.minusSeconds(1));
        assertThat(tokens().authenticate(issued.secret()))
                .as("still remembered")
                .contains(person.id());
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens().authenticate(issued.secret()))
                .as("read again, revoked")
                .isEmpty();
        assertThat(tokens().authenticate(issued.secret())).isEmpty();
    }

    @Test
    void unknownSecretsAreNotRemembered() {
        Person person = newPerson();
        tokens().issue(person.id(), "real");
        long before = tokens().remembered();

        for (int i = 0; i < 5; i++) {
            assertThat(tokens().authenticate(
                                    "unk_" + String.valueOf((char) ('A' + i)).repeat(43)))
                    .isEmpty();
        }

        assertThat(tokens().remembered()).isEqualTo(before);
    }

    @Test
    void namesFollowTheRules() {
        Person person = newPerson();
        Person other = newPerson();
        tokens().issue(person.id(), "phone");

        assertInvalid(person.id(), "   ", "token name must be 1 to 60 characters, was 0");
        assertInvalid(person.id(), null, "token name must be 1 to 60 characters, was 0");
        assertInvalid(person.id(), "x".repeat(61), "token name must be 1 to 60 characters, was 61");
        assertInvalid(person.id(), "tab\there", "token name must not contain control characters");
        assertInvalid(
                person.id(),
                " phone ",
                "you already have a token named 'phone'; choose another name or revoke that one first");
        assertThat(tokens().issue(person.id(), "x".repeat(60)).token().name()).hasSize(60);
        assertThat(tokens().issue(person.id(), "Phone").token().name()).isEqualTo("Phone");
        assertThat(tokens().issue(other.id(), "phone").token().person()).isEqualTo(other.id());
        assertThat(tokens().list(person.id())).hasSize(3);
    }

    @Test
    void tokenForAnUnknownPersonIsNotFound() {
        assertThatThrownBy(() -> tokens().issue(new PersonId(987_654), "ghost")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void secretIsStoredNowhereInClear() throws Exception {
        Person person = newPerson();
        IssuedToken issued = tokens().issue(person.id(), "hidden");
        tokens().authenticate(issued.secret());
        String body = issued.secret().substring(4);

        List<String> values = new ArrayList<>();
        String storedHash = null;
        try (Connection connection = rawConnection();
                PreparedStatement query = connection.prepareStatement("SELECT * FROM access_token WHERE id = ?")) {
            query.setLong(1, issued.token().id().value());
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                ResultSetMetaData columns = row.getMetaData();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    values.add(String.valueOf(row.getObject(column)));
                }
                storedHash = row.getString("secret_hash");
            }
        }

        assertThat(values).noneMatch(value -> value.contains(body));
        String expected = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(issued.secret().getBytes(StandardCharsets.UTF_8)));
        assertThat(storedHash).isEqualTo(expected);
    }

    private void assertInvalid(PersonId person, String name, String message) {
        assertThatThrownBy(() -> tokens().issue(person, name))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(message)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("name");
    }

    private Optional<java.time.Instant> lastUsed(PersonId person) {
        return tokens().list(person).get(0).lastUsedAt();
    }

    private Connection rawConnection() throws SQLException {
        return DelegatingDataSource.unwrapDataSource(bean(DataSource.class)).getConnection();
    }

    @Test
    void fromMemoryAloneOnlyATokenCheckedMomentsAgoWhoseUseNeedNotBeWrittenPasses() {
        Person person = newPerson();
        IssuedToken issued = tokens().issue(person.id(), "phone");

        assertThat(tokens().authenticateFromMemory(issued.secret()))
                .as("never checked")
                .isEmpty();
        assertThat(tokens().authenticate(issued.secret())).contains(person.id());
        assertThat(tokens().authenticateFromMemory(issued.secret())).contains(person.id());
        assertThat(tokens().authenticateFromMemory("unk_" + "x".repeat(43))).isEmpty();
        assertThat(tokens().authenticateFromMemory(null)).isEmpty();

        // Its last use was written now (T); remembered until T + 30 s.
        clock.advance(TokenService.REMEMBERED_FOR);
        assertThat(tokens().authenticateFromMemory(issued.secret()))
                .as("remembered too long")
                .isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens().authenticate(issued.secret())).contains(person.id());
        // Read again at T + 31 s, remembered until T + 61 s; its last use is due at T + 60 s.
        clock.advance(Duration.ofSeconds(28));
        assertThat(tokens().authenticateFromMemory(issued.secret())).contains(person.id());
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens().authenticateFromMemory(issued.secret()))
                .as("its last use is due to be written")
                .isEmpty();
        assertThat(tokens().authenticate(issued.secret())).contains(person.id());
        assertThat(tokens().authenticateFromMemory(issued.secret())).contains(person.id());

        tokens().revoke(person.id(), issued.token().id());
        assertThat(tokens().authenticateFromMemory(issued.secret()))
                .as("revoked")
                .isEmpty();
    }
}
