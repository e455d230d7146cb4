package org.ruralwater.qualityrules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.quantity.Dimension;
import org.ruralwater.core.quantity.Unit;
import org.ruralwater.core.works.DisinfectionMethod;
import org.ruralwater.core.works.SupplyKind;
import org.ruralwater.qualityrules.sample.Determination;
import org.ruralwater.qualityrules.sample.Result;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SamplingPoint;
import org.ruralwater.qualityrules.standard.Indicator;
import org.ruralwater.qualityrules.standard.LimitKind;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;

/**
 * Every indicator of GB 5749-2022 at, just below and just above each of its limits, for each supply kind
 * where the limit is relaxed and at the outlet and tap for the disinfectant residuals, against the golden
 * file {@code src/test/resources/golden/gb5749-2022-limits.csv}.
 *
 * <p>"Just" means one step of a tenth of the limit's last decimal place (0.01 → 0.009 and 0.011), or of one
 * colony for a colony count, which is whole (issue 14: 99.9 CFU/mL is no count, so 100 → 99 and 101). To
 * regenerate the file after a deliberate change, run with {@code -Druralwater.updateGolden=true} and review
 * the diff. A missing golden file fails: writing it then would compare the output with itself.
 */
class LimitsGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/gb5749-2022-limits.csv");
    private static final Map<String, DisinfectionMethod> METHOD_OF = Map.of(
            "free_chlorine", DisinfectionMethod.CHLORINE,
            "total_chlorine", DisinfectionMethod.CHLORAMINE,
            "ozone", DisinfectionMethod.OZONE,
            "chlorine_dioxide", DisinfectionMethod.CHLORINE_DIOXIDE);

    private final Standard gb = Standards.bundled().get("GB5749-2022");
    private final Evaluator evaluator = Evaluator.of(gb).asTested();

    private record Case(
            String name,
            SamplingPoint point,
            SupplyKind supply,
            boolean limited,
            DisinfectionMethod method,
            String value) {}

    @Test
    void everyIndicatorAtAndAroundItsLimitsMatchesTheGoldenFile() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("indicator,case,point,supply,limited,value,unit,verdict,limit,relaxed,clause");
        for (Indicator ind : gb.indicators()) {
            for (Case c : cases(ind)) {
                String unit = ind.limitUnit().map(Unit::symbol).orElse("");
                Result r = Result.parse(c.value, ind.limitUnit().orElse(Unit.ONE), Optional.empty());
                Sample s = new Sample(
                        "G",
                        Optional.empty(),
                        c.point,
                        Optional.empty(),
                        c.supply,
                        c.limited,
                        c.method,
                        List.of(Determination.of(ind.code(), r)));
                DeterminationVerdict v = evaluator.evaluate(s).determinations().stream()
                        .filter(d -> d.indicator().equals(ind.code()))
                        .findFirst()
                        .orElseThrow();
                lines.add(String.join(
                        ",",
                        ind.code(),
                        c.name,
                        lower(c.point),
                        lower(c.supply),
                        String.valueOf(c.limited),
                        c.value,
                        unit,
                        v.verdict().name(),
                        quote(v.limit()),
                        String.valueOf(v.relaxed()),
                        quote(v.clause())));
            }
        }
        String actual = String.join("\n", lines) + "\n";
        if (Boolean.getBoolean("ruralwater.updateGolden")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(GOLDEN)
                .as("the golden file; write it with -Druralwater.updateGolden=true and review it")
                .exists();
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    /** Whether the indicator whose cases are being made is a colony count, counted in whole colonies. */
    private boolean wholeCounts;

    private List<Case> cases(Indicator ind) {
        List<Case> cases = new ArrayList<>();
        wholeCounts = ind.limitUnit()
                .map(u -> u.dimension() == Dimension.COLONY_COUNT)
                .orElse(false);
        if (ind.kind() == LimitKind.ABSENT) {
            if (ind.units().isEmpty()) {
                cases.add(new Case(
                        "pass_text",
                        SamplingPoint.TAP,
                        SupplyKind.CENTRALIZED,
                        false,
                        DisinfectionMethod.UV,
                        ind.passTexts().map(t -> t.get(0)).orElse("无")));
                cases.add(new Case(
                        "present", SamplingPoint.TAP, SupplyKind.CENTRALIZED, false, DisinfectionMethod.UV, "有"));
            } else {
                cases.add(
                        new Case("zero", SamplingPoint.TAP, SupplyKind.CENTRALIZED, false, DisinfectionMethod.UV, "0"));
                cases.add(new Case(
                        "detected", SamplingPoint.TAP, SupplyKind.CENTRALIZED, false, DisinfectionMethod.UV, "1"));
            }
            return cases;
        }
        List<Object[]> supplies = new ArrayList<>();
        supplies.add(new Object[] {SupplyKind.CENTRALIZED, false});
        if (ind.relaxedMax().isPresent()) {
            supplies.add(new Object[] {SupplyKind.SMALL_CENTRALIZED, true});
            supplies.add(new Object[] {SupplyKind.SMALL_CENTRALIZED, false});
            supplies.add(new Object[] {SupplyKind.DISPERSED, true});
        }
        for (Object[] sup : supplies) {
            SupplyKind kind = (SupplyKind) sup[0];
            boolean limited = (Boolean) sup[1];
            BigDecimal max = limited && ind.relaxedMax().isPresent()
                    ? ind.relaxedMax().get()
                    : ind.max().orElseThrow();
            around(cases, "max", max, SamplingPoint.SOURCE, kind, limited, DisinfectionMethod.UV);
            ind.min()
                    .ifPresent(min ->
                            around(cases, "min", min, SamplingPoint.SOURCE, kind, limited, DisinfectionMethod.UV));
        }
        DisinfectionMethod method = METHOD_OF.get(ind.code());
        if (method != null) {
            gb.residual(ind.code()).ifPresent(r -> {
                r.outletMin()
                        .ifPresent(m -> around(
                                cases,
                                "outlet_residual",
                                m,
                                SamplingPoint.OUTLET,
                                SupplyKind.CENTRALIZED,
                                false,
                                method));
                r.tapMin()
                        .ifPresent(m -> around(
                                cases, "tap_residual", m, SamplingPoint.TAP, SupplyKind.CENTRALIZED, false, method));
            });
        }
        return cases;
    }

    private void around(
            List<Case> cases,
            String name,
            BigDecimal limit,
            SamplingPoint point,
            SupplyKind kind,
            boolean limited,
            DisinfectionMethod method) {
        BigDecimal step = wholeCounts ? BigDecimal.ONE : limit.ulp().movePointLeft(1);
        cases.add(new Case(
                name + "_below",
                point,
                kind,
                limited,
                method,
                limit.subtract(step).toPlainString()));
        cases.add(new Case(name + "_at", point, kind, limited, method, limit.toPlainString()));
        cases.add(new Case(
                name + "_above", point, kind, limited, method, limit.add(step).toPlainString()));
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static String quote(String s) {
        return s.contains(",") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
