package org.ruralwater.billing.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;

/** A quote and a tariff take only what is physically possible: use, quotas and prices from 0 to 10^9. */
class TariffDomainsPropertiesTest {

    private static final Period.Month MAY = Period.month(2015, 5);
    private static final BigDecimal BILLION = new BigDecimal("1e9");

    /** Any decimal a file may write: every sign, and exponents up to the ±1000 a reader takes. */
    private static Gen<BigDecimal> anyDecimal() {
        return longs().all().zip(integers().between(-1000, 1000), BigDecimal::valueOf);
    }

    private static boolean withinABillion(BigDecimal v) {
        return v.signum() >= 0 && v.compareTo(BILLION) <= 0;
    }

    @Test
    void aQuoteRequestTakesAUseAndAQuotaFromZeroToABillionCubicMetres() {
        qt().withExamples(2000).forAll(anyDecimal()).checkAssert(v -> {
            if (withinABillion(v)) {
                assertThatCode(() -> new QuoteRequest(MAY, v, 3, BigDecimal.ZERO, Optional.of(v)))
                        .doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> new QuoteRequest(MAY, v, 3, BigDecimal.ZERO, Optional.empty()))
                        .isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> new QuoteRequest(MAY, BigDecimal.ONE, 3, BigDecimal.ZERO, Optional.of(v)))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageStartingWith("the quota of a quote must be in [0, 1000000000] m³");
            }
        });
    }

    @Test
    void aTariffRowsPriceAmountAndQuotaAreFromZeroToABillion() {
        qt().withExamples(2000).forAll(anyDecimal()).checkAssert(v -> {
            Optional<BigDecimal> x = Optional.of(v);
            if (withinABillion(v)) {
                assertThatCode(() -> row(x, x, x)).doesNotThrowAnyException();
                assertThatCode(() -> new TariffFile.Block(x, v)).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> row(x, Optional.empty(), Optional.empty()))
                        .hasMessageStartingWith("the price of 水费 must be in [0, 1000000000]");
                assertThatThrownBy(() -> row(Optional.empty(), x, Optional.empty()))
                        .hasMessageStartingWith("the amount of 水费 must be in [0, 1000000000]");
                assertThatThrownBy(() -> row(Optional.empty(), Optional.empty(), x))
                        .hasMessageStartingWith("the quota of 水费 must be in [0, 1000000000] m³");
                assertThatThrownBy(() -> new TariffFile.Block(Optional.empty(), v))
                        .isInstanceOf(IllegalArgumentException.class);
            }
        });
    }

    @Test
    void aTariffFileWithAnImpossiblePriceIsRefusedAtItsRow(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("own.json");
        Files.writeString(file, """
                {"id": "X", "title": "x", "category": "rural_residential", "currency": "CNY",
                 "effective_from": "2026-01-01", "source": "test", "confidence": "illustrative", "rounding": "half_up",
                 "components": [
                  {"kind": "volumetric", "name": "v", "price": 1e400},
                  {"kind": "quota_surcharge", "name": "q", "price": 1, "quota": -3, "steps": [{"multiplier": 2}]}]}
                """);

        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class, () -> Tariffs.none().with(List.of(file)));

        assertThat(e.problems())
                .extracting(p -> p.source() + ":" + p.line() + ":" + p.column() + ": " + p.field())
                .containsExactly("own.json:4:48: components[0].price", "own.json:5:65: components[1].quota");
        // The strict reader refuses each value at its own key, from the range its component declares.
        assertThat(e.problems())
                .extracting(Problem::toString)
                .anySatisfy(p -> assertThat(p).contains("components[1].quota: expected a decimal number from 0 to"));
    }

    private static TariffFile.Row row(
            Optional<BigDecimal> price, Optional<BigDecimal> amount, Optional<BigDecimal> quota) {
        return new TariffFile.Row(
                TariffFile.Kind.VOLUMETRIC,
                "水费",
                price,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                amount,
                Optional.empty(),
                quota,
                Optional.empty());
    }
}
