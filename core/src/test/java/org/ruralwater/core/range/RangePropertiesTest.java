package org.ruralwater.core.range;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.JsonReader;
import org.ruralwater.core.datafile.Problem;

/** A physical domain, declared once, is what the readers, the constructors and the messages hold to. */
class RangePropertiesTest {

    /** A record with the domains of the table: members 1–50, a concentration, a free decimal. */
    record Reading(
            @Within(min = "1", max = "50") int members,
            @Within(min = "0", max = "1e6") BigDecimal concentration,
            BigDecimal anything) {}

    private static final CsvReader<Reading> CSV = CsvReader.forRecord(Reading.class);
    private static final JsonReader<Reading> JSON = JsonReader.forRecord(Reading.class);

    @Test
    void aValueIsReadExactlyWhenItIsInItsDomainAndIsOtherwiseAProblemAtItsCell() {
        qt().forAll(integers().between(-200, 200), longs().between(-2_000_000L, 2_000_000L))
                .checkAssert((members, mg) -> {
                    String csv = "# a comment line\nmembers,concentration,anything\n" + members + "," + mg + ",1\n";
                    boolean inside = members >= 1 && members <= 50 && mg >= 0 && mg <= 1_000_000;
                    if (inside) {
                        assertThat(read(csv))
                                .containsExactly(new Reading(members, BigDecimal.valueOf(mg), BigDecimal.ONE));
                    } else {
                        List<Problem> problems = catchThrowableOfType(() -> read(csv), InvalidInputException.class)
                                .problems();
                        assertThat(problems).isNotEmpty().allSatisfy(p -> {
                            assertThat(p.line()).isEqualTo(3);
                            assertThat(p.column())
                                    .isEqualTo(
                                            p.field().equals("members")
                                                    ? 1
                                                    : 2 + members.toString().length());
                        });
                    }
                });
    }

    @Test
    void aDecimalWithoutADeclaredDomainIsStillHeldToAnyDecimalsOne() {
        qt().forAll(integers().between(-30, 30)).checkAssert(exponent -> {
            BigDecimal value = BigDecimal.ONE.scaleByPowerOfTen(exponent);
            String json = "{\"members\": 3, \"concentration\": 1, \"anything\": " + value + "}";
            if (Range.ANY_DECIMAL.contains(value)) {
                assertThat(JSON.readOne("r.json", stream(json)).anything()).isEqualByComparingTo(value);
            } else {
                assertThatThrownBy(() -> JSON.readOne("r.json", stream(json)))
                        .isInstanceOf(InvalidInputException.class)
                        .hasMessageContaining("r.json:1:")
                        .hasMessageContaining("anything: expected a decimal number from -1000000000000000 to ");
            }
        });
    }

    @Test
    void aDecimalIsShownInFullUpTo24DigitsAndCompactlyBeyond() {
        qt().forAll(integers().between(-500, 500), longs().between(1, 999_999)).checkAssert((exponent, digits) -> {
            BigDecimal value = BigDecimal.valueOf(digits).scaleByPowerOfTen(exponent);
            String text = Range.text(value);
            assertThat(text.length()).isLessThanOrEqualTo(30);
            // Six significant digits keep every value of six digits or fewer.
            assertThat(new BigDecimal(text)).isEqualByComparingTo(value);
        });
        assertThat(Range.text(new BigDecimal("1e400"))).isEqualTo("1E+400");
        assertThat(Range.text(new BigDecimal("10000000"))).isEqualTo("10000000");
        assertThat(Range.text(new BigDecimal("0.001"))).isEqualTo("0.001");
    }

    @Test
    void aConstructorRefusalNamesTheValueCompactly() {
        Range r = Range.closed(0, 1_000_000);
        assertThatThrownBy(() -> r.check("concentration", new BigDecimal("1e400")))
                .hasMessage("concentration must be in [0, 1000000], but is 1E+400");
    }

    private static List<Reading> read(String csv) {
        return CSV.read("r.csv", stream(csv));
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
