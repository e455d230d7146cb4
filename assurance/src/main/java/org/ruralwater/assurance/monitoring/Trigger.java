package org.ruralwater.assurance.monitoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * When signals make a problem: signals of a kind, each at least a value ({@code atLeast}) or more than a value
 * ({@code moreThan}) if one is given, at least {@code count} of them for one subject within {@code withinDays}
 * days (one, by default), open a problem of a type and rectification class. A boundary follows its source's
 * words: "超过24小时" (more than 24 h) is {@code more_than: 24}, "24小时及以上" would be {@code at_least: 24}.
 */
public record Trigger(
        String code,
        ProblemType problem,
        SignalKind signal,
        Optional<BigDecimal> atLeast,
        Optional<BigDecimal> moreThan,
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
        requireNonNull(moreThan, "moreThan");
        requireNonNull(count, "count");
        requireNonNull(withinDays, "withinDays");
        requireNonNull(rectification, "rectification");
        requireNonNull(source, "source");
        requireNonNull(confidence, "confidence");
        if (count.isPresent() != withinDays.isPresent()) {
            throw new IllegalArgumentException("trigger " + code + " gives count and within_days together or neither");
        }
        if (atLeast.isPresent() && moreThan.isPresent()) {
            throw new IllegalArgumentException("trigger " + code + " gives at_least or more_than, not both");
        }
        if (count.orElse(1) < 1 || withinDays.orElse(1) < 1) {
            throw new IllegalArgumentException("trigger " + code + ": count and within_days are at least 1");
        }
    }

    boolean matches(Signal s) {
        return s.kind() == signal
                && atLeast.map(l -> s.value().map(v -> v.compareTo(l) >= 0).orElse(false))
                        .orElse(true)
                && moreThan.map(l -> s.value().map(v -> v.compareTo(l) > 0).orElse(false))
                        .orElse(true);
    }
}
