package org.ruralwater.assurance.assessment;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Map;

/** Who is assessed (a county, township, works or water manager) and its KPI values by code. */
public record Assessee(String id, String name, Map<String, BigDecimal> values) {

    public Assessee {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        values = Map.copyOf(values);
    }
}
