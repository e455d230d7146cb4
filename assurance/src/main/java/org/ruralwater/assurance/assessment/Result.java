package org.ruralwater.assurance.assessment;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An assessee's result under a scheme.
 *
 * @param total general and key points, plus bonus, minus penalties, never below zero
 * @param grade the grade band of the total; the lowest band when a veto item failed
 * @param passed under a scheme's pass rule, whether all key items and enough general items passed
 * @param failedKeyItems key items that missed their condition
 * @param vetoedBy veto items that missed their condition
 */
public record Result(
        String scheme,
        String assessee,
        String name,
        List<ItemScore> items,
        BigDecimal total,
        Optional<String> grade,
        Optional<Boolean> passed,
        List<String> failedKeyItems,
        List<String> vetoedBy) {

    public Result {
        requireNonNull(scheme, "scheme");
        requireNonNull(assessee, "assessee");
        requireNonNull(name, "name");
        items = List.copyOf(items);
        requireNonNull(total, "total");
        requireNonNull(grade, "grade");
        requireNonNull(passed, "passed");
        failedKeyItems = List.copyOf(failedKeyItems);
        vetoedBy = List.copyOf(vetoedBy);
    }

    public ItemScore item(String code) {
        return items.stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no item " + code + " in " + scheme));
    }
}
