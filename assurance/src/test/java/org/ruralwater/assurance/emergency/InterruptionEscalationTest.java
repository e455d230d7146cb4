package org.ruralwater.assurance.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases for DB3308/T 077-2020 §8.2.2 (issue 15): notify users 24 h before a planned stop
 * (停止供水前24小时通知); emergency supply when supply has not come back for more than 24 h (连续超过24小时), a
 * report to the township and county when more than 72 h (超过72小时). Boundaries follow the words.
 */
class InterruptionEscalationTest {

    private static final EmergencyNorms NORMS = EmergencyNorms.china();
    private static final LocalDateTime START = LocalDateTime.of(2026, 3, 1, 8, 0);

    private static List<String> actionsAfter(long minutes) {
        return NORMS.escalation(START, Optional.empty(), false, START.plusMinutes(minutes)).stream()
                .map(EmergencyNorms.Action::what)
                .toList();
    }

    @ParameterizedTest(name = "after {0} min: emergency supply {1}, report {2}")
    @CsvSource({
        "1439, false, false",
        "1440, false, false",
        "1441, true,  false",
        "4320, true,  false",
        "4321, true,  true"
    })
    void escalationStartsOnlyOnceTheInterruptionLastsMoreThanTheHours(
            long minutes, boolean emergencySupply, boolean report) {
        List<String> actions = actionsAfter(minutes);

        assertThat(actions.contains("start emergency supply")).isEqualTo(emergencySupply);
        assertThat(actions.contains("report to the township and the county water authority"))
                .isEqualTo(report);
    }

    @ParameterizedTest(name = "notice {0} min before a planned stop is late: {1}")
    @CsvSource({"1441, false", "1440, false", "1439, true"})
    void aPlannedStopNeedsNoticeAtLeast24HoursBefore(long minutesBefore, boolean late) {
        List<EmergencyNorms.Action> actions =
                NORMS.escalation(START, Optional.of(START.minusMinutes(minutesBefore)), true, START);

        assertThat(actions)
                .extracting(EmergencyNorms.Action::what)
                .containsExactlyElementsOf(
                        late ? List.of("planned stop notified late: users must be told 24 h before") : List.of());
    }
}
