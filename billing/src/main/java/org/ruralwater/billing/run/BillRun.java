package org.ruralwater.billing.run;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
        Set<MeterId> accountMeters = new HashSet<>(accounts.size() * 2);
        Map<String, Boolean> tariffOk = new HashMap<>();
        long readingsUsed = 0;

        List<Integer> order = new ArrayList<>(accounts.size());
        for (int i = 0; i < accounts.size(); i++) {
            order.add(i);
        }
        String[] keys = new String[accounts.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = accounts.get(i).household().value();
        }
        order.sort((x, y) -> keys[x].compareTo(keys[y]));
        List<Bill> issued = new ArrayList<>();
        List<MeteredUse> blocked = new ArrayList<>();
        List<Anomaly> anomalies = new ArrayList<>();
        Map<String, Money> funds = new TreeMap<>();
        String previous = null;
        for (int index : order) {
            Account a = accounts.get(index);
            // Sorted by household, so a household listed twice sits next to itself (the later line second,
            // the sort being stable): no county-sized set of households is needed to find it.
            boolean again = keys[index].equals(previous);
            previous = keys[index];
            if (!valid(a, index + 2, again, period, meters, accountMeters, tariffOk, problems)) {
                continue;
            }
            Map<MeterId, Meter> mine;
            List<MeterReading> theirReadings;
            if (a.meters().size() == 1) {
                // Nearly every rural household has one meter: no copies for it.
                MeterId id = a.meters().get(0);
                mine = Map.of(id, meters.get(id));
                List<MeterReading> rs = byMeter.get(id);
                theirReadings = rs == null ? List.of() : rs;
                readingsUsed += theirReadings.size();
            } else {
                mine = new HashMap<>(4);
                theirReadings = new ArrayList<>(4);
                for (MeterId id : a.meters()) {
                    mine.put(id, meters.get(id));
                    List<MeterReading> rs = byMeter.get(id);
                    if (rs != null) {
                        theirReadings.addAll(rs);
                        readingsUsed += rs.size();
                    }
                }
            }
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
            for (BigDecimal v : ledger.volumes(a.household(), earlierThisYear)) {
                usedEarlier = usedEarlier.add(v);
            }
            QuoteRequest request = new QuoteRequest(period, use.m3(), a.members(), usedEarlier, a.quota());
            Quote quote = tariffs.quote(a.tariff(), request);
            List<BillLine> lines = new ArrayList<>(quote.lines());
            Money total = quote.total();
            Optional<Subsidy> subsidy = a.subsidyCategory().flatMap(subsidies::forCategory);
            if (subsidy.isPresent()) {
                BillLine relief = relief(subsidy.get(), a.tariff(), request, quote);
                if (!relief.amount().isZero()) {
                    lines.add(relief);
                    total = total.plus(relief.amount());
                }
            }
            List<AnomalyCode> flags = new ArrayList<>(use.anomalies().size());
            for (Anomaly an : use.anomalies()) {
                flags.add(an.code());
            }
            Optional<Bill> current = ledger.inForce(a.household(), period);
            int next = current.isEmpty() ? 1 : ledger.count(a.household(), period) + 1;
            Bill candidate = new Bill(
                    id("INV", period, a.household(), next),
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
                Bill credit = credit(current.get(), id("CRN", period, a.household(), next));
                issued.add(credit);
                subsidyTotals(credit, funds);
                candidate = candidate.renumbered(id("INV", period, a.household(), next + 1));
            }
            issued.add(candidate);
            subsidyTotals(candidate, funds);
        }
        if (readingsUsed != meterReadings.size() || !problems.isEmpty()) {
            // Only when the counts disagree is it worth looking for the readings no account claims.
            for (int i = 0; i < meterReadings.size(); i++) {
                if (!accountMeters.contains(meterReadings.get(i).meter())) {
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

    private BillLine relief(Subsidy s, String tariff, QuoteRequest request, Quote quote) {
        Money full = quote.total();
        Money off;
        String what;
        switch (s.kind()) {
            case FREE_QUANTITY -> {
                BigDecimal reduced = request.consumption().subtract(s.value()).max(BigDecimal.ZERO);
                QuoteRequest less = new QuoteRequest(
                        request.period(), reduced, request.members(), request.usedEarlier(), request.quota());
                off = full.minus(tariffs.quote(tariff, less).total());
                what = s.value().stripTrailingZeros().toPlainString() + " m³ free";
            }
            case DISCOUNT_RATE -> {
                off = full.multipliedBy(s.value(), java.math.RoundingMode.HALF_UP);
                what = s.value().movePointRight(2).stripTrailingZeros().toPlainString() + "% off";
            }
            default -> {
                Money offset = Money.of(full.currency(), s.value(), java.math.RoundingMode.HALF_UP);
                off = offset.min(full);
                what = offset + " off";
            }
        }
        return new BillLine(
                "subsidy:" + s.fund(),
                s.category() + " subsidy: " + what + " (paid by " + s.fund() + ")",
                Optional.empty(),
                Optional.empty(),
                off.negated());
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

    private static String id(String prefix, Period period, HouseholdId h, int n) {
        return prefix + "-" + period + "-" + h.value() + "-" + n;
    }

    /** Checks one account, adding its problems; true when it can be billed. */
    private boolean valid(
            Account a,
            int line,
            boolean again,
            Period.Month period,
            Map<MeterId, Meter> meters,
            Set<MeterId> accountMeters,
            Map<String, Boolean> tariffOk,
            List<Problem> problems) {
        int before = problems.size();
        if (again) {
            problems.add(
                    new Problem("accounts", line, 1, "household", "each household once", a.household() + " again"));
        }
        // null: unknown tariff; false: not in force through the period. Checked once per tariff.
        Boolean usable = tariffOk.computeIfAbsent(
                a.tariff(),
                t -> tariffs.ids().contains(t)
                        ? tariffs.inForce(t, period.start()).isPresent()
                                && tariffs.inForce(t, period.end()).isPresent()
                        : null);
        if (usable == null) {
            problems.add(new Problem("accounts", line, 1, "tariff", "a known tariff", "\"" + a.tariff() + "\""));
        } else if (!usable) {
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
        for (MeterId id : a.meters()) {
            if (!meters.containsKey(id)) {
                problems.add(new Problem("accounts", line, 1, "meters", "a meter listed in meters", id.value()));
            }
            if (!accountMeters.add(id)) {
                problems.add(new Problem("accounts", line, 1, "meters", "a meter no other account has", id.value()));
            }
        }
        return problems.size() == before;
    }
}
