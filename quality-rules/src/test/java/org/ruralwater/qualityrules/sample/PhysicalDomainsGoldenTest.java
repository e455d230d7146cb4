package org.ruralwater.qualityrules.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;

/**
 * Each physical domain at, just inside and just outside its bounds, read from a sample file: the impossible
 * results are refused at their cells, all at once, and the possible ones are read (issue 14). The cases and
 * the expected problems are in {@code src/test/resources/golden/domains/}, described in its README.
 */
class PhysicalDomainsGoldenTest {

    private static final Path DIR = Path.of("src/test/resources/golden/domains");

    private final Standard gb = Standards.bundled().get("GB5749-2022");

    @Test
    void everyImpossibleResultIsRefusedAtItsCellAndEveryPossibleOneIsRead() throws IOException {
        InvalidInputException e =
                catchThrowableOfType(() -> SampleFile.read(DIR.resolve("bounds.csv"), gb), InvalidInputException.class);
        assertThat(e).as("bounds.csv has impossible results").isNotNull();
        String actual = e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n", "", "\n"));
        Path golden = DIR.resolve("bounds.expected");
        if (Boolean.getBoolean("ruralwater.updateGolden")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));

        Set<Integer> refused = e.problems().stream().map(Problem::line).collect(Collectors.toSet());
        List<String> lines = Files.readAllLines(DIR.resolve("bounds.csv"), StandardCharsets.UTF_8);
        StringBuilder accepted = new StringBuilder();
        int rows = 0;
        for (int i = 0; i < lines.size(); i++) {
            boolean data = i > 1 && !lines.get(i).startsWith("#");
            if (i <= 1 || (data && !refused.contains(i + 1))) {
                accepted.append(lines.get(i)).append('\n');
                rows += data ? 1 : 0;
            }
        }
        List<Sample> read = SampleFile.read(
                "accepted.csv", new ByteArrayInputStream(accepted.toString().getBytes(StandardCharsets.UTF_8)), gb);
        assertThat(read).hasSize(rows);
        assertThat(rows).as("some rows of each group are possible").isGreaterThan(20);
    }
}
