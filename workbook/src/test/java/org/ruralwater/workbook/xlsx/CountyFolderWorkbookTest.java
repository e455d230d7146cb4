package org.ruralwater.workbook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.household.Household;

/** A county folder may hold a workbook in place of a CSV file: households.xlsx for households.csv. */
class CountyFolderWorkbookTest {

    @Test
    void aCountyFolderWithAWorkbookReadsTheSameCountyAndItsProblemsAreAtCells(@TempDir Path dir) throws IOException {
        County written = DemoCounty.writeTo(dir, 200, 7L);
        Path csv = dir.resolve("households.csv");
        List<Household> households = CsvReader.forRecord(Household.class).read(csv);
        XlsxTable table =
                XlsxTable.of("households", CsvReader.forRecord(Household.class).columns());
        for (Household h : households) {
            table.row(List.of(h.id(), h.village(), h.works(), h.members(), h.connection(), h.meter()));
        }
        Path xlsx = dir.resolve("households.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            table.write(out);
        }
        Files.delete(csv);

        assertThat(CsvReader.csvOrWorkbook(dir, "households.csv")).isEqualTo(xlsx);
        assertThat(County.read(dir).households()).isEqualTo(written.households());

        XlsxTable bad =
                XlsxTable.of("households", CsvReader.forRecord(Household.class).columns());
        Household h = households.get(0);
        bad.row(List.of(h.id(), h.village(), h.works(), 0, h.connection(), h.meter()));
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            bad.write(out);
        }
        assertThatThrownBy(() -> County.read(dir))
                .hasMessageContaining("households.xlsx:households!D2: members: expected a whole number from 1 to 50,"
                        + " found \"0\"");
    }
}
