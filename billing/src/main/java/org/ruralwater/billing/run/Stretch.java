package org.ruralwater.billing.run;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.billing.reading.Anomaly;
import org.ruralwater.billing.reading.AnomalyCode;
import org.ruralwater.billing.reading.MeterReading;
import org.ruralwater.billing.reading.MeteredUse;
import org.ruralwater.billing.reading.Readings;
import org.ruralwater.billing.subsidy.Subsidies;
import org.ruralwater.billing.subsidy.Subsidy;
import org.ruralwater.billing.tariff.BillLine;
import org.ruralwater.billing.tariff.Quote;
import org.ruralwater.billing.tariff.QuoteRequest;
import org.ruralwater.billing.tariff.Tariffs;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.household.MeterId;
import org.ruralwater.core.money.Money;
import org.ruralwater.core.range.Range;
import org.ruralwater.core.wording.Phrase;

/**
 * One contiguous stretch of a run's household order, billed by one thread, and what it produced: documents,
 * households held back, anomalies, what each fund owes, and the problems of its accounts.
 *
 * <p>Inputs are checked in the same pass as the billing: all or nothing still holds, since the run returns
 * nothing while there is a problem, and a county-sized run reads each map once instead of twice. Once a
 * stretch has found a problem it keeps checking but bills nothing.
 */
final class Stretch {

    /** What a quote can price: a period's use beyond it is an input problem, not a bill. */
    private static final Range CONSUMPTION = Range.of(QuoteRequest.class, "consumption");

    final List<Problem> problems = new ArrayList<>();
    final List<Bill> issued = new ArrayList<>();
    final List<MeteredUse> blocked = new ArrayList<>();
    final List<Anomaly> anomalies = new ArrayList<>();
    final FundTotals funds = new FundTotals();
    /** How many readings the stretch's accounts claimed, for the run to compare with the readings it got. */
    long readingsUsed;

    /** What a run bills by, the same for each of its stretches. */
    record Rules(Tariffs tariffs, Readings readings, Subsidies subsidies, AccountChecks checks) {}

    private final RunMonth month;
    private final Tariffs tariffs;
    private final Readings readings;
    private final Subsidies subsidies;
    private final AccountChecks checks;

    private final Map<String, Pricing> pricing = new HashMap<>();
    private final ReliefLines relief = new ReliefLines();
    // Reused for every household: the readings code only reads them during its call.
    private final List<Meter> meters = new ArrayList<>(4);
    private final List<MeterReading> meterReadings = new ArrayList<>(8);

    private Stretch(RunMonth month, Rules rules) {
        this.month = month;
        this.tariffs = rules.tariffs();
        this.readings = rules.readings();
        this.subsidies = rules.subsidies();
        this.checks = rules.checks();
    }

    /** Bills the accounts at positions {@code from} to {@code to} of the household order. */
    static Stretch bill(RunMonth month, Rules rules, int from, int to) {
        Stretch s = new Stretch(month, rules);
        for (int position = from; position < to; position++) {
            s.billAt(position);
        }
        return s;
    }

    private void billAt(int position) {
        int index = month.order()[position];
        Account a = month.accounts().get(index);
        Pricing price = pricingOf(a.tariff());
        checks.check(index, listedAgain(position), price, problems);
        gatherMeters(a, index);
        if (!problems.isEmpty() || !(price instanceof Pricing.InForce inForce)) {
            return; // keep checking, but bill nothing once anything is wrong
        }
        Ledger ledger = month.ledger();
        MeteredUse use = readings.measure(
                a.household(),
                meters,
                meterReadings,
                ledger.volumes(a.household(), month.previousYear()),
                month.period());
        if (!use.anomalies().isEmpty()) {
            anomalies.addAll(use.anomalies());
        }
        if (use.blocked()) {
            blocked.add(use);
            return;
        }
        if (use.m3().compareTo(CONSUMPTION.max()) > 0) { // a use is never negative
            // Readings within their registers still add up beyond what a period can use over several meters.
            problems.add(month.accounts()
                    .problem(
                            index,
                            "meters",
                            CONSUMPTION.expected(Phrase.of(BillingWords.USE_OF_PERIOD)),
                            Phrase.verbatim(use.m3().toPlainString())));
            return;
        }
        BigDecimal usedEarlier = BigDecimal.ZERO;
        List<BigDecimal> earlier = ledger.volumes(a.household(), month.earlierThisYear());
        for (int i = 0; i < earlier.size(); i++) {
            usedEarlier = usedEarlier.add(earlier.get(i));
        }
        Bill invoice;
        boolean subsidised;
        try {
            QuoteRequest request = new QuoteRequest(month.period(), use.m3(), a.members(), usedEarlier, a.quota());
            Quote quote = inForce.quotes().quote(request);
            Optional<BillLine> subsidyLine = subsidyLine(a, quote, request, inForce.quotes());
            List<BillLine> lines = quote.lines();
            Money total = quote.total();
            if (subsidyLine.isPresent()) {
                lines = new ArrayList<>(lines);
                lines.add(subsidyLine.get());
                total = total.plus(subsidyLine.get().amount());
            }
            subsidised = subsidyLine.isPresent();
            invoice = new Bill(
                    id(month.invoicePrefix(), a.household(), 1),
                    Bill.Kind.INVOICE,
                    a.household(),
                    month.period(),
                    a.tariff(),
                    use.m3(),
                    lines,
                    total,
                    use.estimated(),
                    flags(use),
                    Optional.empty());
        } catch (IllegalArgumentException e) {
            // A bill the tariff cannot make for this account (no quota for a quota tariff, an amount beyond any
            // bill): the account's input, not a fault of the run.
            problems.add(month.accounts()
                    .problem(
                            index,
                            "tariff",
                            Phrase.of(BillingWords.BILL_THE_TARIFF_MAKES),
                            Phrase.verbatim(String.valueOf(e.getMessage()).replace('\n', ' '))));
            return;
        }
        issue(invoice, subsidised);
    }

    private Pricing pricingOf(String tariff) {
        Pricing price = pricing.get(tariff);
        if (price == null) {
            price = Pricing.of(tariffs, tariff, month.period());
            pricing.put(tariff, price);
        }
        return price;
    }

    /**
     * Whether the household of the account at this position was listed by the account before it. Sorted by
     * household, a household listed twice sits next to itself (the later line second, the sort being stable):
     * no county-sized set of households is needed to find it.
     */
    private boolean listedAgain(int position) {
        int[] order = month.order();
        String[] keys = month.keys();
        return position > 0 && keys[order[position]].equals(keys[order[position - 1]]);
    }

    /**
     * Puts the account's registered meters and their readings in the reused lists, checking each meter and
     * each reading against its meter's register.
     */
    private void gatherMeters(Account a, int index) {
        meters.clear();
        meterReadings.clear();
        for (int i = 0; i < a.meters().size(); i++) {
            MeterId id = a.meters().get(i);
            Meter meter = checks.registered(index, id, month.meters(), meters, problems);
            month.claims().addReadingsOf(id, meter, meterReadings, problems);
        }
        readingsUsed += meterReadings.size();
    }

    private Optional<BillLine> subsidyLine(Account a, Quote quote, QuoteRequest request, QuoteMemo quotes) {
        if (a.subsidyCategory().isEmpty()) {
            return Optional.empty();
        }
        Optional<Subsidy> subsidy = subsidies.forCategory(a.subsidyCategory().get());
        return subsidy.isEmpty() ? Optional.empty() : relief.on(quote, request, subsidy.get(), quotes);
    }

    private static List<AnomalyCode> flags(MeteredUse use) {
        if (use.anomalies().isEmpty()) {
            return List.of();
        }
        List<AnomalyCode> flags = new ArrayList<>(use.anomalies().size());
        for (int i = 0; i < use.anomalies().size(); i++) {
            flags.add(use.anomalies().get(i).code());
        }
        return flags;
    }

    /**
     * Issues a household's first invoice for the period, numbered 1, unless the invoice in force already
     * charges the same; a changed charge is a credit note for the invoice in force and the invoice renumbered
     * after it.
     *
     * @param subsidised whether the invoice has a subsidy line, whose fund then owes its relief
     */
    private void issue(Bill invoice, boolean subsidised) {
        Ledger ledger = month.ledger();
        HouseholdId household = invoice.household();
        Optional<Bill> current = ledger.inForce(household, month.period());
        if (current.isPresent()) {
            if (current.get().sameCharge(invoice)) {
                return;
            }
            int next = ledger.count(household, month.period()) + 1;
            Bill credit = CreditNotes.cancelling(current.get(), id(month.creditPrefix(), household, next));
            issued.add(credit);
            funds.add(credit);
            invoice = invoice.renumbered(id(month.invoicePrefix(), household, next + 1));
        }
        issued.add(invoice);
        if (subsidised) {
            funds.add(invoice);
        }
    }

    private static String id(String prefix, HouseholdId h, int n) {
        return prefix + h.value() + "-" + n;
    }
}
