package org.ruralwater.billing.subsidy;

import java.math.BigDecimal;
import java.util.List;

/**
 * A subsidy scheme file as it is written: one object, its subsidies a list of rows whose {@code value} means
 * what their {@code kind} says.
 *
 * <p>The records are named as the types they become, {@code Subsidies} and {@code Subsidy}, because the
 * strict reader names a record that refuses its values ("expected a valid Subsidy"); each refuses exactly
 * what its type refuses, by making it.
 */
final class SchemeFile {

    private SchemeFile() {}

    record Subsidies(String id, String source, List<Subsidy> subsidies) {

        Subsidies {
            scheme(id, source, subsidies);
        }

        org.ruralwater.billing.subsidy.Subsidies scheme() {
            return scheme(id, source, subsidies);
        }

        private static org.ruralwater.billing.subsidy.Subsidies scheme(String id, String source, List<Subsidy> rows) {
            return new org.ruralwater.billing.subsidy.Subsidies(
                    id, source, rows.stream().map(Subsidy::subsidy).toList());
        }
    }

    record Subsidy(
            String category,
            org.ruralwater.billing.subsidy.Subsidy.Kind kind,
            BigDecimal value,
            String fund,
            String source) {

        Subsidy {
            subsidy(category, kind, value, fund, source);
        }

        org.ruralwater.billing.subsidy.Subsidy subsidy() {
            return subsidy(category, kind, value, fund, source);
        }

        private static org.ruralwater.billing.subsidy.Subsidy subsidy(
                String category,
                org.ruralwater.billing.subsidy.Subsidy.Kind kind,
                BigDecimal value,
                String fund,
                String source) {
            return org.ruralwater.billing.subsidy.Subsidy.of(category, kind, value, new Fund(fund), source);
        }
    }
}
