package dev.unknot.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OidcUsernameTests {

    private static String base(String preferred, String email) {
        return OidcAccounts.base(new OidcProvider.Identity(
                "https://auth.example.org", "s", Optional.ofNullable(preferred), Optional.ofNullable(email)));
    }

    @Test
    void theProvidersNameBecomesAUsernameUnknotTakes() {
        assertThat(base("Ada.Lovelace", "x@example.org")).isEqualTo("ada.lovelace");
        assertThat(base("Ada Lovelace", null)).isEqualTo("ada-lovelace");
        assertThat(base("  __Zoë Ünal!  ", null)).isEqualTo("zo-nal");
        assertThat(base(null, "Grace.Hopper@Example.org")).isEqualTo("grace.hopper");
        assertThat(base(null, null)).isEqualTo("person");
        assertThat(base("___", null)).isEqualTo("person");
        assertThat(base("a".repeat(100), null)).hasSize(OidcAccounts.MAX_BASE);
    }

    @Test
    void candidatesAreNumberedThenRandomAndAllFitTheUsernameRule() {
        var candidates = OidcAccounts.candidates(new OidcProvider.Identity(
                "https://auth.example.org", "s", Optional.of("b".repeat(100)), Optional.empty()));

        assertThat(candidates).hasSize(OidcAccounts.NUMBERED + 1);
        assertThat(candidates.get(1)).endsWith("-2");
        assertThat(candidates).allSatisfy(name -> assertThat(name).matches("[a-z0-9][a-z0-9._-]{0,63}"));
    }
}
