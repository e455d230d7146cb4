package org.ruralwater.billing.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.ruralwater.core.money.Money;

/** One charge of a tariff. Each computes its exact amount and rounds it once, per line, as the tariff says. */
sealed interface Component {

    String name();

    /** The charge's terms in a line, for a listing of the tariff: kind, prices and bounds as the file has them. */
    String terms();

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /**
     * The lines this charge adds for the request; {@code soFar} are the lines of the charges before it, and
     * {@code share} the part of the billing period this tariff version covers.
     */
    List<BillLine> lines(
            QuoteRequest request, Share share, List<BillLine> soFar, Currency currency, RoundingMode rounding);

    static Money round(Currency currency, BigDecimal exact, RoundingMode rounding) {
        return Money.of(currency, exact, rounding);
    }

    /** The days of the billing period a tariff version covers, of all the period's days. */
    record Share(long days, long ofDays) {
        static final Share WHOLE = new Share(1, 1);

        boolean isWhole() {
            return days == ofDays;
        }

        /**
         * A per-month amount times the months of the period and the share, rounded once to the currency:
         * fixed and minimum charges are stated per month.
         */
        Money of(Currency c, BigDecimal perMonth, Months months, RoundingMode rounding) {
            return Money.of(c, months.times(perMonth, this, c.getDefaultFractionDigits(), rounding), rounding);
        }

        /**
         * A monthly volume (a tier bound, a quota) times the months of the period and the share, to the litre
         * (half-up) unless exact: the rule for monthly allowances.
         */
        BigDecimal ofVolume(BigDecimal perMonth, Months months) {
            return months.times(perMonth, this, 3, RoundingMode.HALF_UP);
        }
    }

    /** A price per m³ for all water. */
    record Volumetric(String name, BigDecimal price) implements Component {
        @Override
        public String terms() {
            return "volumetric: " + plain(price) + " per m³";
        }

        @Override
        public List<BillLine> lines(
                QuoteRequest r, Share share, List<BillLine> soFar, Currency c, RoundingMode rounding) {
            return List.of(new BillLine(
                    name,
                    name,
                    Optional.of(r.consumption()),
                    Optional.of(price),
                    round(c, r.consumption().multiply(price), rounding)));
        }
    }

    /**
     * Blocks of cumulative volume over an allowance period, each at its price. A boundary belongs to the lower
     * block: with blocks up to 18 and 22, the 18th m³ is billed in the first and the 19th in the second.
     */
    record Tiered(
            String name,
            TariffFile.Allowance allowance,
            List<TariffFile.Block> blocks,
            Optional<TariffFile.PerPerson> perPerson)
            implements Component {
        @Override
        public String terms() {
            List<String> parts = new ArrayList<>();
            for (TariffFile.Block b : blocks) {
                parts.add(b.upTo().map(u -> "up to " + plain(u) + " m³").orElse("above") + " at " + plain(b.price()));
            }
            String people = perPerson
                    .map(p -> "; each bound +" + plain(p.extra()) + " m³ per person above " + p.includedMembers())
                    .orElse("");
            return "tiered per " + allowance.code() + ": " + String.join(", ", parts) + people;
        }

        @Override
        public List<BillLine> lines(
                QuoteRequest r, Share share, List<BillLine> soFar, Currency c, RoundingMode rounding) {
            BigDecimal extra = perPerson
                    .filter(p -> r.members() > p.includedMembers())
                    .map(p -> p.extra().multiply(BigDecimal.valueOf(r.members() - p.includedMembers())))
                    .orElse(BigDecimal.ZERO);
            BigDecimal from = allowance == TariffFile.Allowance.YEAR ? r.usedEarlier() : BigDecimal.ZERO;
            Months months = Months.of(r.period());
            // A monthly allowance over another span than one month says over how many months it runs.
            String per = allowance == TariffFile.Allowance.MONTH && !months.equals(Months.whole(1))
                    ? " for " + months + " month(s)"
                    : " per " + allowance.code();
            BigDecimal to = from.add(r.consumption());
            List<BillLine> out = new ArrayList<>();
            BigDecimal lower = BigDecimal.ZERO;
            for (int i = 0; i < blocks.size(); i++) {
                final BigDecimal blockFloor = lower;
                TariffFile.Block b = blocks.get(i);
                Optional<BigDecimal> upper = b.upTo()
                        .map(u -> u.add(extra))
                        .map(u -> allowance == TariffFile.Allowance.MONTH ? share.ofVolume(u, months) : u);
                BigDecimal sliceFrom = from.max(blockFloor);
                BigDecimal sliceTo = upper.map(to::min).orElse(to);
                BigDecimal q = sliceTo.subtract(sliceFrom);
                if (q.signum() > 0) {
                    String range = upper.map(
                                    u -> blockFloor.stripTrailingZeros().toPlainString() + "–"
                                            + u.stripTrailingZeros().toPlainString() + " m³")
                            .orElse("over " + blockFloor.stripTrailingZeros().toPlainString() + " m³");
                    out.add(new BillLine(
                            name,
                            name + " tier " + (i + 1) + " (" + range + per + ")",
                            Optional.of(q),
                            Optional.of(b.price()),
                            round(c, q.multiply(b.price()), rounding)));
                }
                if (upper.isEmpty()) {
                    break;
                }
                lower = upper.get();
            }
            return out;
        }
    }

    /** A fixed charge per household or per person for each month of the period (基本水价, or unmetered supply). */
    record Fixed(String name, BigDecimal amount, TariffFile.Per per) implements Component {
        @Override
        public String terms() {
            return "fixed: " + plain(amount) + " per " + per.code() + " and month";
        }

        @Override
        public List<BillLine> lines(
                QuoteRequest r, Share share, List<BillLine> soFar, Currency c, RoundingMode rounding) {
            Months months = Months.of(r.period());
            BigDecimal units = per == TariffFile.Per.PERSON ? BigDecimal.valueOf(r.members()) : BigDecimal.ONE;
            String what = per == TariffFile.Per.PERSON ? r.members() + " person(s)" : "household";
            return List.of(new BillLine(
                    name,
                    name + " (" + what + " × " + months + " month(s))",
                    Optional.empty(),
                    Optional.of(amount),
                    share.of(c, amount.multiply(units), months, rounding)));
        }
    }

    /** Tops the bill up to a minimum amount for the period. */
    record MinimumCharge(String name, BigDecimal amount) implements Component {
        @Override
        public String terms() {
            return "minimum charge: " + plain(amount) + " a month";
        }

        @Override
        public List<BillLine> lines(
                QuoteRequest r, Share share, List<BillLine> soFar, Currency c, RoundingMode rounding) {
            Money minimum = share.of(c, amount, Months.of(r.period()), rounding);
            Money sum = Money.total(c, soFar.stream().map(BillLine::amount).toList());
            if (!sum.isLessThan(minimum)) {
                return List.of();
            }
            return List.of(new BillLine(
                    name,
                    name + " (top-up to " + minimum + ")",
                    Optional.empty(),
                    Optional.empty(),
                    minimum.minus(sum)));
        }
    }

    /**
     * 超定额累进加价: water over the monthly quota pays the base price again times a multiplier, step by step
     * (the first 20% over the quota ×1, and so on). The base price itself is charged by another component.
     */
    record QuotaSurcharge(String name, BigDecimal basePrice, Optional<BigDecimal> quota, List<TariffFile.Step> steps)
            implements Component {
        @Override
        public String terms() {
            List<String> parts = new ArrayList<>();
            for (TariffFile.Step st : steps) {
                parts.add(st.overPercentUpTo()
                                .map(p -> "up to " + plain(p) + "% over")
                                .orElse("beyond")
                        + " ×" + plain(st.multiplier()));
            }
            return "quota surcharge on " + plain(basePrice) + " per m³ over "
                    + quota.map(q -> plain(q) + " m³ a month").orElse("the account's quota") + ": "
                    + String.join(", ", parts);
        }

        @Override
        public List<BillLine> lines(
                QuoteRequest r, Share share, List<BillLine> soFar, Currency c, RoundingMode rounding) {
            BigDecimal monthly = r.quota()
                    .or(() -> quota)
                    .orElseThrow(() -> new IllegalArgumentException(name
                            + " needs a quota: the tariff sets none, so the request must give the account's quota"));
            BigDecimal q = share.ofVolume(monthly, Months.of(r.period()));
            BigDecimal over = r.consumption().subtract(q);
            List<BillLine> out = new ArrayList<>();
            if (over.signum() <= 0) {
                return out;
            }
            BigDecimal lowerPct = BigDecimal.ZERO;
            for (TariffFile.Step s : steps) {
                BigDecimal lo = q.multiply(lowerPct).movePointLeft(2);
                Optional<BigDecimal> hi =
                        s.overPercentUpTo().map(p -> q.multiply(p).movePointLeft(2));
                BigDecimal slice = hi.map(over::min).orElse(over).subtract(lo);
                if (slice.signum() > 0) {
                    BigDecimal price = basePrice.multiply(s.multiplier());
                    String band = s.overPercentUpTo()
                            .map(p -> lowerPctText(lo, q) + "–"
                                    + p.stripTrailingZeros().toPlainString() + "% over quota")
                            .orElse("over " + lowerPctText(lo, q) + "% over quota");
                    out.add(new BillLine(
                            name,
                            name + " ×" + s.multiplier().stripTrailingZeros().toPlainString() + " (" + band + ")",
                            Optional.of(slice),
                            Optional.of(price),
                            round(c, slice.multiply(price), rounding)));
                }
                if (s.overPercentUpTo().isEmpty()) {
                    break;
                }
                lowerPct = s.overPercentUpTo().get();
            }
            return out;
        }

        private static String lowerPctText(BigDecimal lo, BigDecimal quota) {
            return quota.signum() == 0
                    ? "0"
                    : lo.movePointRight(2)
                            .divide(quota, 0, RoundingMode.HALF_UP)
                            .toPlainString();
        }
    }
}
