package dev.unknot.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerLoginTests {

    private static final JsonMapper JSON = JsonMapper.createDefault();
    private static final String TOKEN = "unk_" + "Ab-_".repeat(10) + "xyz";

    @TempDir
    Path home;

    @Test
    void isStoredReadableByItsOwnerAlone() throws IOException {
        Path file = new ServerLogin("https://unknot.example.org/", TOKEN).write(home, JSON);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(ServerLogin.read(home, JSON)).contains(new ServerLogin("https://unknot.example.org", TOKEN));
        try (var left = Files.list(home)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void replacingALoginKeepsTheFileOwnerOnly() throws IOException {
        new ServerLogin("http://a.example:8080", TOKEN).write(home, JSON);
        Path file = new ServerLogin("http://b.example:8080", TOKEN).write(home, JSON);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(ServerLogin.read(home, JSON).orElseThrow().server()).isEqualTo("http://b.example:8080");
    }

    @Test
    void logoutForgetsIt() {
        new ServerLogin("http://localhost:8080", TOKEN).write(home, JSON);

        assertThat(ServerLogin.delete(home, JSON)).isPresent();
        assertThat(ServerLogin.read(home, JSON)).isEmpty();
        assertThat(ServerLogin.delete(home, JSON)).isEmpty();
    }

    @Test
    void refusesWhatIsNotAnAddressOrAToken() {
        assertThatThrownBy(() -> new ServerLogin("ftp://host", TOKEN)).hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> new ServerLogin("localhost:8080", TOKEN)).hasMessageContaining("not a server address");
        assertThatThrownBy(() -> new ServerLogin("http://localhost", "secret"))
                .hasMessageContaining("not an Unknot access token");
        assertThat(new ServerLogin("http://localhost", TOKEN).toString()).doesNotContain(TOKEN);
    }
}
