package org.ruralwater.core.county;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.demo.DemoCounty;

class CountyTest {

    @Test
    void reportsEveryBrokenReferenceAcrossFilesWithItsLine(@TempDir Path dir) throws IOException {
        DemoCounty.writeTo(dir, 400, 3);
        append(dir.resolve("households.csv"), "539821101299-0001,539821101299,W539821-999,2,yard_tap,MX\n");
        append(dir.resolve("assets.csv"), "A-X,W539821-998,well,新井,,\n");
        int householdLine = Files.readAllLines(dir.resolve("households.csv")).size();
        int assetLine = Files.readAllLines(dir.resolve("assets.csv")).size();
        assertThatThrownBy(() -> County.read(dir))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::toString)
                                .containsExactlyInAnyOrder(
                                        "assets.csv:" + assetLine
                                                + ":1: works: expected a works listed in works.csv, found works W539821-998 is not",
                                        "households.csv:" + householdLine
                                                + ":1: village: expected a village listed in villages.csv, found village 539821101299 is not",
                                        "households.csv:" + householdLine
                                                + ":1: works: expected a works listed in works.csv, found works W539821-999 is not",
                                        "households.csv:" + householdLine
                                                + ":1: meter: expected a meter listed in meters.csv, found meter MX is not"));
    }

    @Test
    void reportsProblemsInSeveralFilesAtOnceAndReadsNothing(@TempDir Path dir) throws IOException {
        DemoCounty.writeTo(dir, 400, 3);
        append(dir.resolve("meters.csv"), "M9,539821101201-0001,15,twelve,2025-01-01\n");
        append(dir.resolve("crews.csv"), "C9,维修组,539821,0,pipework\n");
        assertThatThrownBy(() -> County.read(dir))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::source)
                                .containsExactly("crews.csv", "meters.csv"));
    }

    @Test
    void aRepeatedIdNamesTheFirstLine(@TempDir Path dir) throws IOException {
        DemoCounty.writeTo(dir, 400, 3);
        List<String> lines = Files.readAllLines(dir.resolve("crews.csv"));
        append(dir.resolve("crews.csv"), lines.get(1) + "\n");
        assertThatThrownBy(() -> County.read(dir))
                .hasMessageContaining(
                        "crews.csv:" + (lines.size() + 1) + ":1: id: expected a value no other row has, found "
                                + lines.get(1).split(",")[0] + " again (first at line 2)");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) throws IOException {
        DemoCounty.writeTo(dir, 400, 3);
        Files.delete(dir.resolve("assets.csv"));
        assertThatThrownBy(() -> County.read(dir)).hasMessageContaining("assets.csv: (file): expected a readable file");
    }

    private static void append(Path file, String line) throws IOException {
        Files.writeString(file, line, StandardOpenOption.APPEND);
    }
}
