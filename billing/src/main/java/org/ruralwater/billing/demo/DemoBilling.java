package org.ruralwater.billing.demo;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.ruralwater.billing.collection.Payment;
import org.ruralwater.billing.reading.MeterReading;
import org.ruralwater.billing.reading.ReadingKind;
import org.ruralwater.billing.run.Account;
import org.ruralwater.billing.tariff.QuoteRequest;
import org.ruralwater.billing.tariff.Tariffs;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.CsvWriter;
import org.ruralwater.core.demo.DemoFile;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.household.MeterId;
import org.ruralwater.core.money.Money;
import org.ruralwater.core.works.ScaleClass;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.core.works.WorksId;

/**
 * A county's year of billing: {@code accounts.csv}, {@code meters.csv} and {@code readings.csv} for every metered
 * household (an opening read in late December of the year before, then one read a month), and
 * {@code payments.csv}, the money received for the year's bills.
 *
 * <p>Households of class I–III works pay Jinping county's tiered residential price
 * ({@code CN-YN-JINPING-RESIDENTIAL}, the bundled Yunnan tariff, like the demo county's province); those of
 * class IV works a village's volumetric price ({@code CN-SC-LIANGSHAN-VILLAGE}), billed monthly here. Use is
 * 40–110 litres a person a day (rural use, ../shared/domain.md), higher in summer and in February when migrant
 * workers are home for the Spring Festival, lower in winter. A few meters misbehave as meters do: one is stuck
 * from July (its register stops), one 4-digit register rolls over, one September read is missing, so the bill
 * runs flag and estimate them.
 *
 * <p>Payments: most households pay each bill in full within days to a few weeks of the read (WeChat or at the
 * village), some pay two months together, about one in twenty-five stops paying part-way through the year
 * (the arrears households), and one transfer bounces and is reversed. The collected share of the year's bills
 * comes to about 90–95%, the collection rate (收缴率) rural counties report. The same county, seed and year
 * give the same bytes.
 */
public final class DemoBilling {

    public static final String ACCOUNTS = "accounts.csv";
    public static final String METERS = "meters.csv";
    public static final String READINGS = "readings.csv";
    public static final String PAYMENTS = "payments.csv";

    /** The tiered price of the county's larger works. */
    public static final String TOWN_TARIFF = "CN-YN-JINPING-RESIDENTIAL";

    /** The volumetric price of its small works. */
    public static final String VILLAGE_TARIFF = "CN-SC-LIANGSHAN-VILLAGE";

    // Monthly factors on the year's average use: Spring Festival in February, summer heat, winter.
    private static final double[] SEASON = {0.9, 1.15, 0.95, 0.95, 1.0, 1.1, 1.2, 1.2, 1.05, 0.95, 0.9, 0.9};

    private DemoBilling() {}

    /** Writes the four files of the county's billing folder. */
    public static List<DemoFile> write(County county, long seed, int year, Path folder) {
        requireNonNull(county, "county");
        requireNonNull(folder, "folder");
        Map<WorksId, SupplyWorks> works = new HashMap<>();
        county.works().forEach(w -> works.put(w.id(), w));
        Map<MeterId, Meter> meters = new HashMap<>();
        county.meters().forEach(m -> meters.put(m.id(), m));
        Tariffs tariffs = Tariffs.bundled();
        Random random = DemoFile.stream(seed, year, "billing", 0);
        // A county's households share few (month, members, use) triples: each is quoted once.
        Map<Long, Money> quotes = new HashMap<>();

        List<Account> accounts = new ArrayList<>();
        List<Meter> register = new ArrayList<>();
        // By reading round (the opening read, then each month's), as a round's export lists them.
        List<List<MeterReading>> rounds = new ArrayList<>();
        for (int r = 0; r <= 12; r++) {
            rounds.add(new ArrayList<>());
        }
        List<Payment> payments = new ArrayList<>();
        int stuck = -1;
        int rollover = -1;
        int missing = -1;
        int bounced = -1;
        int index = 0;
        for (Household h : county.households()) {
            if (h.meter().isEmpty() || h.works().isEmpty()) {
                continue;
            }
            Meter meter = meters.get(h.meter().get());
            ScaleClass scale = works.get(h.works().get()).scaleClass().orElse(ScaleClass.V);
            String tariff = scale.compareTo(ScaleClass.III) <= 0 ? TOWN_TARIFF : VILLAGE_TARIFF;
            accounts.add(
                    new Account(h.id(), tariff, h.members(), List.of(meter.id()), Optional.empty(), Optional.empty()));
            register.add(meter);

            // The misbehaving meters: the 37th metered household's is stuck, the first 4-digit register after
            // the 50th rolls over, the 61st misses September's read; the 73rd's payment bounces.
            boolean isStuck = stuck < 0 && index == 36;
            boolean rolls = rollover < 0 && index >= 49 && meter.digits() == 4;
            boolean misses = missing < 0 && index == 60;
            stuck = isStuck ? index : stuck;
            rollover = rolls ? index : rollover;
            missing = misses ? index : missing;

            long modulus = BigDecimal.TEN.pow(meter.digits()).longValueExact();
            double litres = 40 + random.nextInt(71);
            long[] use = new long[12];
            long register0 = rolls ? modulus - 25 : random.nextInt((int) Math.min(modulus / 3, 3000));
            LocalDate opening = LocalDate.of(year - 1, 12, 22 + random.nextInt(6));
            rounds.get(0).add(new MeterReading(meter.id(), opening, BigDecimal.valueOf(register0), ReadingKind.ACTUAL));
            long value = register0;
            for (int m = 0; m < 12; m++) {
                YearMonth month = YearMonth.of(year, m + 1);
                double m3 = h.members()
                        * litres
                        * month.lengthOfMonth()
                        / 1000.0
                        * SEASON[m]
                        * (0.85 + random.nextDouble() * 0.3);
                use[m] = isStuck && m >= 6 ? 0 : Math.max(0, Math.round(m3));
                value = (value + use[m]) % modulus;
                LocalDate readOn = month.atDay(20 + random.nextInt(8));
                if (!(misses && m == 8)) {
                    rounds.get(m + 1)
                            .add(new MeterReading(meter.id(), readOn, BigDecimal.valueOf(value), ReadingKind.ACTUAL));
                }
            }

            // What each month's bill comes to, as the tariff quotes the use (the run may differ on a flagged or
            // estimated month; the payer pays what the bill says, which a demo approximates).
            int habit = random.nextInt(100);
            int stopsAfter = habit < 4 ? 2 + random.nextInt(8) : 12;
            Money carried = null;
            for (int m = 0; m < 12; m++) {
                Money due = tariffs.quote(
                                tariff, QuoteRequest.of(Period.month(year, m + 1), String.valueOf(use[m]), h.members()))
                        .total();
                if (m >= stopsAfter || !due.isPositive()) {
                    continue;
                }
                // One in ten pays two months together, at the second; a few half-pay now and then.
                boolean together = habit >= 4 && habit < 14 && m % 2 == 0 && m < 11;
                if (together) {
                    carried = due;
                    continue;
                }
                Money amount = carried != null ? due.plus(carried) : due;
                carried = null;
                if (habit >= 14 && habit < 20 && random.nextInt(4) == 0) {
                    amount = amount.dividedBy(2, RoundingMode.HALF_UP);
                }
                if (!amount.isPositive()) {
                    continue;
                }
                LocalDate paidOn = YearMonth.of(year, m + 1).atDay(28).plusDays(random.nextInt(30));
                String id = paymentId(year, payments.size() + 1);
                Payment p = Payment.of(id, h.id(), paidOn, amount);
                payments.add(p);
                if (bounced < 0 && index >= 72) {
                    bounced = index;
                    payments.add(Payment.reversal(paymentId(year, payments.size() + 1), p, paidOn.plusDays(3)));
                }
            }
            index++;
        }
        List<MeterReading> readings = new ArrayList<>();
        rounds.forEach(readings::addAll);
        payments.sort(Comparator.comparing(Payment::paidOn).thenComparing(Payment::id));
        String source =
                "# Demo billing (fictional), " + year + ", seed " + (seed) + ": see billing/docs/design-decisions.md\n";
        return List.of(
                DemoFile.write(folder, ACCOUNTS, source + csv(Account.class, accounts), accounts.size()),
                DemoFile.write(folder, METERS, source + csv(Meter.class, register), register.size()),
                DemoFile.write(folder, READINGS, source + readingsCsv(readings), readings.size()),
                DemoFile.write(folder, PAYMENTS, source + paymentsCsv(payments), payments.size()));
    }

    private static String paymentId(int year, int n) {
        String digits = Integer.toString(n);
        return "PAY-" + year + "-" + "0000000".substring(Math.min(7, digits.length())) + digits;
    }

    private static int month(long key) {
        return (int) (key / 2 / 1_000_000L / 64) + 1;
    }

    private static long useOf(long key) {
        return key / 2 % 1_000_000L;
    }

    /** Readings and payments row by row, as CsvWriter writes them: a county's year is a million rows. */
    private static String readingsCsv(List<MeterReading> rows) {
        StringBuilder s = new StringBuilder(rows.size() * 44 + 32).append("meter,read_on,value,kind\n");
        for (MeterReading r : rows) {
            s.append(CsvWriter.line(List.of(
                    r.meter().value(),
                    r.readOn().toString(),
                    r.value().toPlainString(),
                    r.kind().code())));
        }
        return s.toString();
    }

    private static String paymentsCsv(List<Payment> rows) {
        StringBuilder s = new StringBuilder(rows.size() * 60 + 40).append("id,household,paid_on,amount,reverses\n");
        for (Payment p : rows) {
            s.append(CsvWriter.line(List.of(
                    p.id(),
                    p.household().value(),
                    p.paidOn().toString(),
                    p.amount().toString(),
                    p.reverses().orElse(""))));
        }
        return s.toString();
    }

    private static <T extends Record> String csv(Class<T> type, List<T> rows) {
        StringWriter out = new StringWriter(rows.size() * 48 + 64);
        try {
            CsvWriter.forRecord(type).write(out, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
