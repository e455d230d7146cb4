package org.ruralwater.maintenance.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.ruralwater.core.staff.Skill;

/**
 * The life of a household water meter by its nominal diameter (JJG 162-2019 for China): small meters are
 * verified once and replaced after a fixed life, larger ones are verified periodically.
 *
 * @param aboveDiameter applies to meters larger than this DN (mm); empty for no lower bound
 * @param upToDiameter applies to meters up to and including this DN (mm); empty for no upper bound
 * @param action {@code replace} (fixed life, counted from the verification date) or {@code verify}
 *     (periodic verification every {@code years})
 */
public record MeterLifeRule(
        String id,
        Optional<Integer> aboveDiameter,
        Optional<Integer> upToDiameter,
        String action,
        int years,
        int windowDays,
        int durationMinutes,
        List<Skill> skills,
        String source,
        String confidence) {

    public MeterLifeRule {
        requireNonNull(id, "id");
        requireNonNull(aboveDiameter, "aboveDiameter");
        requireNonNull(upToDiameter, "upToDiameter");
        skills = List.copyOf(skills);
        requireNonNull(source, "source");
        requireNonNull(confidence, "confidence");
        if (!action.equals("replace") && !action.equals("verify")) {
            throw new IllegalArgumentException(
                    "meter rule " + id + ": action must be replace or verify, but was \"" + action + "\"");
        }
        if (years < 1) {
            throw new IllegalArgumentException("meter rule " + id + ": years must be at least 1, but was " + years);
        }
        if (durationMinutes <= 0) {
            throw new IllegalArgumentException("meter rule " + id + ": duration_minutes must be positive");
        }
    }

    boolean appliesTo(int diameter) {
        return aboveDiameter.map(a -> diameter > a).orElse(true)
                && upToDiameter.map(u -> diameter <= u).orElse(true);
    }
}
