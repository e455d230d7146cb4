package org.ruralwater.cliapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table for people is written in the command line's language, to standard output or to {@code --out}; CSV
 * and JSON are for programs and keep the codes whatever the language.
 */
class LanguageOfExportsTest {

    private static final String[] QUOTE = {
        "billing", "quote", "--tariff", "CN-JS-JIANGDU-RURAL-RESIDENTIAL", "--consumption", "12", "--period", "2015-05"
    };

    private static String[] quote(String... more) {
        String[] args = new String[QUOTE.length + more.length];
        System.arraycopy(QUOTE, 0, args, 0, QUOTE.length);
        System.arraycopy(more, 0, args, QUOTE.length, more.length);
        return args;
    }

    @Test
    void aTableWrittenToAFileIsInTheCommandLinesLanguage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("quote.txt");

        Run r = Run.in(Map.of(), quote("--lang", "zh-CN", "--format", "table", "--out", file.toString()));

        assertThat(r.code()).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("合计");
    }

    @Test
    void csvAndJsonKeepTheCodesInChinese() {
        Run csv = Run.in(Map.of(), quote("--lang", "zh-CN", "--format", "csv"));
        Run json = Run.in(Map.of(), quote("--lang", "zh-CN", "--format", "json"));

        assertThat(csv.out())
                .startsWith("component,description,quantity,unit_price,amount")
                .contains("total,");
        assertThat(csv.out()).doesNotContain("合计");
        assertThat(json.out()).contains("\"total\"").doesNotContain("合计");
    }

    @Test
    void aWorkbookWithoutAFileIsRefusedInTheCommandLinesLanguage() {
        Run r = Run.in(Map.of(), quote("--lang", "zh-CN", "--format", "xlsx"));

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--out FILE").contains("工作簿");
    }
}
