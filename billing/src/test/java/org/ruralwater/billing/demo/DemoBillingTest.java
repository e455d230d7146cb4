package org.ruralwater.billing.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.billing.collection.Payment;
import org.ruralwater.billing.reading.ReadingPolicy;
import org.ruralwater.billing.run.Bill;
import org.ruralwater.billing.run.BillRun;
import org.ruralwater.billing.run.Ledger;
import org.ruralwater.billing.run.RunInput;
import org.ruralwater.billing.run.RunResult;
import org.ruralwater.billing.subsidy.Subsidies;
import org.ruralwater.billing.tariff.Tariffs;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.demo.DemoFile;
import org.ruralwater.core.money.Money;

class DemoBillingTest {

    private static final County COUNTY = DemoCounty.generate(4_000, DemoCounty.DEFAULT_SEED);

    @Test
    void twelveMonthsRunWithNothingBlockedAndTheAnomaliesFlaggedAndTheCollectionRateIsARuralCountys(@TempDir Path dir) {
        List<DemoFile> files = DemoBilling.write(COUNTY, 7, 2026, dir);

        RunInput input = RunInput.read(dir);
        BillRun run = BillRun.of(Tariffs.bundled(), ReadingPolicy.DEFAULT, Subsidies.none());
        Ledger ledger = Ledger.empty();
        List<String> anomalies = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            RunResult r = run.run(Period.month(2026, m), input, ledger);
            assertThat(r.blocked()).as("month " + m).isEmpty();
            r.anomalies().forEach(a -> anomalies.add(a.code().code()));
            ledger = r.ledger();
        }
        List<Payment> payments = CsvReader.forRecord(Payment.class).read(dir.resolve(DemoBilling.PAYMENTS));
        Money billed = Money.total(
                Currency.getInstance("CNY"),
                ledger.documents().stream().map(Bill::total).toList());
        Money paid = Money.total(
                Currency.getInstance("CNY"),
                payments.stream().map(Payment::amount).toList());
        BigDecimal rate =
                paid.amount().multiply(BigDecimal.valueOf(100)).divide(billed.amount(), 1, RoundingMode.HALF_UP);

        assertThat(files)
                .extracting(DemoFile::name)
                .containsExactly("accounts.csv", "meters.csv", "readings.csv", "payments.csv");
        assertThat(anomalies).contains("rollover", "missing_read");
        assertThat(payments).anySatisfy(p -> assertThat(p.reverses()).isPresent());
        assertThat(rate).isBetween(new BigDecimal("88"), new BigDecimal("97"));
    }

    @Test
    void theSameCountySeedAndYearGiveTheSameBytes(@TempDir Path dir) throws Exception {
        DemoBilling.write(COUNTY, 7, 2026, dir.resolve("a"));
        DemoBilling.write(COUNTY, 7, 2026, dir.resolve("b"));

        for (String f : List.of(DemoBilling.ACCOUNTS, DemoBilling.METERS, DemoBilling.READINGS, DemoBilling.PAYMENTS)) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(f)))
                    .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(f)));
        }
    }
}
