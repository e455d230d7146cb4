package org.ruralwater.qualityrules.standard;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ruralwater.core.works.DisinfectionMethod;

/**
 * One edition of a drinking-water standard: its indicators with their limits, and its rules (footnotes,
 * disinfectant table), all read from a data file.
 */
public final class Standard {

    private final StandardFile file;
    private final Map<String, Indicator> indicators;
    private final Map<String, Indicator> byName;
    // Rules indexed once: evaluation looks them up for every sample.
    private final Map<DisinfectionMethod, Rules.ByProducts> byProducts = new EnumMap<>(DisinfectionMethod.class);
    private final Map<DisinfectionMethod, Rules.Disinfectant> disinfectants = new EnumMap<>(DisinfectionMethod.class);
    private final Map<String, Rules.Residual> residuals = new HashMap<>();
    private final Map<String, Optional<Indicator>> found = new ConcurrentHashMap<>();

    private Standard(StandardFile file, Map<String, Indicator> indicators) {
        this.file = file;
        this.indicators = indicators;
        file.byProducts().orElse(List.of()).forEach(b -> byProducts.putIfAbsent(b.disinfection(), b));
        file.disinfectants().orElse(List.of()).forEach(d -> disinfectants.putIfAbsent(d.disinfection(), d));
        file.residuals().orElse(List.of()).forEach(r -> residuals.putIfAbsent(r.indicator(), r));
        Map<String, Indicator> names = new HashMap<>();
        for (Indicator i : indicators.values()) {
            for (String n : i.names()) {
                names.putIfAbsent(normal(n), i);
            }
        }
        // Lab reports drop the qualifier in brackets: 浑浊度 for 浑浊度（散射浑浊度单位）. Explicit names win.
        for (Indicator i : indicators.values()) {
            String bare = normal(i.nameZh()).replaceFirst("\\([^()]*\\)$", "");
            if (!bare.isEmpty()) {
                names.putIfAbsent(bare, i);
            }
        }
        this.byName = names;
    }

    /** Builds a standard from its file, checking that every rule names an indicator of the standard. */
    static Standard of(StandardFile file) {
        Map<String, Indicator> map = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (Indicator i : file.indicators()) {
            if (map.put(i.code(), i) != null) {
                wrong.add("indicator " + i.code() + " is listed twice");
            }
        }
        Standard s = new Standard(file, map);
        for (String code : s.referencedCodes()) {
            if (!map.containsKey(code)) {
                wrong.add("a rule names indicator " + code + ", which the standard does not list");
            }
        }
        if (!wrong.isEmpty()) {
            throw new IllegalArgumentException(file.id() + ": " + String.join("; ", wrong));
        }
        return s;
    }

    /** This standard changed by an agency's file: its rows replace or add indicators, its rules replace ours. */
    Standard with(StandardFile change) {
        Map<String, Indicator> map = new LinkedHashMap<>(indicators);
        for (Indicator i : change.indicators()) {
            map.put(i.code(), i);
        }
        StandardFile merged = new StandardFile(
                change.id(),
                change.title(),
                change.citation().or(file::citation),
                change.jurisdiction(),
                change.effectiveFrom(),
                change.effectiveTo().or(file::effectiveTo),
                change.basedOn(),
                change.source() + " (based on " + file.id() + ": " + file.source() + ")",
                List.copyOf(map.values()),
                change.followUps().or(file::followUps),
                change.relaxation().or(file::relaxation),
                change.byProducts().or(file::byProducts),
                change.ratioSums().or(file::ratioSums),
                change.disinfectants().or(file::disinfectants),
                change.residuals().or(file::residuals));
        return of(merged);
    }

    /** The identifier, such as {@code GB5749-2022}. */
    public String id() {
        return file.id();
    }

    public String title() {
        return file.title();
    }

    /** Where the standard applies, such as {@code CN}. */
    public String jurisdiction() {
        return file.jurisdiction();
    }

    public LocalDate effectiveFrom() {
        return file.effectiveFrom();
    }

    public Optional<LocalDate> effectiveTo() {
        return file.effectiveTo();
    }

    public Optional<String> basedOn() {
        return file.basedOn();
    }

    public String source() {
        return file.source();
    }

    /** Whether the standard was in force on that day. */
    public boolean isInForceOn(LocalDate date) {
        return !date.isBefore(file.effectiveFrom())
                && file.effectiveTo().map(end -> !date.isAfter(end)).orElse(true);
    }

    /** The indicators in the order of the standard's tables. */
    public Collection<Indicator> indicators() {
        return indicators.values();
    }

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicators.get(requireNonNull(code, "code")));
    }

    /**
     * The indicator a name means: its code, its Chinese or English name, or an alias, ignoring case, spaces
     * and full-width punctuation.
     */
    public Optional<Indicator> find(String name) {
        // A sample file names the same few indicators on every row; normalising is the costly part.
        requireNonNull(name, "name");
        Optional<Indicator> hit = found.get(name);
        if (hit == null) {
            hit = Optional.ofNullable(byName.get(normal(name)));
            if (found.size() < 10_000) { // bounded: names come from input files
                found.put(name, hit);
            }
        }
        return hit;
    }

    /** Every name any indicator is known by, for suggestions. */
    public List<String> names() {
        List<String> all = new ArrayList<>();
        for (Indicator i : indicators.values()) {
            all.addAll(i.names());
        }
        return all;
    }

    public List<Rules.FollowUp> followUps() {
        return file.followUps().orElse(List.of());
    }

    public Optional<Rules.Relaxation> relaxation() {
        return file.relaxation();
    }

    /** The by-product rule for a disinfection method, if the standard has one. */
    public Optional<Rules.ByProducts> byProducts(DisinfectionMethod method) {
        return Optional.ofNullable(byProducts.get(method));
    }

    public List<Rules.RatioSum> ratioSums() {
        return file.ratioSums().orElse(List.of());
    }

    /** The disinfectant rule for a disinfection method, if the standard has one. */
    public Optional<Rules.Disinfectant> disinfectant(DisinfectionMethod method) {
        return Optional.ofNullable(disinfectants.get(method));
    }

    public Optional<Rules.Residual> residual(String indicator) {
        return Optional.ofNullable(residuals.get(indicator));
    }

    /** How clauses name the standard, such as {@code GB 5749-2022}. */
    public String citation() {
        return file.citation().orElse(file.id());
    }

    /** The clause citation of an indicator's limit, such as {@code GB 5749-2022 Table 1 row 4}. */
    public String clause(Indicator indicator) {
        return citation() + " " + indicator.table() + (indicator.row().isEmpty() ? "" : " row " + indicator.row());
    }

    @Override
    public String toString() {
        return id();
    }

    private List<String> referencedCodes() {
        List<String> codes = new ArrayList<>();
        followUps().forEach(f -> {
            codes.add(f.whenDetected());
            codes.add(f.require());
        });
        file.byProducts().orElse(List.of()).forEach(b -> codes.addAll(b.require()));
        ratioSums().forEach(r -> {
            codes.add(r.indicator());
            codes.addAll(r.members());
        });
        file.disinfectants().orElse(List.of()).forEach(d -> codes.addAll(d.indicators()));
        file.residuals().orElse(List.of()).forEach(r -> codes.add(r.indicator()));
        return codes;
    }

    static String normal(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC)
                .replace(" ", "")
                .replace("₂", "2")
                .replace("₃", "3")
                .toLowerCase(Locale.ROOT);
    }
}
