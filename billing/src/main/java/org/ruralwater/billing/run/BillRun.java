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
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.household.MeterId;
import org.ruralwater.core.money.Money;

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

    /** Marks a meter an account has claimed, in place of its readings: one map for readings and claims. */
    private static final List<MeterReading> CLAIMED = new ArrayList<>(0);

    /**
     * What the run knows of a tariff for its period: unknown, not in force through it, or usable, with the
     * one version that covers the whole period when there is one (no proration needed).
     */
    private record Pricing(
            boolean known, boolean usable, @Nullable Tariff whole) {}

    private final Tariffs tariffs;
    private final Readings readings;
    private final Subsidies subsidies;

    private BillRun(Tariffs tariffs, Readings readings, Subsidies subsidies) {
        this.tariffs = tariffs;
        this.readings = readings;
        this.subsidies = subsidies;
    }

    public static BillRun of(Tariffs tariffs, ReadingPolicy policy, Subsidies subsidies) {
        return new BillRun(
                requireNonNull(tariffs, "tariffs"),
                Readings.under(requireNonNull(policy, "policy")),
                requireNonNull(subsidies, "subsidies"));
    }

    public RunResult run(
            Period.Month period,
            List<Account> accounts,
            Map<MeterId, Meter> meters,
            List<MeterReading> meterReadings,
            Ledger ledger) {
        requireNonNull(period, "period");
        requireNonNull(ledger, "ledger");
        Map<MeterId, List<MeterReading>> byMeter = new HashMap<>(meterReadings.size());
        for (MeterReading r : meterReadings) {
            byMeter.computeIfAbsent(r.meter(), k -> new ArrayList<>(2)).add(r);
        }
        List<Period.Month> previousYear = new ArrayList<>();
        List<Period.Month> earlierThisYear = new ArrayList<>();
        Period.Month m = period.previous();
        for (int i = 0; i < 12; i++) {
            previousYear.add(0, m);
            if (m.yearMonth().getYear() == period.yearMonth().getYear()) {
                earlierThisYear.add(0, m);
            }
            m = m.previous();
        }

        // Inputs are checked in the same pass as the billing: all or nothing still holds, since nothing is
        // returned while there is a problem, and a county-sized run reads each map once instead of twice.
        List<Problem> problems = new ArrayList<>();
        Map<String, Pricing> pricing = new HashMap<>();
        String invoicePrefix = "INV-" + period + "-";
        String creditPrefix = "CRN-" + period + "-";
        long readingsUsed = 0;

        String[] keys = new String[accounts.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = accounts.get(i).household().value();
        }
        int[] order = AccountOrder.of(keys);
        List<Bill> issued = new ArrayList<>();
        List<MeteredUse> blocked = new ArrayList<>();
        List<Anomaly> anomalies = new ArrayList<>();
        Map<String, Money> funds = new TreeMap<>();
        // Reused for every household: the readings code only reads them during its call.
        List<Meter> mine = new ArrayList<>(4);
        Map<Subsidy, String[]> reliefTexts = new IdentityHashMap<>();
        List<MeterReading> several = new ArrayList<>(8);
        String previous = null;
        for (int index : order) {
            Account a = accounts.get(index);
            // Sorted by household, so a household listed twice sits next to itself (the later line second,
            // the sort being stable): no county-sized set of households is needed to find it.
            boolean again = keys[index].equals(previous);
            previous = keys[index];
            int line = index + 2;
            Pricing price = pricing.get(a.tariff());
            if (price == null) {
                price = pricing(a.tariff(), period);
                pricing.put(a.tariff(), price);
            }
            checkAccount(a, line, again, price, period, problems);
            mine.clear();
            List<MeterReading> theirReadings;
            if (a.meters().size() == 1) {
                // Nearly every rural household has one meter: its readings are passed as they are.
                MeterId id = a.meters().get(0);
                Meter meter = meters.get(id);
                List<MeterReading> rs = claim(id, meter, line, byMeter, problems);
                if (meter != null) {
                    mine.add(meter);
                }
                theirReadings = rs == null ? List.of() : rs;
            } else {
                several.clear();
                for (int i = 0; i < a.meters().size(); i++) {
                    MeterId id = a.meters().get(i);
                    Meter meter = meters.get(id);
                    List<MeterReading> rs = claim(id, meter, line, byMeter, problems);
                    if (meter != null) {
                        mine.add(meter);
                    }
                    if (rs != null) {
                        several.addAll(rs);
                    }
                }
                theirReadings = several;
            }
            readingsUsed += theirReadings.size();
            if (!problems.isEmpty()) {
                continue; // keep checking, but bill nothing once anything is wrong
            }
            MeteredUse use = readings.measure(
                    a.household(), mine, theirReadings, ledger.volumes(a.household(), previousYear), period);
            anomalies.addAll(use.anomalies());
            if (use.blocked()) {
                blocked.add(use);
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
                issued.add(credit);
                subsidyTotals(credit, funds);
                candidate = candidate.renumbered(id(invoicePrefix, a.household(), next + 1));
            }
            issued.add(candidate);
            if (subsidised) {
                subsidyTotals(candidate, funds);
            }
        }
        if (readingsUsed != meterReadings.size() || !problems.isEmpty()) {
            // Only when the counts disagree is it worth looking for the readings no account claims.
            for (int i = 0; i < meterReadings.size(); i++) {
                if (byMeter.get(meterReadings.get(i).meter()) != CLAIMED) {
                    problems.add(new Problem(
                            "readings",
                            i + 2,
                            1,
                            "meter",
                            "a meter of an account",
                            meterReadings.get(i).meter().value()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new RunResult(issued, blocked, anomalies, funds, ledger.plusIssued(issued));
    }

    private Quote quote(Pricing price, String tariff, QuoteRequest request) {
        Tariff whole = price.whole();
        return whole != null ? whole.quote(request) : tariffs.quote(tariff, request);
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

    /**
     * Claims a meter for the account on {@code line}, returning its readings (null when it has none); a
     * meter missing from the register or claimed by an earlier account is a problem.
     */
    private static @Nullable List<MeterReading> claim(
            MeterId id,
            @Nullable Meter meter,
            int line,
            Map<MeterId, List<MeterReading>> byMeter,
            List<Problem> problems) {
        if (meter == null) {
            problems.add(new Problem("accounts", line, 1, "meters", "a meter listed in meters", id.value()));
        }
        List<MeterReading> readings = byMeter.put(id, CLAIMED);
        if (readings == CLAIMED) {
            problems.add(new Problem("accounts", line, 1, "meters", "a meter no other account has", id.value()));
            return null;
        }
        return readings;
    }

    private BillLine relief(
            Subsidy s, Pricing price, String tariff, QuoteRequest request, Quote quote, Map<Subsidy, String[]> texts) {
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
        // The line's component and wording depend on the subsidy alone: made once per run, not per household.
        String[] text = texts.get(s);
        if (text == null) {
            text = reliefText(s, full.currency());
            texts.put(s, text);
        }
        return new BillLine(text[0], text[1], Optional.empty(), Optional.empty(), off.negated());
    }

    private static String[] reliefText(Subsidy s, Currency currency) {
        String what = switch (s.kind()) {
            case FREE_QUANTITY -> s.value().stripTrailingZeros().toPlainString() + " m³ free";
            case DISCOUNT_RATE ->
                s.value().movePointRight(2).stripTrailingZeros().toPlainString() + "% off";
            case FIXED_OFFSET -> Money.of(currency, s.value(), RoundingMode.HALF_UP) + " off";
        };
        return new String[] {"subsidy:" + s.fund(), s.category() + " subsidy: " + what + " (paid by " + s.fund() + ")"};
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
            problems.add(
                    new Problem("accounts", line, 1, "household", "each household once", a.household() + " again"));
        }
        if (!price.known()) {
            problems.add(new Problem("accounts", line, 1, "tariff", "a known tariff", "\"" + a.tariff() + "\""));
        } else if (!price.usable()) {
            problems.add(new Problem("accounts", line, 1, "tariff", "a tariff in force through " + period, a.tariff()));
        }
        a.subsidyCategory().ifPresent(c -> {
            if (subsidies.forCategory(c).isEmpty()) {
                problems.add(new Problem(
                        "accounts",
                        line,
                        1,
                        "subsidy_category",
                        "a category of subsidy scheme " + subsidies.id(),
                        "\"" + c + "\""));
            }
        });
        if (a.meters().isEmpty()) {
            problems.add(new Problem("accounts", line, 1, "meters", "at least one meter for a metered bill", "none"));
        }
    }
}
