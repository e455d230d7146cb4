package org.ruralwater.qualityrules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.ruralwater.core.quantity.Dimension;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.quantity.Unit;
import org.ruralwater.core.works.DisinfectionMethod;
import org.ruralwater.core.works.SupplyKind;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.evaluation.SampleVerdict;
import org.ruralwater.qualityrules.evaluation.Verdict;
import org.ruralwater.qualityrules.sample.Determination;
import org.ruralwater.qualityrules.sample.Result;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SamplingPoint;

/** A stricter standard (every maximum lowered) never passes a sample that the looser one fails. */
class StricterStandardPropertiesTest {

    private static final Standard LOOSE = Standards.bundled().get("GB5749-2022");
    private static final List<Indicator> NUMERIC = LOOSE.indicators().stream()
            .filter(i -> i.kind() != LimitKind.ABSENT)
            .toList();

    /** GB 5749-2022 with every maximum (and relaxed maximum) multiplied by a factor in (0, 1]. */
    private static Standard stricter(int percent) {
        BigDecimal f = BigDecimal.valueOf(percent, 2);
        Map<String, Indicator> rows = new LinkedHashMap<>();
        for (Indicator i : LOOSE.indicators()) {
            Optional<BigDecimal> max = i.max().map(m -> m.multiply(f));
            if (i.min().isPresent()
                    && max.isPresent()
                    && max.get().compareTo(i.min().get()) < 0) {
                max = i.min(); // a range cannot close; the tightest it gets is its minimum
            }
            Optional<BigDecimal> relaxed = i.relaxedMax().map(m -> m.multiply(f));
            if (relaxed.isPresent() && relaxed.get().compareTo(max.orElseThrow()) < 0) {
                relaxed = max;
            }
            rows.put(
                    i.code(),
                    new Indicator(
                            i.code(),
                            i.nameZh(),
                            i.nameEn(),
                            i.aliases(),
                            i.table(),
                            i.row(),
                            i.category(),
                            i.units(),
                            i.kind(),
                            i.min(),
                            max,
                            i.maxExclusive(),
                            relaxed,
                            i.passTexts(),
                            i.guidance(),
                            i.onExceedance(),
                            i.basis(),
                            i.confidence(),
                            i.source(),
                            i.note()));
        }
        StandardFile change = new StandardFile(
                "STRICT-" + percent,
                "stricter",
                Optional.empty(),
                "CN",
                LOOSE.effectiveFrom(),
                Optional.empty(),
                Optional.of(LOOSE.id()),
                "test",
                List.copyOf(rows.values()),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        return LOOSE.with(change);
    }

    private static Gen<Determination> determinations() {
        return integers()
                .between(0, NUMERIC.size() - 1)
                .zip(integers().between(0, 2000), integers().between(0, 3), (index, permille, kind) -> {
                    Indicator ind = NUMERIC.get(index);
                    BigDecimal limit = ind.max().orElseThrow();
                    BigDecimal v = limit.multiply(BigDecimal.valueOf(permille, 3), MathContext.DECIMAL64);
                    Unit unit = ind.limitUnit().orElseThrow();
                    // Only possible results (issue 14): whole colony counts, pH up to 14 (a method's bound
                    // below it), a detection limit above 0.
                    if (unit.dimension() == Dimension.COLONY_COUNT) {
                        v = v.setScale(0, RoundingMode.HALF_UP);
                    }
                    if (ind.code().equals("ph")) {
                        v = v.min(kind == 1 ? new BigDecimal("13.9") : BigDecimal.valueOf(14));
                    }
                    Quantity q = Quantity.of(v, unit);
                    int k = kind == 0 && v.signum() == 0 ? 2 : kind;
                    Result r = switch (k) {
                        case 0 -> new Result.BelowLimit(Optional.of(q));
                        case 1 -> new Result.AboveRange(q);
                        default -> new Result.Measured(q);
                    };
                    return Determination.of(ind.code(), r);
                });
    }

    private static Gen<Sample> samples() {
        Gen<List<Determination>> ds = lists().of(determinations()).ofSizeBetween(1, 12);
        return ds.zip(
                integers().between(0, 3),
                integers().between(0, 2),
                integers().between(0, DisinfectionMethod.values().length - 1),
                integers().between(0, 1),
                (list, point, supply, method, limited) -> {
                    Map<String, Determination> unique = new LinkedHashMap<>();
                    list.forEach(d -> unique.putIfAbsent(d.indicator(), d));
                    return new Sample(
                            "P",
                            Optional.empty(),
                            SamplingPoint.values()[point],
                            Optional.empty(),
                            SupplyKind.values()[supply],
                            limited == 1,
                            DisinfectionMethod.values()[method],
                            new ArrayList<>(unique.values()));
                });
    }

    @Test
    void aStricterStandardNeverPassesWhatALooserOneFails() {
        qt().withExamples(1000).forAll(samples(), integers().between(1, 100)).checkAssert((sample, percent) -> {
            SampleVerdict loose = Evaluator.of(LOOSE).evaluate(sample);
            SampleVerdict strict = Evaluator.of(stricter(percent)).evaluate(sample);
            if (loose.verdict() == Verdict.FAIL) {
                assertThat(strict.verdict()).isEqualTo(Verdict.FAIL);
                assertThat(strict.failingIndicators()).containsAll(loose.failingIndicators());
            }
            if (strict.verdict() == Verdict.PASS) {
                assertThat(loose.verdict()).isEqualTo(Verdict.PASS);
            }
        });
    }
}
