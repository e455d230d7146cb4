package org.ruralwater.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
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

    @Test
    void aChineseReaderReadsTheSameFactsInChinese(@TempDir Path dir) {
        DemoCounty.writeTo(dir, 2000, 9);
        County county = County.read(dir);

        String text = DemoCountySummary.text(county, dir, 9, Locale.SIMPLIFIED_CHINESE);

        assertThat(text)
                .startsWith("演示县（随机种子 9）已写入 " + dir.toAbsolutePath())
                .contains("用水户：2000 户")
                .contains("按接水方式：")
                .contains("Ⅰ型")
                .contains("每年工作日 2025 年 248 天、2026 年 248 天、2027 年 248 天（暂定）")
                .doesNotContain("in_house_tap", "works serving");
    }
}
