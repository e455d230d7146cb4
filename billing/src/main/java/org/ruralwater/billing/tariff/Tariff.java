package org.ruralwater.billing.tariff;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.ruralwater.core.calendar.Period;

/**
 * One version of a tariff, read from its file: who it is for, from when, and its charges. Rounding happens
 * in one place only, per line to the currency's minor unit, with the mode the file names.
 */
public final class Tariff {

    private final TariffFile file;
    private final List<Component> components;

    private Tariff(TariffFile file, List<Component> components) {
        this.file = file;
        this.components = components;
    }

    /** Checks the file's rows, each for its kind, and reports every problem of the file in one message. */
    static Tariff of(TariffFile f) {
        List<Wrong> wrong = check(f);
        if (!wrong.isEmpty()) {
            throw new IllegalArgumentException("tariff " + f.id() + ": "
                    + String.join("; ", wrong.stream().map(Wrong::text).toList()));
        }
        List<Component> out = new ArrayList<>();
        for (TariffFile.Row r : f.components()) {
            out.add(component(r));
        }
        return new Tariff(f, List.copyOf(out));
    }

    /**
     * One thing inconsistent in a tariff file, and where: a component's index, or {@link #FILE} for the file's
     * dates and its list of components as a whole.
     */
    record Wrong(int component, String text) {
        static final int FILE = -1;
    }

    /** Everything inconsistent in the file, each with its component, for problems at their places. */
    static List<Wrong> check(TariffFile f) {
        List<Wrong> wrong = new ArrayList<>();
        if (f.effectiveTo().isPresent() && f.effectiveTo().get().isBefore(f.effectiveFrom())) {
            wrong.add(new Wrong(
                    Wrong.FILE,
                    "effective_to " + f.effectiveTo().get() + " is before effective_from " + f.effectiveFrom()));
        }
        if (f.components().isEmpty()) {
            wrong.add(new Wrong(Wrong.FILE, "a tariff needs at least one component"));
        }
        for (int i = 0; i < f.components().size(); i++) {
            TariffFile.Row r = f.components().get(i);
            String at = "components[" + i + "] (" + r.name() + ")";
            try {
                component(r);
            } catch (IllegalArgumentException e) {
                wrong.add(new Wrong(i, at + ": " + e.getMessage()));
            }
        }
        long minimums = f.components().stream()
                .filter(r -> r.kind() == TariffFile.Kind.MINIMUM_CHARGE)
                .count();
        if (minimums > 1
                || (minimums == 1
                        && f.components().get(f.components().size() - 1).kind() != TariffFile.Kind.MINIMUM_CHARGE)) {
            wrong.add(new Wrong(Wrong.FILE, "a minimum charge must be the last component, and only one"));
        }
        return wrong;
    }

    private static Component component(TariffFile.Row r) {
        switch (r.kind()) {
            case VOLUMETRIC:
                return new Component.Volumetric(r.name(), positive(r.price(), "price"));
            case FIXED:
                return new Component.Fixed(
                        r.name(), positive(r.amount(), "amount"), r.per().orElseThrow(() -> missing("per")));
            case MINIMUM_CHARGE:
                return new Component.MinimumCharge(r.name(), positive(r.amount(), "amount"));
            case TIERED: {
                List<TariffFile.Block> blocks = r.blocks().orElseThrow(() -> missing("blocks"));
                if (blocks.isEmpty()) {
                    throw new IllegalArgumentException("a tiered charge needs blocks");
                }
                BigDecimal previous = BigDecimal.ZERO;
                for (int i = 0; i < blocks.size(); i++) {
                    TariffFile.Block b = blocks.get(i);
                    boolean last = i == blocks.size() - 1;
                    if (last != b.upTo().isEmpty()) {
                        throw new IllegalArgumentException("every block but the last needs up_to, and the last none");
                    }
                    if (b.upTo().isPresent() && b.upTo().get().compareTo(previous) <= 0) {
                        throw new IllegalArgumentException(
                                "block up_to values must rise, but " + b.upTo().get() + " follows " + previous);
                    }
                    if (b.price().signum() < 0) {
                        throw new IllegalArgumentException("a block price cannot be negative");
                    }
                    previous = b.upTo().orElse(previous);
                }
                return new Component.Tiered(
                        r.name(),
                        r.allowance().orElseThrow(() -> missing("allowance")),
                        List.copyOf(blocks),
                        r.perPerson());
            }
            case QUOTA_SURCHARGE: {
                List<TariffFile.Step> steps = r.steps().orElseThrow(() -> missing("steps"));
                if (steps.isEmpty()
                        || steps.get(steps.size() - 1).overPercentUpTo().isPresent()) {
                    throw new IllegalArgumentException("surcharge steps must end with one without over_percent_up_to");
                }
                return new Component.QuotaSurcharge(
                        r.name(), positive(r.price(), "price"), r.quota(), List.copyOf(steps));
            }
            default:
                throw new IllegalArgumentException("unknown kind " + r.kind());
        }
    }

    private static BigDecimal positive(Optional<BigDecimal> v, String field) {
        BigDecimal x = v.orElseThrow(() -> missing(field));
        if (x.signum() < 0) {
            throw new IllegalArgumentException(field + " cannot be negative, but was " + x);
        }
        return x;
    }

    private static IllegalArgumentException missing(String field) {
        return new IllegalArgumentException("this kind needs " + field);
    }

    public String id() {
        return file.id();
    }

    /** The charges, in the order they are applied. */
    List<Component> components() {
        return components;
    }

    /** Each charge's name and its terms in words, in the order they are applied. */
    public List<Charge> charges() {
        return components.stream().map(c -> new Charge(c.name(), c.terms())).toList();
    }

    /** A charge of a tariff as a listing shows it. */
    public record Charge(String name, String terms) {
        public Charge {
            requireNonNull(name, "name");
            requireNonNull(terms, "terms");
        }
    }

    /**
     * Whether a quote reads what the household used earlier in the allowance year: only a tiered charge with
     * a yearly allowance does. For any other tariff {@code usedEarlier} changes nothing.
     */
    public boolean readsEarlierUse() {
        return components.stream()
                .anyMatch(c -> c instanceof Component.Tiered t && t.allowance() == TariffFile.Allowance.YEAR);
    }

    /**
     * Whether a quote reads the household's size: a tier bound that grows per person, or a charge per
     * person. For any other tariff {@code members} changes nothing.
     */
    public boolean readsHouseholdSize() {
        return components.stream()
                .anyMatch(c -> (c instanceof Component.Tiered t && t.perPerson().isPresent())
                        || (c instanceof Component.Fixed f && f.per() == TariffFile.Per.PERSON));
    }

    /** How sure the file is of its numbers: high, medium, low or illustrative (never a real price). */
    public String confidence() {
        return file.confidence().code();
    }

    public String title() {
        return file.title();
    }

    public UserCategory category() {
        return file.category();
    }

    public Currency currency() {
        return file.currency();
    }

    public LocalDate effectiveFrom() {
        return file.effectiveFrom();
    }

    public Optional<LocalDate> effectiveTo() {
        return file.effectiveTo();
    }

    public String source() {
        return file.source();
    }

    /** Whether the numbers are a real published price (false for illustrative files). */
    public boolean isReal() {
        return file.confidence() != TariffFile.Confidence.ILLUSTRATIVE;
    }

    public RoundingMode rounding() {
        return file.rounding();
    }

    public boolean isInForceOn(LocalDate d) {
        Optional<LocalDate> to = file.effectiveTo();
        return !d.isBefore(file.effectiveFrom()) && (to.isEmpty() || !d.isAfter(to.get()));
    }

    /** The quote for a request whose whole period this version covers. */
    public Quote quote(QuoteRequest request) {
        requireNonNull(request, "request");
        Period p = request.period();
        if (!isInForceOn(p.start()) || !isInForceOn(p.end())) {
            throw new IllegalArgumentException("tariff " + id() + " (" + file.effectiveFrom() + ".."
                    + file.effectiveTo().map(Object::toString).orElse("") + ") does not cover all of " + p
                    + "\nMaybe quote through Tariffs, which prorates across versions.");
        }
        List<BillLine> lines = lines(request, Component.Share.WHOLE, "");
        return new Quote(id(), lines, BillLine.total(currency(), lines));
    }

    List<BillLine> lines(QuoteRequest request, Component.Share share, String suffix) {
        if (components.size() == 1 && suffix.isEmpty()) {
            // A one-charge tariff (most rural ones) gives its charge's lines as they are.
            return components.get(0).lines(request, share, List.of(), currency(), rounding());
        }
        List<BillLine> lines = new ArrayList<>(components.size() + 1);
        for (int i = 0; i < components.size(); i++) {
            List<BillLine> more = components.get(i).lines(request, share, lines, currency(), rounding());
            for (int j = 0; j < more.size(); j++) {
                BillLine l = more.get(j);
                lines.add(
                        suffix.isEmpty()
                                ? l
                                : new BillLine(
                                        l.component(),
                                        l.description() + suffix,
                                        l.quantity(),
                                        l.unitPrice(),
                                        l.amount()));
            }
        }
        return lines;
    }

    @Override
    public String toString() {
        return id() + " from " + effectiveFrom();
    }
}
