package org.ruralwater.maintenance.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ruralwater.core.calendar.WorkCalendar;
import org.ruralwater.core.wording.Labels;
import org.ruralwater.maintenance.SmallCounty;

/**
 * The missed commitments of three work orders put into words in each language: where each order came
 * from, which commitment it missed and how its hours count, from maintenance's labels. The expected texts
 * are {@code src/test/resources/golden/words/breaches.LANG.txt}; {@code -Druralwater.updateGolden=true}
 * rewrites them.
 */
class BreachWordsGoldenTest {

    private static final Path DIR = Path.of("src/test/resources/golden/words");
    private static final ResponseCommitments EXAMPLE = ResponseCommitments.countyExample();

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void aCheckOfBreachesReadsInTheLanguage(String tag) throws IOException {
        Locale locale = Locale.forLanguageTag(tag);
        List<WorkOrder> orders = List.of(
                order("WO-1", Origin.HOTLINE, "2026-11-23T08:00").arrived(t("2026-11-23T11:00")),
                order("WO-2", Origin.PATROL, "2026-11-23T08:00")
                        .arrived(t("2026-11-23T09:00"))
                        .repaired(t("2026-11-23T15:00")),
                order("WO-3", Origin.SENSOR, "2026-11-22T20:00"));
        Map<String, WorkOrder> byId = orders.stream().collect(Collectors.toMap(WorkOrder::id, Function.identity()));
        StringBuilder out = new StringBuilder();
        for (Breach b : EXAMPLE.breaches(orders, t("2026-11-23T21:00"), WorkCalendar.china())) {
            out.append(String.join(
                            " | ",
                            b.workOrder(),
                            Labels.of(byId.get(b.workOrder()).origin(), locale),
                            Labels.of(b.kind(), locale),
                            b.deadline().toString(),
                            b.late().toMinutes() + " min"))
                    .append('\n');
        }
        for (HourCount h : HourCount.values()) {
            out.append(h.code()).append(" = ").append(Labels.of(h, locale)).append('\n');
        }
        Path golden = DIR.resolve("breaches." + tag + ".txt");
        if (Boolean.getBoolean("ruralwater.updateGolden")) {
            Files.writeString(golden, out.toString(), StandardCharsets.UTF_8);
        }
        assertThat(out.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    private static LocalDateTime t(String text) {
        return LocalDateTime.parse(text);
    }

    private static WorkOrder order(String id, Origin origin, String reportedAt) {
        return WorkOrder.reported(
                id, "PIPE-7", SmallCounty.TAOQING, "minor", origin, t(reportedAt), "hotline 12345", "burst pipe");
    }
}
