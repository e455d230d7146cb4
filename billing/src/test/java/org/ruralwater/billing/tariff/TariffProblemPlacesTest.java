package org.ruralwater.billing.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;

/** A tariff file's inconsistencies are each at its component or key, not all at the file's 1:1 (issue 14). */
class TariffProblemPlacesTest {

    @Test
    void eachInconsistencyIsAtItsComponentAndTheWholeListsAtItsKey(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"id": "X", "title": "bad", "category": "rural_residential", "currency": "CNY",
                 "effective_from": "2026-01-01", "source": "test", "confidence": "illustrative", "rounding": "half_up",
                 "components": [
                  {"kind": "minimum_charge", "name": "min", "amount": 1},
                  {"kind": "tiered", "name": "t", "allowance": "month", "blocks": [{"up_to": 10, "price": 1}, {"up_to": 5, "price": 2}, {"price": 3}]},
                  {"kind": "volumetric", "name": "v"}]}
                """);

        List<Problem> problems = catchThrowableOfType(
                        () -> Tariffs.none().with(List.of(file)), InvalidInputException.class)
                .problems();

        assertThat(problems)
                .extracting(p -> p.source() + ":" + p.line() + ":" + p.column() + ": " + p.field())
                .containsExactly(
                        "bad.json:3:2: (tariff)", "bad.json:5:3: components[1]", "bad.json:6:3: components[2]");
        assertThat(problems.get(1).toString()).contains("block up_to values must rise, but 5 follows 10");
    }

    @Test
    void overlappingVersionsAreAtTheLaterFilesEffectiveFrom(@TempDir Path dir) throws Exception {
        String text = """
                {"id": "X", "title": "x", "category": "rural_residential", "currency": "CNY",
                 "effective_from": "%s", "source": "test", "confidence": "illustrative", "rounding": "half_up",
                 "components": [{"kind": "volumetric", "name": "v", "price": 1}]}
                """;
        Path a = Files.writeString(dir.resolve("a.json"), text.formatted("2026-01-01"));
        Path b = Files.writeString(dir.resolve("b.json"), text.formatted("2026-06-01"));

        List<Problem> problems = catchThrowableOfType(
                        () -> Tariffs.none().with(List.of(a, b)), InvalidInputException.class)
                .problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("b.json");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(2);
        });
    }
}
