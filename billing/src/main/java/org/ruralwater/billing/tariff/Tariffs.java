package org.ruralwater.billing.tariff;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.core.apportionment.LargestRemainder;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.JsonReader;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.datafile.ResourceIndex;
import org.ruralwater.core.money.Money;
import org.ruralwater.core.suggestion.UnknownIdException;
import org.ruralwater.core.wording.Phrase;

/**
 * Tariffs as data: every version of every tariff, one file each, shipped or added by an agency. A quote goes
 * through here so that a price change inside the billing period is prorated by days.
 *
 * <p>Proration rule ("days"): the period's consumption is split between versions in proportion to the days
 * each covers, to the litre, with any litre left over going to the largest remainders (so the parts sum to
 * the consumption exactly); monthly tier boundaries and monthly fixed charges scale by the same share of
 * days. Every line is still rounded once, as its version says.
 */
public final class Tariffs {

    private static final String RESOURCES = "/org/ruralwater/billing/tariff/";
    private static final JsonReader<TariffFile> READER = JsonReader.forRecord(TariffFile.class);

    private final Map<String, List<Tariff>> versions;

    private Tariffs(Map<String, List<Tariff>> versions) {
        this.versions = versions;
    }

    /** The tariffs shipped with the library: real published prices, each naming its source. */
    public static Tariffs bundled() {
        return Bundled.TARIFFS;
    }

    /** An empty set, for an agency that brings all its own files. */
    public static Tariffs none() {
        return new Tariffs(Map.of());
    }

    /**
     * These tariffs with the files added.
     *
     * @throws InvalidInputException listing every problem in every file, and versions of one tariff that overlap
     */
    public Tariffs with(Collection<Path> files) {
        List<Problem> problems = new ArrayList<>();
        Map<String, List<Tariff>> map = new LinkedHashMap<>();
        versions.forEach((k, v) -> map.put(k, new ArrayList<>(v)));
        for (Path f : files) {
            String source = f.getFileName().toString();
            TariffFile file;
            try {
                file = READER.readOne(f);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
                continue;
            }
            // Each inconsistency at its component, or at the key it is about: not all at the file's 1:1.
            List<Tariff.Wrong> wrong = Tariff.check(file);
            Places places = Places.of(f, file.components().size());
            for (Tariff.Wrong w : wrong) {
                int[] at = w.component() == Tariff.Wrong.FILE
                        ? places.key(w.text().startsWith("effective_to") ? "effective_to" : "components")
                        : places.component(w.component());
                problems.add(new Problem(
                        source,
                        at[0],
                        at[1],
                        w.component() == Tariff.Wrong.FILE ? "(tariff)" : "components[" + w.component() + "]",
                        Phrase.of(BillingWords.CONSISTENT_TARIFF),
                        Phrase.verbatim("tariff " + file.id() + ": " + w.text())));
            }
            if (!wrong.isEmpty()) {
                continue;
            }
            try {
                add(map, Tariff.of(file));
            } catch (IllegalArgumentException e) {
                int[] at = places.key("effective_from");
                problems.add(new Problem(
                        source,
                        at[0],
                        at[1],
                        "effective_from",
                        Phrase.of(BillingWords.CONSISTENT_TARIFF),
                        Phrase.verbatim(e.getMessage())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return freeze(map);
    }

    private static void add(Map<String, List<Tariff>> map, Tariff t) {
        List<Tariff> list = map.computeIfAbsent(t.id(), k -> new ArrayList<>());
        for (Tariff other : list) {
            LocalDate aEnd = t.effectiveTo().orElse(LocalDate.MAX);
            LocalDate bEnd = other.effectiveTo().orElse(LocalDate.MAX);
            if (!t.effectiveFrom().isAfter(bEnd) && !other.effectiveFrom().isAfter(aEnd)) {
                throw new IllegalArgumentException("versions of " + t.id() + " from " + t.effectiveFrom() + " and from "
                        + other.effectiveFrom() + " overlap");
            }
        }
        list.add(t);
        list.sort(Comparator.comparing(Tariff::effectiveFrom));
    }

    private static Tariffs freeze(Map<String, List<Tariff>> map) {
        Map<String, List<Tariff>> frozen = new LinkedHashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new Tariffs(frozen);
    }

    public Collection<String> ids() {
        return versions.keySet();
    }

    /**
     * Every version of a tariff, oldest first.
     *
     * @throws UnknownIdException naming the known tariffs and the closest ones
     */
    public List<Tariff> versions(String id) {
        List<Tariff> v = versions.get(requireNonNull(id, "id"));
        if (v == null) {
            throw UnknownIdException.of(Phrase.of(BillingWords.NOUN_TARIFF), id, versions.keySet());
        }
        return v;
    }

    /** The version in force on a day. */
    public Optional<Tariff> inForce(String id, LocalDate date) {
        for (Tariff t : versions(id)) {
            if (t.isInForceOn(date)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The quote for the request, prorated by days across the versions in force during its period. */
    public Quote quote(String id, QuoteRequest request) {
        requireNonNull(request, "request");
        Period p = request.period();
        List<Tariff> covering = new ArrayList<>();
        List<Long> days = new ArrayList<>();
        LocalDate d = p.start();
        while (!d.isAfter(p.end())) {
            Optional<Tariff> t = inForce(id, d);
            if (t.isEmpty()) {
                throw new IllegalArgumentException(
                        "no version of tariff " + id + " is in force on " + d + ", inside " + p);
            }
            LocalDate end =
                    t.get().effectiveTo().filter(e -> e.isBefore(p.end())).orElse(p.end());
            covering.add(t.get());
            days.add(ChronoUnit.DAYS.between(d, end) + 1);
            d = end.plusDays(1);
        }
        if (covering.size() == 1) {
            return covering.get(0).quote(request);
        }
        long total = p.days();
        List<BigDecimal> parts = splitByDays(request.consumption(), days);
        List<BillLine> lines = new ArrayList<>();
        LocalDate from = p.start();
        for (int i = 0; i < covering.size(); i++) {
            LocalDate to = from.plusDays(days.get(i) - 1);
            QuoteRequest part =
                    new QuoteRequest(p, parts.get(i), request.members(), request.usedEarlier(), request.quota());
            String suffix = " [" + from + ".." + to + ", " + days.get(i) + "/" + total + " days]";
            lines.addAll(covering.get(i).lines(part, new Component.Share(days.get(i), total), suffix));
            from = to.plusDays(1);
        }
        Money sum = Money.total(
                covering.get(0).currency(), lines.stream().map(BillLine::amount).toList());
        return new Quote(id, lines, sum);
    }

    /** Splits a volume by days, to the litre, largest remainders first, so the parts sum exactly. */
    static List<BigDecimal> splitByDays(BigDecimal m3, List<Long> days) {
        BigDecimal litres = m3.movePointRight(3);
        if (litres.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(
                    "consumption is prorated to the litre, but " + m3 + " m³ has a finer part");
        }
        long whole = litres.longValueExact();
        long[] parts = LargestRemainder.split(
                whole, days.stream().mapToLong(Long::longValue).toArray());
        List<BigDecimal> out = new ArrayList<>();
        for (long l : parts) {
            out.add(BigDecimal.valueOf(l, 3));
        }
        return out;
    }

    private static final class Bundled {
        static final Tariffs TARIFFS = load();

        private static Tariffs load() {
            Map<String, List<Tariff>> map = new LinkedHashMap<>();
            for (TariffFile f : ResourceIndex.readAll(Tariffs.class, RESOURCES, "tariffs.index", READER)) {
                add(map, Tariff.of(f));
            }
            return freeze(map);
        }
    }
}
