package dev.unknot.app.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.wire.checkin.CheckInBody;
import dev.unknot.wire.habit.MetricEntry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every context reads JSON strictly: no duplicate keys, no fractions for whole numbers, no wrong types. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictJsonTests {

    private ApplicationContext context;
    private JsonMapper json;

    @BeforeAll
    void start() {
        context = ApplicationContext.builder().deduceEnvironment(false).start();
        json = context.getBean(JsonMapper.class);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    private CheckInBody checkIn(String fields) throws IOException {
        return json.readValue("{\"clientId\":\"a\",\"habit\":\"1\"" + fields + "}", CheckInBody.class);
    }

    @Test
    void readsAWellFormedBody() throws IOException {
        CheckInBody body = checkIn(",\"before\":5,\"after\":3.0,\"amount\":2.5,\"durationSeconds\":60,\"note\":\"ok\"");

        assertThat(body.before()).isEqualTo(5);
        assertThat(body.after()).isEqualTo(3);
        assertThat(body.amount()).isEqualTo(2.5);
        assertThat(body.durationSeconds()).isEqualTo(60L);
        assertThat(body.note()).isEqualTo("ok");
    }

    @Test
    void nullIsStillNull() throws IOException {
        assertThat(checkIn(",\"before\":null,\"amount\":null,\"note\":null").before())
                .isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                ",\"before\":5.5",
                ",\"before\":true",
                ",\"before\":\"5\"",
                ",\"before\":[5]",
                ",\"before\":99999999999",
                ",\"durationSeconds\":1.5",
                ",\"durationSeconds\":1e30",
                ",\"amount\":true",
                ",\"amount\":\"2\"",
                ",\"amount\":1e400",
                ",\"note\":5",
                ",\"note\":false",
                ",\"note\":{}",
                ",\"before\":1,\"before\":2",
                ",\"note\":\"a\",\"note\":\"b\"",
            })
    void refuses(String fields) {
        assertThatThrownBy(() -> checkIn(fields)).isInstanceOf(IOException.class);
    }

    @Test
    void aFractionIsRefusedInsideNestedDocumentsToo() {
        assertThatThrownBy(() -> json.readValue(
                        "{\"kind\":\"measured\",\"unit\":\"g\",\"dailyTarget\":true}", MetricEntry.class))
                .isInstanceOf(IOException.class);
    }
}
