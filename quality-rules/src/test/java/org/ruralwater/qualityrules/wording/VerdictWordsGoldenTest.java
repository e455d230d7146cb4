package org.ruralwater.qualityrules.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.wording.Labels;
import org.ruralwater.qualityrules.evaluation.DeterminationVerdict;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.evaluation.SampleVerdict;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SampleFile;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;

/**
 * One evaluation of the test samples and the problems of a bad sample file, put into words in each
 * language: indicator names from the standard's own file, sampling points, supply kinds, disinfection
 * methods and verdicts from the modules' labels, problems from the vocabularies. The expected texts are
 * {@code src/test/resources/golden/words/verdicts.LANG.txt}; {@code -Druralwater.updateGolden=true}
 * rewrites them.
 */
class VerdictWordsGoldenTest {

    private static final Path DIR = Path.of("src/test/resources/golden/words");

    private final Standard gb = Standards.bundled().get("GB5749-2022");

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void aSamplesVerdictAndABadFilesProblemsReadInTheLanguage(String tag) throws IOException {
        Locale locale = Locale.forLanguageTag(tag);
        StringBuilder out = new StringBuilder();
        for (Sample s : SampleFile.read(Path.of("src/test/resources/samples/good.csv"), gb)) {
            SampleVerdict v = Evaluator.of(gb).evaluate(s);
            out.append(s.id())
                    .append(" | ")
                    .append(Labels.of(s.point(), locale))
                    .append(" | ")
                    .append(Labels.of(s.supply(), locale))
                    .append(" | ")
                    .append(Labels.of(s.disinfection(), locale))
                    .append(" | ")
                    .append(Labels.of(v.verdict(), locale))
                    .append('\n');
            for (DeterminationVerdict d : v.determinations()) {
                out.append("  ")
                        .append(gb.indicator(d.indicator()).orElseThrow().name(locale))
                        .append(" | ")
                        .append(d.result())
                        .append(" | ")
                        .append(Labels.of(d.verdict(), locale))
                        .append('\n');
            }
        }
        InvalidInputException e = catchThrowableOfType(
                () -> SampleFile.read(Path.of("src/test/resources/samples/bad.csv"), gb), InvalidInputException.class);
        for (Problem p : e.problems()) {
            out.append(p.text(locale)).append('\n');
        }
        assertGolden(DIR.resolve("verdicts." + tag + ".txt"), out.toString());
    }

    private static void assertGolden(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("ruralwater.updateGolden")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
