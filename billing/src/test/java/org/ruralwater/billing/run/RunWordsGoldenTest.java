package org.ruralwater.billing.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ruralwater.billing.reading.Anomaly;
import org.ruralwater.billing.reading.MeterReading;
import org.ruralwater.billing.reading.ReadingKind;
import org.ruralwater.billing.reading.ReadingPolicy;
import org.ruralwater.billing.subsidy.Subsidies;
import org.ruralwater.billing.tariff.Tariffs;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.household.MeterId;
import org.ruralwater.core.wording.Labels;

/**
 * One bill run put into words in each language: the documents' kinds and the anomalies from billing's
 * labels, and the problems of a run refused from the vocabularies. The expected texts are
 * {@code src/test/resources/golden/words/run.LANG.txt}; {@code -Druralwater.updateGolden=true} rewrites them.
 */
class RunWordsGoldenTest {

    private static final Path DIR = Path.of("src/test/resources/golden/words");
    private static final String RURAL = "CN-JS-JIANGDU-RURAL-RESIDENTIAL";
    private static final Period.Month MAY = Period.month(2015, 5);

    private final BillRun run = BillRun.of(Tariffs.bundled(), ReadingPolicy.DEFAULT, Subsidies.bundled("jiangdu-2015"));
    private final Map<MeterId, Meter> meters = new HashMap<>();
    private final List<Account> accounts = new ArrayList<>();
    private final List<MeterReading> readings = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void aRunsDocumentsAnomaliesAndProblemsReadInTheLanguage(String tag) throws IOException {
        Locale locale = Locale.forLanguageTag(tag);
        household("H1", RURAL, Optional.empty(), "100", "110");
        household("H2", RURAL, Optional.of("dibao"), "200", "210");
        household("H3", RURAL, Optional.empty(), "500", "480");
        household("H4", RURAL, Optional.empty(), "300", "300");
        RunResult r = run.run(MAY, accounts, meters, readings, Ledger.empty());
        StringBuilder out = new StringBuilder();
        for (Bill b : r.issued()) {
            out.append(b.id())
                    .append(" | ")
                    .append(Labels.of(b.kind(), locale))
                    .append(" | ")
                    .append(b.household())
                    .append(" | ")
                    .append(b.m3().toPlainString())
                    .append(" m³ | ")
                    .append(b.total())
                    .append(" | ")
                    .append(String.join(
                            "、",
                            b.flags().stream().map(f -> Labels.of(f, locale)).toList()))
                    .append('\n');
        }
        for (Anomaly a : r.anomalies()) {
            out.append(a.household())
                    .append(" | ")
                    .append(a.meter())
                    .append(" | ")
                    .append(Labels.of(a.code(), locale))
                    .append('\n');
        }
        accounts.clear();
        meters.clear();
        readings.clear();
        household("H5", "NO-SUCH-TARIFF", Optional.of("vip"), "100", "110");
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class, () -> run.run(MAY, accounts, meters, readings, Ledger.empty()));
        for (Problem p : e.problems()) {
            out.append(p.text(locale)).append('\n');
        }
        assertGolden(DIR.resolve("run." + tag + ".txt"), out.toString());
    }

    private void household(String id, String tariff, Optional<String> category, String before, String after) {
        HouseholdId h = HouseholdId.of(id);
        MeterId m = MeterId.of("M" + id);
        meters.put(m, new Meter(m, h, 15, 4, LocalDate.of(2014, 1, 1)));
        accounts.add(new Account(h, tariff, 3, List.of(m), category, Optional.empty()));
        readings.add(new MeterReading(m, LocalDate.of(2015, 4, 28), new BigDecimal(before), ReadingKind.ACTUAL));
        readings.add(new MeterReading(m, LocalDate.of(2015, 5, 29), new BigDecimal(after), ReadingKind.ACTUAL));
    }

    private static void assertGolden(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("ruralwater.updateGolden")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
