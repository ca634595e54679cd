package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PicocliWarmUpTests {

    @Test
    void theWarmUpIsADaemonThatEndsOnItsOwn() throws InterruptedException {
        Thread warmUp = PicocliWarmUp.start();

        assertThat(warmUp.isDaemon()).as("never keeps a finished command alive").isTrue();
        warmUp.join(30_000);
        assertThat(warmUp.isAlive()).isFalse();
    }
}
