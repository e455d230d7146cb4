package org.ruralwater.billing.run;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.ruralwater.billing.reading.Anomaly;
import org.ruralwater.billing.reading.AnomalyCode;
import org.ruralwater.billing.reading.MeterReading;
import org.ruralwater.billing.reading.MeteredUse;
import org.ruralwater.billing.reading.ReadingPolicy;
import org.ruralwater.billing.reading.Readings;
import org.ruralwater.billing.subsidy.Subsidies;
import org.ruralwater.billing.subsidy.Subsidy;
import org.ruralwater.billing.tariff.BillLine;
import org.ruralwater.billing.tariff.Quote;
import org.ruralwater.billing.tariff.QuoteRequest;
import org.ruralwater.billing.tariff.Tariff;
import org.ruralwater.billing.tariff.Tariffs;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.household.MeterId;
import org.ruralwater.core.money.Money;
import org.ruralwater.core.wording.Phrase;

/**
 * A monthly bill run: from accounts, meters and readings to invoices, all or nothing, and idempotent.
 *
 * <ul>
 *   <li>Every input is checked before anything is billed; any problem stops the run with all problems.
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

    /**
     * What a stretch of the run knows of a tariff for its period: unknown, not in force through it, or usable,
     * with the one version that covers the whole period when there is one (no proration needed), and the
     * quotes made so far (the map belongs to one stretch, so to one thread).
     */
    private record Pricing(
            boolean known, boolean usable, @Nullable Tariff whole, Map<QuoteRequest, Quote> quotes) {
        Pricing(boolean known, boolean usable, @Nullable Tariff whole) {
            this(known, usable, whole, new HashMap<>());
        }
    }

    /** Below this many accounts a run stays on the caller's thread: starting threads would cost more. */
    private static final int MINIMUM_PARALLEL = 20_000;

    /**
     * How many quotes a stretch of a run remembers per tariff. A quote is a function of its request alone, and
     * rural households mostly use a few whole cubic metres, so a county's million requests are a few hundred
     * distinct ones: remembering them spares the pricing, and lets the bills share their lines instead of each
     * holding five objects of its own for every collection to copy. The limit keeps unusual input from growing
     * the memory without bound.
     */
    private static final int QUOTES_REMEMBERED = 10_000;

    private final Tariffs tariffs;
    private final Readings readings;
    private final Subsidies subsidies;

    private final int threads;
    private final int minimumParallel;

    private BillRun(Tariffs tariffs, Readings readings, Subsidies subsidies, int threads, int minimumParallel) {
        this.tariffs = tariffs;
        this.readings = readings;
        this.subsidies = subsidies;
        this.threads = threads;
        this.minimumParallel = minimumParallel;
    }

    /** A bill run that uses every processor for county-sized runs; see {@link #withThreads}. */
    public static BillRun of(Tariffs tariffs, ReadingPolicy policy, Subsidies subsidies) {
        return new BillRun(
                requireNonNull(tariffs, "tariffs"),
                Readings.under(requireNonNull(policy, "policy")),
                requireNonNull(subsidies, "subsidies"),
                Runtime.getRuntime().availableProcessors(),
                MINIMUM_PARALLEL);
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
        return new BillRun(tariffs, readings, subsidies, threads, minimumParallel);
    }

    /** For tests: splits even a small run across threads. */
    BillRun splittingEverything() {
        return new BillRun(tariffs, readings, subsidies, threads, 0);
    }

    public RunResult run(
            Period.Month period,
            List<Account> accounts,
            Map<MeterId, Meter> meters,
            List<MeterReading> meterReadings,
            Ledger ledger) {
        requireNonNull(period, "period");
        requireNonNull(ledger, "ledger");
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
            Month month = new Month(
                    period,
                    accounts,
                    meters,
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
            List<Chunk> billed =
                    workers.each(chunks, c -> bill(month, c * order.length / chunks, (c + 1) * order.length / chunks));

            List<Problem> problems = new ArrayList<>(claims.claim(accounts, workers));
            List<Bill> issued = new ArrayList<>(accounts.size());
            List<MeteredUse> blocked = new ArrayList<>();
            List<Anomaly> anomalies = new ArrayList<>();
            Map<String, Money> funds = new TreeMap<>();
            long readingsUsed = 0;
            for (Chunk c : billed) {
                problems.addAll(c.problems);
                issued.addAll(c.issued);
                blocked.addAll(c.blocked);
                anomalies.addAll(c.anomalies);
                c.funds.forEach((fund, amount) -> funds.merge(fund, amount, Money::plus));
                readingsUsed += c.readingsUsed;
            }
            if (readingsUsed != meterReadings.size() || !problems.isEmpty()) {
                // Only when the counts disagree is it worth looking for the readings no account claims.
                problems.addAll(claims.unclaimed(meterReadings));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new RunResult(issued, blocked, anomalies, funds, ledger.plusIssued(issued));
        }
    }

    /**
     * What every stretch of a run reads and nothing changes while the households are billed.
     *
     * @param previousYear the twelve months before, for the high and low use checks
     * @param earlierThisYear the months before in the same calendar year, for yearly allowances
     */
    private record Month(
            Period.Month period,
            List<Account> accounts,
            Map<MeterId, Meter> meters,
            MeterClaims claims,
            Ledger ledger,
            String[] keys,
            int[] order,
            List<Period.Month> previousYear,
            List<Period.Month> earlierThisYear,
            String invoicePrefix,
            String creditPrefix) {}

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

    /** What one stretch of the household order produced. */
    private static final class Chunk {
        final List<Problem> problems = new ArrayList<>();
        final List<Bill> issued = new ArrayList<>();
        final List<MeteredUse> blocked = new ArrayList<>();
        final List<Anomaly> anomalies = new ArrayList<>();
        final Map<String, Money> funds = new TreeMap<>();
        long readingsUsed;
    }

    /** Bills the accounts at positions {@code from} to {@code to} of the household order. */
    private Chunk bill(Month month, int from, int to) {
        Period.Month period = month.period();
        Ledger ledger = month.ledger();
        List<Period.Month> previousYear = month.previousYear();
        List<Period.Month> earlierThisYear = month.earlierThisYear();
        String invoicePrefix = month.invoicePrefix();
        String creditPrefix = month.creditPrefix();
        Chunk out = new Chunk();
        List<Problem> problems = out.problems;
        // Inputs are checked in the same pass as the billing: all or nothing still holds, since nothing is
        // returned while there is a problem, and a county-sized run reads each map once instead of twice.
        Map<String, Pricing> pricing = new HashMap<>();
        Map<Subsidy, ReliefText> reliefTexts = new IdentityHashMap<>();
        // Reused for every household: the readings code only reads them during its call.
        List<Meter> mine = new ArrayList<>(4);
        List<MeterReading> theirReadings = new ArrayList<>(8);
        String[] keys = month.keys();
        int[] order = month.order();
        for (int position = from; position < to; position++) {
            int index = order[position];
            Account a = month.accounts().get(index);
            // Sorted by household, so a household listed twice sits next to itself (the later line second,
            // the sort being stable): no county-sized set of households is needed to find it.
            boolean again = position > 0 && keys[index].equals(keys[order[position - 1]]);
            int line = index + 2;
            Pricing price = pricing.get(a.tariff());
            if (price == null) {
                price = pricing(a.tariff(), period);
                pricing.put(a.tariff(), price);
            }
            checkAccount(a, line, again, price, period, problems);
            mine.clear();
            theirReadings.clear();
            for (int i = 0; i < a.meters().size(); i++) {
                MeterId id = a.meters().get(i);
                registered(id, month.meters(), line, mine, problems);
                month.claims().addReadingsOf(id, theirReadings);
            }
            out.readingsUsed += theirReadings.size();
            if (!problems.isEmpty()) {
                continue; // keep checking, but bill nothing once anything is wrong
            }
            MeteredUse use = readings.measure(
                    a.household(), mine, theirReadings, ledger.volumes(a.household(), previousYear), period);
            if (!use.anomalies().isEmpty()) {
                out.anomalies.addAll(use.anomalies());
            }
            if (use.blocked()) {
                out.blocked.add(use);
                continue;
            }
            BigDecimal usedEarlier = BigDecimal.ZERO;
            List<BigDecimal> earlier = ledger.volumes(a.household(), earlierThisYear);
            for (int i = 0; i < earlier.size(); i++) {
                usedEarlier = usedEarlier.add(earlier.get(i));
            }
            QuoteRequest request = new QuoteRequest(period, use.m3(), a.members(), usedEarlier, a.quota());
            Quote quote = quote(price, a.tariff(), request);
            List<BillLine> lines = quote.lines();
            Money total = quote.total();
            Subsidy subsidy = a.subsidyCategory().isEmpty()
                    ? null
                    : subsidies.forCategory(a.subsidyCategory().get()).orElse(null);
            boolean subsidised = false;
            if (subsidy != null) {
                BillLine relief = relief(subsidy, price, a.tariff(), request, quote, reliefTexts);
                if (!relief.amount().isZero()) {
                    lines = new ArrayList<>(lines);
                    lines.add(relief);
                    total = total.plus(relief.amount());
                    subsidised = true;
                }
            }
            List<AnomalyCode> flags = use.anomalies().isEmpty()
                    ? List.of()
                    : new ArrayList<>(use.anomalies().size());
            for (int i = 0; i < use.anomalies().size(); i++) {
                flags.add(use.anomalies().get(i).code());
            }
            Optional<Bill> current = ledger.inForce(a.household(), period);
            int next = current.isEmpty() ? 1 : ledger.count(a.household(), period) + 1;
            Bill candidate = new Bill(
                    id(invoicePrefix, a.household(), next),
                    Bill.Kind.INVOICE,
                    a.household(),
                    period,
                    a.tariff(),
                    use.m3(),
                    lines,
                    total,
                    use.estimated(),
                    flags,
                    Optional.empty());
            if (current.isPresent() && current.get().sameCharge(candidate)) {
                continue;
            }
            if (current.isPresent()) {
                Bill credit = credit(current.get(), id(creditPrefix, a.household(), next));
                out.issued.add(credit);
                subsidyTotals(credit, out.funds);
                candidate = candidate.renumbered(id(invoicePrefix, a.household(), next + 1));
            }
            out.issued.add(candidate);
            if (subsidised) {
                subsidyTotals(candidate, out.funds);
            }
        }
        return out;
    }

    private Quote quote(Pricing price, String tariff, QuoteRequest request) {
        Quote remembered = price.quotes().get(request);
        if (remembered != null) {
            return remembered;
        }
        Tariff whole = price.whole();
        Quote quote = whole != null ? whole.quote(request) : tariffs.quote(tariff, request);
        if (price.quotes().size() < QUOTES_REMEMBERED) {
            price.quotes().put(request, quote);
        }
        return quote;
    }

    private Pricing pricing(String tariff, Period.Month period) {
        if (!tariffs.ids().contains(tariff)) {
            return new Pricing(false, false, null);
        }
        Optional<Tariff> first = tariffs.inForce(tariff, period.start());
        Optional<Tariff> last = tariffs.inForce(tariff, period.end());
        if (first.isEmpty() || last.isEmpty()) {
            return new Pricing(true, false, null);
        }
        return new Pricing(true, true, first.get() == last.get() ? first.get() : null);
    }

    /** Adds the meter to the household's list, or a problem when the register does not have it. */
    private static void registered(
            MeterId id, Map<MeterId, Meter> meters, int line, List<Meter> mine, List<Problem> problems) {
        Meter meter = meters.get(id);
        if (meter == null) {
            problems.add(new Problem(
                    "accounts", line, 1, "meters", Phrase.of(BillingWords.METER_LISTED), Phrase.verbatim(id.value())));
        } else {
            mine.add(meter);
        }
    }

    private BillLine relief(
            Subsidy s,
            Pricing price,
            String tariff,
            QuoteRequest request,
            Quote quote,
            Map<Subsidy, ReliefText> texts) {
        Money full = quote.total();
        Money off = switch (s.kind()) {
            case FREE_QUANTITY -> {
                BigDecimal reduced = request.consumption().subtract(s.value()).max(BigDecimal.ZERO);
                QuoteRequest less = new QuoteRequest(
                        request.period(), reduced, request.members(), request.usedEarlier(), request.quota());
                yield full.minus(quote(price, tariff, less).total());
            }
            case DISCOUNT_RATE -> full.multipliedBy(s.value(), RoundingMode.HALF_UP);
            case FIXED_OFFSET ->
                Money.of(full.currency(), s.value(), RoundingMode.HALF_UP).min(full);
        };
        // The line's component and wording depend on the subsidy alone: made once per stretch of the run, not
        // per household.
        ReliefText text = texts.get(s);
        if (text == null) {
            text = ReliefText.of(s, full.currency());
            texts.put(s, text);
        }
        return new BillLine(text.component(), text.description(), Optional.empty(), Optional.empty(), off.negated());
    }

    /** What a subsidy line says: its component, naming the fund, and its description. */
    private record ReliefText(String component, String description) {
        static ReliefText of(Subsidy s, Currency currency) {
            String what = switch (s.kind()) {
                case FREE_QUANTITY -> s.value().stripTrailingZeros().toPlainString() + " m³ free";
                case DISCOUNT_RATE ->
                    s.value().movePointRight(2).stripTrailingZeros().toPlainString() + "% off";
                case FIXED_OFFSET -> Money.of(currency, s.value(), RoundingMode.HALF_UP) + " off";
            };
            return new ReliefText(
                    "subsidy:" + s.fund(), s.category() + " subsidy: " + what + " (paid by " + s.fund() + ")");
        }
    }

    private static Bill credit(Bill old, String id) {
        List<BillLine> negated = old.lines().stream()
                .map(l -> new BillLine(
                        l.component(),
                        "credit: " + l.description(),
                        l.quantity().map(BigDecimal::negate),
                        l.unitPrice(),
                        l.amount().negated()))
                .toList();
        return new Bill(
                id,
                Bill.Kind.CREDIT_NOTE,
                old.household(),
                old.period(),
                old.tariff(),
                old.m3().negate(),
                negated,
                old.total().negated(),
                old.estimated(),
                old.flags(),
                Optional.of(old.id()));
    }

    private static void subsidyTotals(Bill b, Map<String, Money> funds) {
        for (BillLine l : b.lines()) {
            if (l.component().startsWith("subsidy:")) {
                funds.merge(
                        l.component().substring("subsidy:".length()), l.amount().negated(), Money::plus);
            }
        }
    }

    private static String id(String prefix, HouseholdId h, int n) {
        return prefix + h.value() + "-" + n;
    }

    /** Checks an account's household, tariff, subsidy category and meter list, adding its problems. */
    private void checkAccount(
            Account a, int line, boolean again, Pricing price, Period.Month period, List<Problem> problems) {
        if (again) {
            problems.add(new Problem(
                    "accounts",
                    line,
                    1,
                    "household",
                    Phrase.of(BillingWords.HOUSEHOLD_ONCE),
                    Phrase.of(BillingWords.HOUSEHOLD_AGAIN, a.household())));
        }
        if (!price.known()) {
            problems.add(new Problem(
                    "accounts", line, 1, "tariff", Phrase.of(BillingWords.KNOWN_TARIFF), Phrase.quoted(a.tariff())));
        } else if (!price.usable()) {
            problems.add(new Problem(
                    "accounts",
                    line,
                    1,
                    "tariff",
                    Phrase.of(BillingWords.TARIFF_IN_FORCE, period),
                    Phrase.verbatim(a.tariff())));
        }
        a.subsidyCategory().ifPresent(c -> {
            if (subsidies.forCategory(c).isEmpty()) {
                problems.add(new Problem(
                        "accounts",
                        line,
                        1,
                        "subsidy_category",
                        Phrase.of(BillingWords.SUBSIDY_CATEGORY_OF, subsidies.id()),
                        Phrase.quoted(c)));
            }
        });
        if (a.meters().isEmpty()) {
            problems.add(new Problem(
                    "accounts",
                    line,
                    1,
                    "meters",
                    Phrase.of(BillingWords.AT_LEAST_ONE_METER),
                    Phrase.of(BillingWords.NONE)));
        }
    }
}
