package org.ruralwater.assurance.safewater;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ruralwater.assurance.wording.AssuranceWords;
import org.ruralwater.core.household.Connection;
import org.ruralwater.core.quality.QualityEvidence;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.wording.Labels;
import org.ruralwater.core.wording.Phrase;

/**
 * Three households' safe-water assessments put into words in each language: the four indicators from
 * assurance's vocabulary, their grades, the verdicts and the observations' facts from the labels. The
 * expected texts are {@code src/test/resources/golden/words/assessments.LANG.txt};
 * {@code -Druralwater.updateGolden=true} rewrites them.
 */
class AssessmentWordsGoldenTest {

    private static final Path DIR = Path.of("src/test/resources/golden/words");

    private final SafeWaterRules rules = SafeWaterRules.bundled();

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void anAssessmentsGradesAndVerdictReadInTheLanguage(String tag) throws IOException {
        Locale locale = Locale.forLanguageTag(tag);
        List<Observation> observations = List.of(
                observation(
                        "H1",
                        "70",
                        SupplyCategory.LARGE_SCALE,
                        QualityEvidence.MEETS_FULL_LIMITS,
                        Connection.IN_HOUSE_TAP),
                observation(
                        "H2",
                        "40",
                        SupplyCategory.SMALL_CENTRALIZED,
                        QualityEvidence.MEETS_RELAXED_LIMITS,
                        Connection.YARD_TAP),
                observation(
                        "H3", "70", SupplyCategory.DISPERSED, QualityEvidence.SENSORY_CHECK_FAILED, Connection.NONE));
        StringBuilder out = new StringBuilder();
        out.append(String.join(
                        " | ",
                        List.of(
                                "id",
                                Phrase.of(AssuranceWords.WATER_QUANTITY).in(locale),
                                Phrase.of(AssuranceWords.WATER_QUALITY).in(locale),
                                Phrase.of(AssuranceWords.CONVENIENCE).in(locale),
                                Phrase.of(AssuranceWords.RELIABILITY).in(locale))))
                .append('\n');
        for (Observation o : observations) {
            Assessment a = rules.evaluate("T/CHES 18-2018", o);
            out.append(String.join(
                            " | ",
                            List.of(
                                    a.id(),
                                    Labels.of(a.quantity(), locale),
                                    Labels.of(a.quality(), locale),
                                    Labels.of(a.convenience(), locale),
                                    Labels.of(a.reliability(), locale),
                                    Labels.of(a.verdict(), locale))))
                    .append('\n');
            out.append("  ")
                    .append(String.join(
                            " | ",
                            List.of(
                                    Labels.of(o.zone(), locale),
                                    Labels.of(o.supply(), locale),
                                    Labels.of(o.quality(), locale),
                                    Labels.of(o.connection(), locale))))
                    .append('\n');
        }
        Path golden = DIR.resolve("assessments." + tag + ".txt");
        if (Boolean.getBoolean("ruralwater.updateGolden")) {
            Files.writeString(golden, out.toString(), StandardCharsets.UTF_8);
        }
        assertThat(out.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    private static Observation observation(
            String id, String litres, SupplyCategory supply, QualityEvidence quality, Connection connection) {
        return new Observation(
                id,
                RegionCode.parse("539821101201"),
                4,
                WaterZone.WATER_RICH,
                Optional.of(new BigDecimal(litres)),
                supply,
                quality,
                connection,
                false,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(5));
    }
}
