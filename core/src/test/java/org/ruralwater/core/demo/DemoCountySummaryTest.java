package org.ruralwater.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.county.County;

class DemoCountySummaryTest {

    @Test
    void summarisesTheCountyAsReadBackFromItsFiles(@TempDir Path dir) {
        DemoCounty.writeTo(dir, 2000, 9);
        County county = County.read(dir);

        String text = DemoCountySummary.text(county, dir, 9);

        assertThat(text)
                .startsWith("demo county (seed 9) written to " + dir.toAbsolutePath())
                .contains("households: 2000 with")
                .contains("works: 3, of which")
                .contains("working days per year 2025: 248, 2026: 248")
                .contains("3 working days after Friday 2026-02-13 is 2026-02-25");
        assertThat(County.read(dir).households()).hasSize(2000);
    }
}
