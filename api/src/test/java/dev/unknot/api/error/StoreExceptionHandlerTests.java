package dev.unknot.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoreExceptionHandlerTests {

    @Test
    void theStoresFieldsInWordsBecomeTheJsonNames() {
        assertThat(StoreExceptionHandler.jsonName("time zone")).isEqualTo("timeZone");
        assertThat(StoreExceptionHandler.jsonName("day start")).isEqualTo("dayStart");
        assertThat(StoreExceptionHandler.jsonName("client id")).isEqualTo("clientId");
        assertThat(StoreExceptionHandler.jsonName("tightness before")).isEqualTo("before");
        assertThat(StoreExceptionHandler.jsonName("duration")).isEqualTo("durationSeconds");
        assertThat(StoreExceptionHandler.jsonName("amount")).isEqualTo("amount");
        assertThat(StoreExceptionHandler.jsonName("durationSeconds")).isEqualTo("durationSeconds");
        assertThat(StoreExceptionHandler.jsonName("causes.poor-posture")).isEqualTo("causes.poor-posture");
    }
}
