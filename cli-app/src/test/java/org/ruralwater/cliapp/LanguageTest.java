package org.ruralwater.cliapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command speaks the language --lang asks for, else the locale's, else English. */
class LanguageTest {

    private static final Map<String, String> CHINESE_LOCALE = Map.of("LANG", "zh_CN.UTF-8");

    @Test
    void langZhCnUtf8SelectsChinese() {
        Run help = Run.in(CHINESE_LOCALE, "quality", "--help");
        Run refused = Run.in(CHINESE_LOCALE, "billing", "quote", "--period", "2015-13");

        assertThat(help.out()).startsWith("用法：ruralwater quality").contains("按以数据形式保存的饮用水标准评价水样");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err())
                .startsWith("ruralwater billing quote: --period：应为")
                .contains("，实际为 \"2015-13\"")
                .contains("运行 'ruralwater billing quote --help' 查看全部选项。");
    }

    @Test
    void langEnOverridesTheLocaleBeforeOrAfterTheCommand() {
        Run before = Run.in(CHINESE_LOCALE, "--lang", "en", "quality", "--help");
        Run after = Run.in(CHINESE_LOCALE, "quality", "--help", "--lang=en");

        assertThat(before.out()).startsWith("Usage: ruralwater quality").doesNotContain("用法");
        assertThat(after.out()).startsWith("Usage: ruralwater quality");
    }

    @Test
    void langZhCnOverridesAnEnglishLocale() {
        Run r = Run.in(Map.of("LANG", "en_US.UTF-8"), "--lang", "zh-CN", "--help");

        assertThat(r.out()).contains("退出码：0 成功", "语言：--lang zh-CN|en");
    }

    @Test
    void lcAllOutranksLcMessagesWhichOutranksLang() {
        assertThat(Run.in(Map.of("LC_ALL", "zh_CN.UTF-8", "LANG", "en_US.UTF-8"), "--help")
                        .out())
                .startsWith("用法：");
        assertThat(Run.in(Map.of("LC_MESSAGES", "en_GB.UTF-8", "LANG", "zh_CN.UTF-8"), "--help")
                        .out())
                .startsWith("Usage: ");
        assertThat(Run.in(Map.of("LC_ALL", "", "LANG", "zh_CN.GB18030"), "--help")
                        .out())
                .startsWith("用法：");
    }

    @Test
    void withoutALocaleOrWithCOrAnotherLanguageTheCommandSpeaksEnglish() {
        assertThat(Run.in(Map.of(), "--help").out()).startsWith("Usage: ");
        assertThat(Run.in(Map.of("LANG", "C.UTF-8"), "--help").out()).startsWith("Usage: ");
        assertThat(Run.in(Map.of("LANG", "fr_FR.UTF-8"), "--help").out()).startsWith("Usage: ");
    }

    @Test
    void anUnknownLanguageIsAUsageErrorInWords() {
        Run en = Run.of("--lang", "fr", "demo");
        Run zh = Run.in(CHINESE_LOCALE, "quality", "rates", "--lang", "klingon", "samples.csv");

        assertThat(en.code()).isEqualTo(ExitCode.USAGE);
        assertThat(en.err().lines().findFirst().orElseThrow())
                .isEqualTo("ruralwater: --lang: expected a language: zh-CN (中文) or en (English), found \"fr\"");
        assertThat(zh.code()).isEqualTo(ExitCode.USAGE);
        assertThat(zh.err().lines().findFirst().orElseThrow())
                .isEqualTo("ruralwater quality rates: --lang：应为语言：zh-CN（中文）或 en（English），实际为 \"klingon\"");
    }

    @Test
    void picocliMistakesAndTheInternalErrorAreInChineseToo() {
        Run unknown = Run.in(CHINESE_LOCALE, "demo", "--colour");
        Run missing = Run.in(CHINESE_LOCALE, "maintenance", "breaches", "work-orders.csv");

        assertThat(unknown.err()).startsWith("ruralwater demo: 未知选项：'--colour'").contains("用法：ruralwater demo");
        assertThat(missing.err()).startsWith("ruralwater maintenance breaches: 缺少必需的选项：'--at=TIME'");
    }

    @Test
    void aValueThatIsNoneOfAnOptionsCodesListsTheCodesInTheLanguage() {
        Run en = Run.of("quality", "rates", "--point", "kitchen", "samples.csv");
        Run zh = Run.in(CHINESE_LOCALE, "quality", "rates", "--point", "kitchen", "samples.csv");

        assertThat(en.code()).isEqualTo(ExitCode.USAGE);
        assertThat(en.err().lines().findFirst().orElseThrow())
                .isEqualTo("ruralwater quality rates: --point: expected one of source, outlet, network, tap,"
                        + " found \"kitchen\"");
        assertThat(zh.err().lines().findFirst().orElseThrow())
                .isEqualTo("ruralwater quality rates: --point：应为以下之一：source, outlet, network, tap，实际为 \"kitchen\"");
    }

    @Test
    void aFileThatIsNotThereIsSaidInTheLanguage() {
        Run r = Run.in(CHINESE_LOCALE, "assurance", "screen", "no-such-observations.csv");

        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("no-such-observations.csv").contains("应为").doesNotContain("Exception");
    }

    @Test
    void theTerminalGetsTheEncodingTheLocaleNamesEvenWhenTheLocaleIsNotInstalled() {
        assertThat(Main.terminalCharset(Map.of("LANG", "zh_CN.UTF-8"))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Main.terminalCharset(Map.of("LC_ALL", "zh_CN.GB18030", "LANG", "zh_CN.UTF-8")))
                .isEqualTo(Charset.forName("GB18030"));
        assertThat(Main.terminalCharset(Map.of("LANG", "C"))).isEqualTo(Charset.defaultCharset());
        assertThat(Main.terminalCharset(Map.of("LANG", "zh_CN.no-such-codeset")))
                .isEqualTo(Charset.defaultCharset());
    }
}
