package org.ruralwater.billing.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;

/** A scheme file is read strictly, every problem named at its line and column. */
class SubsidiesFileTest {

    @TempDir
    Path dir;

    private List<String> problems(String json) throws IOException {
        Path file = dir.resolve("scheme.json");
        Files.writeString(file, json);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Subsidies.read(file));
        assertThat(e).as("the scheme should be refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aRowItsKindRefusesIsAProblemAtTheRow() throws IOException {
        assertThat(problems("""
                {"id": "s", "source": "test", "subsidies": [
                  {"category": "a", "kind": "discount_rate", "value": 1.5, "fund": "F", "source": "x"},
                  {"category": "b", "kind": "fixed_offset", "value": -2, "fund": "F", "source": "x"},
                  {"category": "c", "kind": "half_off", "value": 1, "fund": "F", "source": "x"}
                ]}
                """))
                .containsExactly(
                        "scheme.json:2:3: subsidies[0]: expected a valid Subsidy, found a discount rate is 0 to 1, but a"
                                + " has 1.5",
                        "scheme.json:3:3: subsidies[1]: expected a valid Subsidy, found subsidy b cannot be negative",
                        "scheme.json:4:29: subsidies[2].kind: expected one of free_quantity, discount_rate,"
                                + " fixed_offset, found \"half_off\"");
    }

    @Test
    void anUnknownKeyIsNamedWithTheKeysThereAre() throws IOException {
        assertThat(problems("""
                {"id": "s", "source": "test", "subsidies": [
                  {"category": "a", "kind": "free_quantity", "value": 3, "fund": "F", "source": "x"},
                  {"category": "a", "kind": "free_quantity", "value": 5, "fund": "F", "source": "x"}
                ], "funds": []}
                """))
                .containsExactly(
                        "scheme.json:4:4: funds: expected one of the keys id, source, subsidies, found an unknown key"
                                + " \"funds\"");
    }

    @Test
    void aCategoryWithTwoSubsidiesIsAProblemOfTheScheme() throws IOException {
        assertThat(problems("""
                {"id": "s", "source": "test", "subsidies": [
                  {"category": "a", "kind": "free_quantity", "value": 3, "fund": "F", "source": "x"},
                  {"category": "a", "kind": "free_quantity", "value": 5, "fund": "F", "source": "x"}
                ]}
                """))
                .containsExactly("scheme.json:1:1: (object): expected a valid Subsidies, found category a has two"
                        + " subsidies in s");
    }
}
