package org.ruralwater.webapp.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    private Instant now = Instant.parse("2026-12-01T08:00:00Z");
    private final Throttle throttle = new Throttle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void fiveFailuresAtOneAccountCloseItForFifteenMinutesFromTheLast() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("zhang.wei", "10.0.0." + i);
            now = now.plusSeconds(10);
        }
        assertThat(throttle.closedUntil("zhang.wei", "10.0.0.9")).isEmpty();
        throttle.failed("zhang.wei", "10.0.0.9");
        assertThat(throttle.closedUntil("zhang.wei", "10.0.0.10")).contains(now.plus(Duration.ofMinutes(15)));
        now = now.plus(Duration.ofMinutes(15));
        assertThat(throttle.closedUntil("zhang.wei", "10.0.0.10")).isEmpty();
    }

    @Test
    void twentyFailuresFromOneAddressAtManyAccountsCloseTheAddress() {
        for (int i = 0; i < Throttle.ADDRESS_FAILURES - 1; i++) {
            throttle.failed("user" + i, "10.0.0.1");
        }
        assertThat(throttle.closedUntil("someone.else", "10.0.0.1")).isEmpty();
        for (int i = 0; i < 1; i++) {
            throttle.failed("user" + i, "10.0.0.1");
        }
        assertThat(throttle.closedUntil("someone.else", "10.0.0.1")).isPresent();
        assertThat(throttle.closedUntil("someone.else", "10.0.0.2")).isEmpty();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowAreNoBurst() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("li.na", "10.0.0." + i);
            now = now.plus(Duration.ofMinutes(4));
        }
        assertThat(throttle.closedUntil("li.na", "10.0.0.9")).isEmpty();
    }

    @Test
    void whenBothTheAccountAndTheAddressAreClosedTheLaterReopeningCounts() {
        for (int i = 0; i < Throttle.ADDRESS_FAILURES; i++) {
            throttle.failed("target", "10.0.0.1");
            now = now.plusSeconds(1);
        }
        Instant addressReopens = now.minusSeconds(1).plus(Throttle.WINDOW);
        now = now.plusSeconds(30);
        for (int i = 0; i < Throttle.FAILURES; i++) {
            throttle.failed("target", "10.0.0.2");
        }
        assertThat(throttle.closedUntil("target", "10.0.0.1")).contains(now.plus(Throttle.WINDOW));
        assertThat(throttle.closedUntil("other", "10.0.0.1")).contains(addressReopens);
    }

    @Test
    void aGuesserCyclingThroughNamesDoesNotFillTheMemory() {
        for (int i = 0; i < 10_050; i++) {
            throttle.failed("name" + i, "10.1." + (i / 250) + "." + (i % 250));
        }
        now = now.plus(Throttle.WINDOW).plusSeconds(1);
        throttle.failed("late", "10.9.9.9");
        assertThat(throttle.closedUntil("name1", "10.1.0.1")).isEmpty();
    }

    @Test
    void namesAreCountedWhateverTheirCaseOrSpaces() {
        for (int i = 0; i < 5; i++) {
            throttle.failed(i % 2 == 0 ? "Wang.Fang " : "wang.fang", "10.0.0." + i);
        }
        assertThat(throttle.closedUntil("WANG.FANG", "10.0.1.1")).isPresent();
    }

    @Test
    void aSuccessClearsTheAccountButNotTheAddress() {
        for (int i = 0; i < Throttle.ADDRESS_FAILURES; i++) {
            throttle.failed("guessed", "10.0.0.1");
        }
        throttle.succeeded("guessed");
        assertThat(throttle.closedUntil("guessed", "10.0.0.2")).isEmpty();
        assertThat(throttle.closedUntil("guessed", "10.0.0.1")).isPresent();
    }
}
