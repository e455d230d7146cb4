package org.ruralwater.billing.tariff;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.ruralwater.billing.subsidy.Fund;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.core.money.Money;
import org.ruralwater.core.range.Range;
import org.ruralwater.core.range.Within;

/**
 * One line of a bill or quote: what is charged, for how much water at what price, and the amount rounded
 * once, as the tariff says.
 *
 * @param quantity the volume in m³ the line charges, when it charges volume: within ±10^9 m³, negative on a
 *     credit note
 * @param unitPrice the price per m³ (or per household or person for fixed charges), 0 to 10^9 yuan
 * @param amount within ±10^9 of the currency's unit, negative for relief and on credit notes
 * @param fund the fund that pays the line instead of the household (a subsidy's relief); such a line is named
 *     {@code subsidy:<fund>}, and a line so named gets its fund from the name when none is given, as a line
 *     read back from a ledger file does (the file names the fund only there)
 */
public record BillLine(
        String component,
        String description,
        @Within(min = "-1e9", max = "1e9", unit = "m³") Optional<BigDecimal> quantity,
        @Within(min = "0", max = "1e9") Optional<BigDecimal> unitPrice,
        @Within(min = "-1e9", max = "1e9") Money amount,
        Optional<Fund> fund) {

    private static final Range QUANTITY = Range.of(BillLine.class, "quantity");
    private static final Range UNIT_PRICE = Range.of(BillLine.class, "unitPrice");
    private static final Range AMOUNT = Range.of(BillLine.class, "amount");

    /** A line the household pays, or one named {@code subsidy:<fund>}, which that fund pays. */
    public BillLine(
            String component,
            String description,
            Optional<BigDecimal> quantity,
            Optional<BigDecimal> unitPrice,
            Money amount) {
        this(component, description, quantity, unitPrice, amount, Optional.empty());
    }

    /** A line the fund pays: a subsidy's relief, {@code amount} being negative. */
    public static BillLine paidBy(Fund fund, String description, Money amount) {
        return new BillLine(
                fund.lineComponent(), description, Optional.empty(), Optional.empty(), amount, Optional.of(fund));
    }

    /** The sum of the lines' amounts; a plain loop, since every bill of a run computes it. */
    public static Money total(Currency currency, List<BillLine> lines) {
        // Summing the amounts and making one Money spares a Money per line on a million bills; a one-line bill
        // (most of them) shares its line's amount, as Money is immutable.
        if (lines.size() == 1 && lines.get(0).amount().currency().equals(currency)) {
            return lines.get(0).amount();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            Money amount = lines.get(i).amount();
            if (!amount.currency().equals(currency)) {
                Money.zero(currency).plus(amount); // throws the CurrencyMismatchException that names both
            }
            sum = sum.add(amount.amount());
        }
        return Money.of(currency, sum, RoundingMode.UNNECESSARY);
    }

    public BillLine {
        requireNonNull(component, "component");
        requireNonNull(description, "description");
        requireNonNull(quantity, "quantity");
        requireNonNull(unitPrice, "unitPrice");
        requireNonNull(amount, "amount");
        requireNonNull(fund, "fund");
        if (quantity.isPresent() && !QUANTITY.contains(quantity.get())) {
            QUANTITY.check(BillingWords.QUANTITY_OF_LINE, component, quantity.get());
        }
        if (unitPrice.isPresent() && !UNIT_PRICE.contains(unitPrice.get())) {
            UNIT_PRICE.check(BillingWords.UNIT_PRICE_OF_LINE, component, unitPrice.get());
        }
        if (!AMOUNT.contains(amount.amount())) {
            AMOUNT.check(BillingWords.AMOUNT_OF_LINE, component, amount.amount());
        }
        if (fund.isEmpty()) {
            fund = Fund.namedBy(component);
        } else if (!fund.get().isNamedBy(component)) {
            throw new IllegalArgumentException("a line the fund " + fund.get() + " pays is named "
                    + fund.get().lineComponent() + ", not " + component);
        }
    }
}
