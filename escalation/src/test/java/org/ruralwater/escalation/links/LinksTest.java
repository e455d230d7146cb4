package org.ruralwater.escalation.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.assurance.monitoring.ProblemType;
import org.ruralwater.assurance.monitoring.RectificationClass;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.qualityrules.alert.Alert;
import org.ruralwater.qualityrules.evaluation.Verdict;

class LinksTest {

    @Test
    void theBundledLinksNameASourceAndAConfidenceForEachLink() {
        Links links = Links.bundled();
        assertThat(links.id()).isEqualTo("RURALWATER-LINKS-2026");
        assertThat(links.sampleToAlert().verdicts()).containsExactly(Verdict.FAIL, Verdict.INDETERMINATE);
        assertThat(links.sampleToAlert().furtherAnalysisHours()).isEqualTo(72);
        assertThat(links.alertToTicket().alertKinds())
                .containsExactly(Alert.Kind.REPEAT_SAMPLING, Alert.Kind.LOW_RESIDUAL, Alert.Kind.FURTHER_ANALYSIS);
        assertThat(links.alertToTicket().problem()).isEqualTo(ProblemType.POOR_QUALITY);
        assertThat(links.alertToTicket().rectification()).isEqualTo(RectificationClass.ON_THE_SPOT);
        assertThat(links.ticketClosing().passingRetest()).isTrue();
        assertThat(links.qualityToScreening().channel()).isEqualTo("department early-warning");
        for (String source : new String[] {
            links.sampleToAlert().source(),
            links.alertToTicket().source(),
            links.ticketClosing().source(),
            links.qualityToScreening().source()
        }) {
            assertThat(source).matches("(?s).*(DB3308/T 077-2020|MWR 2023|Qin'an).*");
        }
        // Where a number is not from a text, the file says it is ruralwater's setting.
        assertThat(links.alertToTicket().confidence()).contains("setting");
        assertThat(links.sampleToAlert().confidence()).contains("setting");
    }

    @Test
    void aPassRateAlertCannotBecomeATicket(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("links.json");
        Files.writeString(
                file,
                Files.readString(Path.of("src/main/resources/org/ruralwater/escalation/links/ruralwater-2026.json"))
                        .replace(
                                "\"alert_kinds\": [\"repeat_sampling\"",
                                "\"alert_kinds\": [\"pass_rate_below_target\""));
        assertThatThrownBy(() -> Links.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("links.json")
                .hasMessageContaining("a pass-rate alert has no sample that resolves it");
    }

    @Test
    void aSampleLinkThatWatchesNoPointIsRefusedAndTheBundledOneWatchesDrinkingWaterOnly(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("links.json");
        Files.writeString(
                file,
                Files.readString(Path.of("src/main/resources/org/ruralwater/escalation/links/ruralwater-2026.json"))
                        .replace("\"points\": [\"outlet\", \"network\", \"tap\"]", "\"points\": []"));
        assertThatThrownBy(() -> Links.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("link sample-to-alert: name the sampling points it watches");

        SampleToAlert bundled = Links.bundled().sampleToAlert();
        assertThat(bundled.watches(org.ruralwater.qualityrules.sample.SamplingPoint.SOURCE))
                .isFalse();
        assertThat(bundled.watches(org.ruralwater.qualityrules.sample.SamplingPoint.TAP))
                .isTrue();
        assertThat(bundled.source()).contains("GB 3838-2002").contains("GB/T 14848-2017");
    }

    @Test
    void everyProblemOfALinksFileIsReportedAtOnceInTheReadersLanguage(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("links.json");
        Files.writeString(
                file,
                Files.readString(Path.of("src/main/resources/org/ruralwater/escalation/links/ruralwater-2026.json"))
                        .replace("\"further_analysis_hours\": 72", "\"further_analysis_hours\": -1")
                        .replace("\"deadline_days\": 3", "\"deadline_days\": 99999"));
        InvalidInputException e = (InvalidInputException) catchThrown(() -> Links.read(file));
        String english = e.getMessage();
        assertThat(english).contains("further_analysis_hours must be 0 to 8784 hours, not -1");
        assertThat(english).contains("deadline_days must be 0 to 3660 days, not 99999");
        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems().get(0).text(Locale.SIMPLIFIED_CHINESE)).contains("应为 0 至");
    }

    private static Throwable catchThrown(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("nothing was thrown");
    }
}
