package org.ruralwater.assurance.monitoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ruralwater.assurance.safewater.Assessment;
import org.ruralwater.core.region.RegionCode;

/**
 * A risk clue about a household, village or works, from one of the three channels (self-report, cadre
 * screening, department early-warning) or from a screening result.
 *
 * @param subject the household, village or works id the clue is about
 * @param value the measure the kind says (hours of interruption, price paid), when there is one
 */
public record Signal(
        String subject,
        RegionCode village,
        SignalKind kind,
        LocalDateTime at,
        Optional<BigDecimal> value,
        String channel,
        String note) {

    public Signal {
        requireNonNull(subject, "subject");
        requireNonNull(village, "village");
        requireNonNull(kind, "kind");
        requireNonNull(at, "at");
        requireNonNull(value, "value");
        requireNonNull(channel, "channel");
        requireNonNull(note, "note");
    }

    /** One signal per indicator a screening found below 基本达标. */
    public static List<Signal> fromScreening(Assessment a, LocalDateTime at) {
        List<Signal> out = new ArrayList<>();
        for (String indicator : a.failing()) {
            out.add(new Signal(
                    a.id(),
                    a.village(),
                    SignalKind.INDICATOR_FAILED,
                    at,
                    Optional.empty(),
                    "screening",
                    indicator + " not met under " + a.ruleSet()));
        }
        return out;
    }
}
