package org.ruralwater.qualityrules.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ruralwater.core.quantity.Unit;
import org.ruralwater.core.works.DisinfectionMethod;
import org.ruralwater.core.works.SupplyKind;
import org.ruralwater.qualityrules.sample.Determination;
import org.ruralwater.qualityrules.sample.Result;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SamplingPoint;

/** A small builder of samples for tests: sample().at(TAP).with("arsenic", "0.004", "mg/L").build(). */
final class Samples {
    private SamplingPoint point = SamplingPoint.TAP;
    private SupplyKind supply = SupplyKind.CENTRALIZED;
    private boolean limited = false;
    private DisinfectionMethod disinfection = DisinfectionMethod.UV;
    private final List<Determination> determinations = new ArrayList<>();

    static Samples sample() {
        return new Samples();
    }

    Samples at(SamplingPoint p) {
        point = p;
        return this;
    }

    Samples supply(SupplyKind kind, boolean isLimited) {
        supply = kind;
        limited = isLimited;
        return this;
    }

    Samples disinfectedBy(DisinfectionMethod m) {
        disinfection = m;
        return this;
    }

    Samples with(String indicator, String value, String unit) {
        return with(indicator, value, unit, null);
    }

    Samples with(String indicator, String value, String unit, String detectionLimit) {
        Result r = parse(value, Unit.parse(unit), detectionLimit);
        determinations.add(Determination.of(indicator, r));
        return this;
    }

    Samples withBasis(String indicator, String value, String unit, String basis) {
        determinations.add(new Determination(indicator, parse(value, Unit.parse(unit), null), Optional.of(basis)));
        return this;
    }

    Sample build() {
        return new Sample(
                "S", Optional.empty(), point, Optional.empty(), supply, limited, disinfection, determinations);
    }

    static Result parse(String value, Unit unit, String detectionLimit) {
        return Result.parse(value, unit, Optional.ofNullable(detectionLimit).map(BigDecimal::new));
    }
}
