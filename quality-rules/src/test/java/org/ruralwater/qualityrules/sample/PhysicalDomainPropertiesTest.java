package org.ruralwater.qualityrules.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.quantity.Dimension;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.quantity.Unit;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;

/**
 * The physical domains of results as properties (issue 14): a result is possible exactly when its value, in
 * the unit its family's range is declared in, lies in that range, whatever unit it is written in; and no
 * text in a sample file's value cell gives an impossible result or a problem anywhere but at that cell.
 */
class PhysicalDomainPropertiesTest {

    /** The ranges as issue 14 gives them, written out here rather than read from the code under test. */
    private record Declared(Unit unit, BigDecimal max, boolean whole) {}

    private static final Map<Dimension, Declared> DECLARED = Map.of(
            Dimension.MASS_CONCENTRATION, new Declared(Unit.MILLIGRAM_PER_LITRE, new BigDecimal("1e6"), false),
            Dimension.TURBIDITY, new Declared(Unit.NTU, new BigDecimal("1e4"), false),
            Dimension.COLOUR, new Declared(Unit.PLATINUM_COBALT, new BigDecimal("1e4"), false),
            Dimension.COLONY_COUNT, new Declared(Unit.CFU_PER_ML, new BigDecimal("1e9"), true),
            Dimension.MOST_PROBABLE_NUMBER, new Declared(Unit.MPN_PER_ML, new BigDecimal("1e9"), false),
            Dimension.ORGANISMS, new Declared(Unit.PER_10_LITRES, new BigDecimal("1e9"), false),
            Dimension.ACTIVITY_CONCENTRATION, new Declared(Unit.BECQUEREL_PER_LITRE, new BigDecimal("1e6"), false),
            Dimension.CONDUCTIVITY, new Declared(Unit.MICROSIEMENS_PER_CM, new BigDecimal("1e6"), false),
            Dimension.DIMENSIONLESS, new Declared(Unit.ONE, new BigDecimal("1e9"), false));

    private static final List<Unit> RESULT_UNITS = List.of(Unit.values()).stream()
            .filter(u -> DECLARED.containsKey(u.dimension()))
            .toList();

    private static final Standard GB = Standards.bundled().get("GB5749-2022");

    /** Decimals from far below zero to far above every range, with scales from −3 to 6. */
    private static Gen<BigDecimal> decimals() {
        Gen<Long> magnitude = longs().between(-2_000_000_000_000_000L, 2_000_000_000_000_000L)
                .mix(longs().between(-2_000_000_000L, 2_000_000_000L))
                .mix(longs().between(-20_000, 20_000))
                .mix(longs().between(999_999_990L, 1_000_000_010L))
                .mix(longs().between(-20, 20));
        return magnitude.zip(integers().between(-3, 6), BigDecimal::valueOf);
    }

    private static Gen<Unit> units() {
        return integers().between(0, RESULT_UNITS.size() - 1).map(RESULT_UNITS::get);
    }

    private static boolean possible(Quantity q, boolean limit) {
        Declared d = DECLARED.get(q.unit().dimension());
        BigDecimal v = q.to(d.unit(), MathContext.DECIMAL128).value();
        boolean low = limit ? v.signum() > 0 : v.signum() >= 0;
        // Colonies are counted in the unit written: 1 CFU/100mL is a whole count, though 0.01 CFU/mL.
        boolean whole = !d.whole() || limit || q.value().stripTrailingZeros().scale() <= 0;
        return low && v.compareTo(d.max()) <= 0 && whole;
    }

    @Test
    void aMeasuredValueIsPossibleExactlyWithinItsFamilysRangeInWhateverUnitItIsWritten() {
        qt().withExamples(5000).forAll(decimals(), units()).checkAssert((v, unit) -> {
            Quantity q = Quantity.of(v, unit);
            Result r = new Result.Measured(q);
            if (possible(q, false)) {
                assertThatCode(() -> Determination.of("x", r)).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> Determination.of("x", r))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageStartingWith("a result of x must be ");
            }
        });
    }

    @Test
    void aDetectionLimitIsPossibleExactlyAboveZeroAndWithinItsFamilysRange() {
        qt().withExamples(3000).forAll(decimals(), units()).checkAssert((v, unit) -> {
            Quantity q = Quantity.of(v, unit);
            Result r = new Result.BelowLimit(Optional.of(q));
            if (possible(q, true)) {
                assertThatCode(() -> Determination.of("x", r)).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> Determination.of("x", r)).isInstanceOf(IllegalArgumentException.class);
            }
        });
    }

    @Test
    void aPhIsPossibleExactlyFromZeroToFourteen() {
        qt().withExamples(3000).forAll(decimals()).checkAssert(v -> {
            boolean possible = v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(14)) <= 0;
            Result r = new Result.Measured(Quantity.of(v, Unit.ONE));
            assertThat(PhysicalDomain.refusal("ph", r) == null).isEqualTo(possible);
        });
    }

    @Test
    void aFamilysRangeIsTheSameAmountInEveryUnitOfTheFamily() {
        for (Unit unit : RESULT_UNITS) {
            PhysicalDomain domain = PhysicalDomain.of("x", unit);
            Declared d = DECLARED.get(unit.dimension());
            Quantity top = Quantity.of(domain.range(unit).max(), unit);
            assertThat(top.to(d.unit(), MathContext.DECIMAL128).value())
                    .as(unit.symbol())
                    .isEqualByComparingTo(d.max());
            assertThat(domain.range(unit).min()).as(unit.symbol()).isZero();
        }
    }

    /** Texts built from the characters of numbers, censoring signs, exponents, NaN, Infinity and typos. */
    private static Gen<String> cellTexts() {
        String alphabet = "0123456789..--+eE<>NnaIifty x";
        return lists().of(integers().between(0, alphabet.length() - 1))
                .ofSizeBetween(1, 14)
                .map(l ->
                        l.stream().map(i -> String.valueOf(alphabet.charAt(i))).collect(Collectors.joining()));
    }

    private static final List<String[]> INDICATORS = List.of(
            new String[] {"fluoride", "mg/L"},
            new String[] {"arsenic", "ug/L"},
            new String[] {"ph", ""},
            new String[] {"turbidity", "NTU"},
            new String[] {"heterotrophic_plate_count", "CFU/mL"},
            new String[] {"total_coliforms", "MPN/100mL"},
            new String[] {"odour_taste", ""});

    @Test
    void noValueCellGivesAnImpossibleResultOrAProblemElsewhere() {
        String head = "sample_id,point,sampled_at,supply,disinfection,indicator,value,unit\n";
        qt().withExamples(3000)
                .forAll(cellTexts(), integers().between(0, INDICATORS.size() - 1))
                .checkAssert((text, which) -> {
                    String[] ind = INDICATORS.get(which);
                    String prefix = "S1,source,2026-03-02 09:10,centralized,none," + ind[0] + ",";
                    String csv = head + prefix + text + "," + ind[1] + "\n";
                    try {
                        List<Sample> samples = SampleFile.read(
                                "p.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), GB);
                        Result r = samples.get(0).determinations().get(0).result();
                        assertThat(PhysicalDomain.refusal(
                                        samples.get(0).determinations().get(0).indicator(), r))
                                .isNull();
                        if (r instanceof Result.Descriptive) {
                            assertThat(ind[0]).isIn("total_coliforms", "odour_taste");
                        }
                    } catch (InvalidInputException e) {
                        assertThat(e.problems()).hasSize(1);
                        Problem p = e.problems().get(0);
                        assertThat(p.field()).isEqualTo("value");
                        assertThat(p.line()).isEqualTo(2);
                        assertThat(p.column()).isEqualTo(prefix.length() + 1);
                    }
                });
    }
}
