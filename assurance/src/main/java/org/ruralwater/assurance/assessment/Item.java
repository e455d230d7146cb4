package org.ruralwater.assurance.assessment;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * One item of a scheme: the KPI it reads, its points and how a value earns them.
 *
 * <p>Methods: {@code bands} (the first band that holds gives its share), {@code linear} (nothing at
 * {@code zero_at}, everything at {@code full_at}, straight in between; {@code zero_at} above {@code full_at}
 * means lower is better), {@code pass} (everything when the pass condition holds, else nothing) and
 * {@code per_unit} ({@code per_unit} points for each unit of the value, up to the item's points: for bonus
 * and penalty items).
 *
 * @param input the KPI's code in the inputs, such as {@code collection_rate}
 * @param passAtLeast with {@code passAtMost}, the pass condition of a key, veto or pass item, or of any item
 *     under a scheme's pass rule
 */
public record Item(
        String code,
        String name,
        String block,
        Role role,
        String input,
        BigDecimal points,
        String method,
        List<Band> bands,
        Optional<BigDecimal> zeroAt,
        Optional<BigDecimal> fullAt,
        Optional<BigDecimal> perUnit,
        Optional<BigDecimal> passAtLeast,
        Optional<BigDecimal> passAtMost,
        String source,
        String confidence) {

    private static final List<String> METHODS = List.of("bands", "linear", "pass", "per_unit");

    public Item {
        requireNonNull(code, "code");
        requireNonNull(name, "name");
        requireNonNull(block, "block");
        requireNonNull(role, "role");
        requireNonNull(input, "input");
        requireNonNull(points, "points");
        requireNonNull(method, "method");
        bands = List.copyOf(bands);
        requireNonNull(zeroAt, "zeroAt");
        requireNonNull(fullAt, "fullAt");
        requireNonNull(perUnit, "perUnit");
        requireNonNull(passAtLeast, "passAtLeast");
        requireNonNull(passAtMost, "passAtMost");
        requireNonNull(source, "source");
        requireNonNull(confidence, "confidence");
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException(
                    "item " + code + ": method must be one of " + METHODS + ", but was \"" + method + "\"");
        }
        if (points.signum() < 0) {
            throw new IllegalArgumentException("item " + code + ": points cannot be negative (" + points + ")");
        }
        if (method.equals("bands") && bands.isEmpty()) {
            throw new IllegalArgumentException("item " + code + " is scored by bands but lists none");
        }
        if (method.equals("linear") && (zeroAt.isEmpty() || fullAt.isEmpty() || zeroAt.equals(fullAt))) {
            throw new IllegalArgumentException("item " + code + " is linear and needs different zero_at and full_at");
        }
        if (method.equals("per_unit") && perUnit.isEmpty()) {
            throw new IllegalArgumentException("item " + code + " is scored per unit and needs per_unit");
        }
        if (passAtLeast.isPresent() && passAtMost.isPresent()) {
            throw new IllegalArgumentException("item " + code + " gives both pass_at_least and pass_at_most");
        }
        boolean needsPass = role == Role.KEY || role == Role.VETO || method.equals("pass");
        if (needsPass && passAtLeast.isEmpty() && passAtMost.isEmpty()) {
            throw new IllegalArgumentException("item " + code + " (" + role.code() + ", " + method
                    + ") needs a pass condition: pass_at_least or pass_at_most");
        }
    }

    /** Whether the value meets the item's pass condition; empty when the item has none. */
    Optional<Boolean> passes(BigDecimal value) {
        if (passAtLeast.isPresent()) {
            return Optional.of(value.compareTo(passAtLeast.get()) >= 0);
        }
        return passAtMost.map(m -> value.compareTo(m) <= 0);
    }

    /** The points a value earns (not yet signed for a penalty), to two decimals, and the rule that gave them. */
    ItemScore score(BigDecimal value) {
        BigDecimal share;
        String rule;
        switch (method) {
            case "bands" -> {
                Band hit =
                        bands.stream().filter(b -> b.holds(value)).findFirst().orElse(null);
                share = hit == null ? BigDecimal.ZERO : hit.share();
                rule = hit == null ? "in no band" : "band " + hit + " earns " + percent(hit.share());
            }
            case "linear" -> {
                BigDecimal zero = zeroAt.orElseThrow();
                BigDecimal full = fullAt.orElseThrow();
                BigDecimal t = value.subtract(zero).divide(full.subtract(zero), 10, RoundingMode.HALF_UP);
                share = t.max(BigDecimal.ZERO).min(BigDecimal.ONE);
                rule = "linear from " + zero.toPlainString() + " (nothing) to " + full.toPlainString() + " (all)";
            }
            case "pass" -> {
                boolean ok = passes(value).orElseThrow();
                share = ok ? BigDecimal.ONE : BigDecimal.ZERO;
                rule = (ok ? "meets " : "misses ") + condition();
            }
            default -> {
                BigDecimal raw = value.multiply(perUnit.orElseThrow()).abs();
                BigDecimal earned = raw.min(points);
                share = points.signum() == 0 ? BigDecimal.ZERO : earned.divide(points, 10, RoundingMode.HALF_UP);
                rule = perUnit.orElseThrow().toPlainString() + " per unit, at most " + points.toPlainString();
            }
        }
        BigDecimal earned = points.multiply(share).setScale(2, RoundingMode.HALF_UP);
        return new ItemScore(code, name, role, value, earned, points, passes(value), rule, source);
    }

    String condition() {
        return passAtLeast
                .map(l -> "≥ " + l.toPlainString())
                .orElseGet(() -> passAtMost.map(m -> "≤ " + m.toPlainString()).orElse("no condition"));
    }

    private static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
    }
}
