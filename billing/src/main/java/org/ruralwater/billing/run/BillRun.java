package org.ruralwater.billing.run;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.ruralwater.billing.reading.Anomaly;
import org.ruralwater.billing.reading.MeterReading;
import org.ruralwater.billing.reading.MeteredUse;
import org.ruralwater.billing.reading.ReadingPolicy;
import org.ruralwater.billing.reading.Readings;
import org.ruralwater.billing.subsidy.Subsidies;
import org.ruralwater.billing.tariff.Tariffs;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.household.MeterId;
import org.ruralwater.core.wording.Phrase;

/**
 * A monthly bill run: from accounts, meters and readings to invoices, all or nothing, and idempotent.
 *
 * <ul>
 *   <li>Every input is checked before anything is billed; any problem stops the run with all problems, each
 *       at the file, line and column of its row ({@link RunInput}). A month none of whose readings has come is
 *       refused unless the run {@linkplain #estimatingMissingReads estimates missing reads}.
 *   <li>The same inputs give the same documents; running again over the ledger it produced adds nothing.
 *   <li>A household whose charge changed (a corrected reading) gets a credit note for its invoice in force
 *       and a new invoice; an issued document is never edited.
 *   <li>The run never changes the ledger it is given: it returns the documents to add and the ledger after
 *       them, so a dry run is a run whose result is not stored.
 * </ul>
 *
 * <p>A yearly tier allowance counts the volumes billed earlier in the calendar year; the high and low use
 * checks use the volumes billed in the twelve months before.
 */
public final class BillRun {

    /** Below this many accounts a run stays on the caller's thread: starting threads would cost more. */
    private static final int MINIMUM_PARALLEL = 20_000;

    private final Tariffs tariffs;
    private final Readings readings;
    private final Subsidies subsidies;

    private final int threads;
    private final int minimumParallel;
    private final boolean estimatingMissingReads;

    private BillRun(
            Tariffs tariffs,
            Readings readings,
            Subsidies subsidies,
            int threads,
            int minimumParallel,
            boolean estimatingMissingReads) {
        this.tariffs = tariffs;
        this.readings = readings;
        this.subsidies = subsidies;
        this.threads = threads;
        this.minimumParallel = minimumParallel;
        this.estimatingMissingReads = estimatingMissingReads;
    }

    /**
     * A bill run that uses every processor for county-sized runs (see {@link #withThreads}) and refuses to bill
     * a month none of whose readings it has (see {@link #estimatingMissingReads}).
     */
    public static BillRun of(Tariffs tariffs, ReadingPolicy policy, Subsidies subsidies) {
        return new BillRun(
                requireNonNull(tariffs, "tariffs"),
                Readings.under(requireNonNull(policy, "policy")),
                requireNonNull(subsidies, "subsidies"),
                Runtime.getRuntime().availableProcessors(),
                MINIMUM_PARALLEL,
                false);
    }

    /**
     * The same run on at most {@code threads} threads, the caller's included; 1 keeps it on the caller's
     * thread. The documents, problems and totals never depend on it. Runs of fewer than 20,000 accounts
     * always stay on the caller's thread.
     */
    public BillRun withThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a bill run needs at least one thread, not " + threads);
        }
        return new BillRun(tariffs, readings, subsidies, threads, minimumParallel, estimatingMissingReads);
    }

    /**
     * The same run, billing a month even when none of its readings has come: every household's use is then
     * estimated as the reading policy says for a missing reading. Without it such a run is refused, since it
     * would bill every household an estimate (an empty or last month's readings file, not a month without
     * water).
     */
    public BillRun estimatingMissingReads() {
        return new BillRun(tariffs, readings, subsidies, threads, minimumParallel, true);
    }

    /** For tests: splits even a small run across threads. */
    BillRun splittingEverything() {
        return new BillRun(tariffs, readings, subsidies, threads, 0, estimatingMissingReads);
    }

    /**
     * Bills the month from plain lists, numbered as the files {@code accounts.csv} and {@code readings.csv}
     * without comment lines would hold them; {@link #run(Period.Month, RunInput, Ledger)} names each problem at
     * the place its row was read from.
     *
     * @throws InvalidInputException listing every problem of the input; nothing is billed then
     */
    public RunResult run(
            Period.Month period,
            List<Account> accounts,
            Map<MeterId, Meter> meters,
            List<MeterReading> meterReadings,
            Ledger ledger) {
        return run(period, RunInput.of(accounts, meters, meterReadings), ledger);
    }

    /**
     * Bills the month: every input is checked, and any problem stops the run with every problem, each at the
     * file, line and column of its row.
     *
     * @throws InvalidInputException listing every problem of the input; nothing is billed then
     */
    public RunResult run(Period.Month period, RunInput input, Ledger ledger) {
        requireNonNull(period, "period");
        requireNonNull(input, "input");
        requireNonNull(ledger, "ledger");
        Rows<Account> accounts = input.accounts;
        Rows<MeterReading> meterReadings = input.readings;
        int threads = accounts.size() < minimumParallel ? 1 : this.threads;
        try (Workers workers = Workers.of(threads)) {
            MeterClaims claims = MeterClaims.group(meterReadings, threads, workers);
            String[] keys = new String[accounts.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = accounts.get(i).household().value();
            }
            int[] order = AccountOrder.of(keys, workers);
            List<Period.Month> previousYear = yearBefore(period);
            List<Period.Month> earlierThisYear = new ArrayList<>();
            for (Period.Month m : previousYear) {
                if (m.yearMonth().getYear() == period.yearMonth().getYear()) {
                    earlierThisYear.add(m);
                }
            }
            RunMonth month = new RunMonth(
                    period,
                    accounts,
                    input.meters,
                    claims,
                    ledger,
                    keys,
                    order,
                    previousYear,
                    earlierThisYear,
                    "INV-" + period + "-",
                    "CRN-" + period + "-");
            // Contiguous stretches of the household order, billed by whichever thread is free and put back
            // together in order: the documents are the same whatever the number of threads.
            int chunks = threads == 1 ? 1 : threads * 8;
            Stretch.Rules rules =
                    new Stretch.Rules(tariffs, readings, subsidies, new AccountChecks(accounts, subsidies, period));
            List<Stretch> billed = workers.each(
                    chunks,
                    c -> Stretch.bill(month, rules, c * order.length / chunks, (c + 1) * order.length / chunks));

            List<Problem> problems = new ArrayList<>(input.problems);
            problems.addAll(claims.claim(accounts, workers));
            List<Bill> issued = new ArrayList<>(accounts.size());
            List<MeteredUse> blocked = new ArrayList<>();
            List<Anomaly> anomalies = new ArrayList<>();
            FundTotals funds = new FundTotals();
            long readingsUsed = 0;
            for (Stretch s : billed) {
                problems.addAll(s.problems);
                issued.addAll(s.issued);
                blocked.addAll(s.blocked);
                anomalies.addAll(s.anomalies);
                funds.addAll(s.funds);
                readingsUsed += s.readingsUsed;
            }
            if (readingsUsed != meterReadings.size() || !problems.isEmpty()) {
                // Only when the counts disagree is it worth looking for the readings no account claims.
                problems.addAll(claims.unclaimed(input.meters));
            }
            if (!estimatingMissingReads && accounts.size() > 0 && !anyReadIn(period, meterReadings)) {
                problems.add(meterReadings.problemWithAll(
                        "read_on",
                        Phrase.of(BillingWords.READING_IN_PERIOD, period),
                        Phrase.of(BillingWords.NO_READING_IN, meterReadings.size(), period)));
            }
            if (!problems.isEmpty()) {
                // A meter two accounts claim has its readings checked for each: its problems are said once.
                throw new InvalidInputException(new ArrayList<>(new LinkedHashSet<>(problems)));
            }
            return new RunResult(issued, blocked, anomalies, funds.byName(), ledger.plusIssued(issued));
        }
    }

    /** Whether any reading was taken in the period; the first one usually is, or the second. */
    private static boolean anyReadIn(Period.Month period, Rows<MeterReading> readings) {
        LocalDate start = period.start();
        LocalDate end = period.end();
        for (int i = 0; i < readings.size(); i++) {
            LocalDate on = readings.get(i).readOn();
            if (!on.isBefore(start) && !on.isAfter(end)) {
                return true;
            }
        }
        return false;
    }

    /** The twelve months before the period, oldest first. */
    private static List<Period.Month> yearBefore(Period.Month period) {
        List<Period.Month> months = new ArrayList<>(12);
        Period.Month m = period.previous();
        for (int i = 0; i < 12; i++) {
            months.add(0, m);
            m = m.previous();
        }
        return months;
    }
}
