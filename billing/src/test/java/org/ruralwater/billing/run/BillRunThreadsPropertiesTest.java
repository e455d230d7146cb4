package org.ruralwater.billing.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ruralwater.billing.reading.MeterReading;
import org.ruralwater.billing.reading.ReadingKind;
import org.ruralwater.billing.reading.ReadingPolicy;
import org.ruralwater.billing.subsidy.Subsidies;
import org.ruralwater.billing.tariff.Tariffs;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.household.MeterId;

class BillRunThreadsPropertiesTest {

    private static final Period.Month MAY = Period.month(2015, 5);
    private static final String[] TARIFFS = {
        "CN-JS-JIANGDU-RURAL-RESIDENTIAL", "CN-JS-JIANGDU-URBAN-RESIDENTIAL", "NO-SUCH-TARIFF"
    };
    private static final String[] CATEGORIES = {"", "", "dibao", "wubao", "vip"};

    private final BillRun oneThread = BillRun.of(
                    Tariffs.bundled(), ReadingPolicy.DEFAULT, Subsidies.bundled("jiangdu-2015"))
            .withThreads(1);
    private final BillRun threeThreads = oneThread.withThreads(3).splittingEverything();

    /**
     * Each household is a code: which of a few households it is (so some repeat), its tariff, subsidy
     * category, meter (some shared, some missing from the register) and use (some reversals).
     */
    @Test
    void aRunOnSeveralThreadsGivesTheSameDocumentsTotalsAndProblemsAsOnOne() {
        qt().withExamples(300)
                .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 80))
                .checkAssert(codes -> {
                    Map<MeterId, Meter> meters = new HashMap<>();
                    List<Account> accounts = new ArrayList<>();
                    List<MeterReading> readings = new ArrayList<>();
                    // Half the runs have clean input and bill; the other half repeat households and meters
                    // and name unknown tariffs and categories, and are refused.
                    boolean clean = codes.size() % 2 == 0;
                    for (int i = 0; i < codes.size(); i++) {
                        int c = codes.get(i);
                        HouseholdId h = HouseholdId.of("H" + (clean ? i : c % 97));
                        c /= 97;
                        String tariff = TARIFFS[c % 20 == 0 && !clean ? 2 : c % 3 == 0 ? 1 : 0];
                        c /= 20;
                        String category = CATEGORIES[c % (clean ? 4 : CATEGORIES.length)];
                        c /= CATEGORIES.length;
                        MeterId m = MeterId.of("M" + (clean ? i : c % 150));
                        c /= 150;
                        if (clean || c % 30 != 0) {
                            meters.put(m, new Meter(m, h, 15, 4, LocalDate.of(2014, 1, 1)));
                        }
                        int before = 100 + c % 50;
                        int after = c % 25 == 0 ? before - 3 : before + c % 40;
                        accounts.add(new Account(
                                h,
                                tariff,
                                1 + c % 6,
                                List.of(m),
                                category.isEmpty() ? Optional.empty() : Optional.of(category),
                                Optional.empty()));
                        readings.add(reading(m, "2015-04-28", before));
                        readings.add(reading(m, "2015-05-29", after));
                    }
                    if (!clean && codes.size() % 7 == 3) {
                        readings.add(reading(MeterId.of("M-NOBODY"), "2015-05-29", 5));
                    }

                    Object one = outcome(oneThread, accounts, meters, readings);
                    Object three = outcome(threeThreads, accounts, meters, readings);

                    assertThat(three).isEqualTo(one);
                });
    }

    @Test
    void aRunNeedsAtLeastOneThread() {
        assertThatThrownBy(() -> oneThread.withThreads(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a bill run needs at least one thread, not 0");
    }

    /** The run's result, or the problems it refused with. */
    private static Object outcome(
            BillRun run, List<Account> accounts, Map<MeterId, Meter> meters, List<MeterReading> readings) {
        InvalidInputException refused = catchThrowableOfType(
                InvalidInputException.class, () -> run.run(MAY, accounts, meters, readings, Ledger.empty()));
        if (refused != null) {
            return refused.problems();
        }
        RunResult r = run.run(MAY, accounts, meters, readings, Ledger.empty());
        return List.of(
                r.issued(),
                r.blocked(),
                r.anomalies(),
                r.subsidiesByFund(),
                r.ledger().documents());
    }

    private static MeterReading reading(MeterId m, String day, int value) {
        return new MeterReading(m, LocalDate.parse(day), BigDecimal.valueOf(value), ReadingKind.ACTUAL);
    }
}
