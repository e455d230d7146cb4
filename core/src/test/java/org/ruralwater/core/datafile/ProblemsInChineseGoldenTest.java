package org.ruralwater.core.datafile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ruralwater.core.household.Household;

/**
 * Malformed files' problems in Chinese, as a county office reads them: the form
 * {@code 文件:行:列: 字段：应为……，实际为……}, the value types' names (区划代码) and their reasons from core's
 * vocabulary. Each case is a file of {@code src/test/resources/datafile/malformed/} with a
 * {@code .zh-CN.expected} beside its English {@code .expected}; {@code -Druralwater.updateGolden=true}
 * rewrites them.
 */
class ProblemsInChineseGoldenTest {

    private static final Locale ZH_CN = Locale.forLanguageTag("zh-CN");

    @ParameterizedTest
    @ValueSource(strings = {"households-bad-values.csv", "households-bad-header.csv", "households-field-counts.csv"})
    void aMalformedFilesProblemsReadInChinese(String name) throws IOException, URISyntaxException {
        Path file =
                Path.of(getClass().getResource("/datafile/malformed/" + name).toURI());
        InvalidInputException e = catchThrowableOfType(
                () -> CsvReader.forRecord(Household.class).read(file), InvalidInputException.class);
        String actual = e.problems().stream().map(p -> p.text(ZH_CN)).collect(Collectors.joining("\n", "", "\n"));
        Path golden = Path.of("src/test/resources/datafile/malformed/" + name + ".zh-CN.expected");
        if (Boolean.getBoolean("ruralwater.updateGolden")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
