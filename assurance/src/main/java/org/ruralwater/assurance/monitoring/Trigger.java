package org.ruralwater.assurance.monitoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * When signals make a problem: signals of a kind, each at least a value if one is given, at least
 * {@code count} of them for one subject within {@code withinDays} days (one, by default), open a problem of
 * a type and rectification class.
 */
public record Trigger(
        String code,
        ProblemType problem,
        SignalKind signal,
        Optional<BigDecimal> atLeast,
        Optional<Integer> count,
        Optional<Integer> withinDays,
        RectificationClass rectification,
        String source,
        String confidence) {

    public Trigger {
        requireNonNull(code, "code");
        requireNonNull(problem, "problem");
        requireNonNull(signal, "signal");
        requireNonNull(atLeast, "atLeast");
        requireNonNull(count, "count");
        requireNonNull(withinDays, "withinDays");
        requireNonNull(rectification, "rectification");
        requireNonNull(source, "source");
        requireNonNull(confidence, "confidence");
        if (count.isPresent() != withinDays.isPresent()) {
            throw new IllegalArgumentException("trigger " + code + " gives count and within_days together or neither");
        }
        if (count.orElse(1) < 1 || withinDays.orElse(1) < 1) {
            throw new IllegalArgumentException("trigger " + code + ": count and within_days are at least 1");
        }
    }

    boolean matches(Signal s) {
        return s.kind() == signal
                && atLeast.map(l -> s.value().map(v -> v.compareTo(l) >= 0).orElse(false))
                        .orElse(true);
    }
}
