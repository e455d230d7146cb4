package org.ruralwater.qualityrules.standard;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ruralwater.core.quantity.Unit;

/**
 * One indicator of a standard with its limit, as a row of the standard's data file.
 *
 * @param code the stable ASCII code, such as {@code arsenic} or {@code nitrate_n}
 * @param table the table of the standard, such as {@code Table 1}
 * @param row the row in that table
 * @param units the units a result may be reported in; the first is the unit of the limit
 * @param maxExclusive whether the limit is "below" rather than "at most" (Giardia: &lt;1 per 10 L)
 * @param relaxedMax the maximum for small or dispersed supply limited by source or treatment, if the
 *     standard relaxes this indicator
 * @param passTexts descriptive results that mean "not detected" for this indicator (无异臭、异味)
 * @param guidance whether the maximum is a guidance value whose exceedance calls for further analysis
 *     rather than failing (GB 5749-2022 Table 1 note e)
 * @param onExceedance what a guidance value's exceedance calls for, such as nuclide analysis
 * @param basis what the concentration is expressed as, for indicators reported on several bases
 */
public record Indicator(
        String code,
        String nameZh,
        String nameEn,
        List<String> aliases,
        String table,
        String row,
        Category category,
        List<Unit> units,
        LimitKind kind,
        Optional<BigDecimal> min,
        Optional<BigDecimal> max,
        boolean maxExclusive,
        Optional<BigDecimal> relaxedMax,
        Optional<List<String>> passTexts,
        boolean guidance,
        Optional<String> onExceedance,
        Optional<Basis> basis,
        Confidence confidence,
        String source,
        Optional<String> note) {

    public Indicator {
        requireNonNull(code, "code");
        requireNonNull(nameZh, "nameZh");
        requireNonNull(nameEn, "nameEn");
        aliases = List.copyOf(aliases);
        requireNonNull(table, "table");
        requireNonNull(row, "row");
        requireNonNull(category, "category");
        units = List.copyOf(units);
        requireNonNull(kind, "kind");
        requireNonNull(onExceedance, "onExceedance");
        requireNonNull(confidence, "confidence");
        requireNonNull(source, "source");
        List<String> wrong = new ArrayList<>();
        if (!code.matches("[a-z0-9_]+")) {
            wrong.add("the code \"" + code + "\" must be lower-case ASCII letters, digits and _");
        }
        if (kind == LimitKind.MAX && max.isEmpty()) {
            wrong.add("a max limit needs a max");
        }
        if (kind == LimitKind.RANGE && (min.isEmpty() || max.isEmpty())) {
            wrong.add("a range limit needs a min and a max");
        }
        if (kind != LimitKind.ABSENT && units.isEmpty()) {
            wrong.add("a numeric limit needs a unit");
        }
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            wrong.add("min " + min.get() + " is above max " + max.get());
        }
        if (relaxedMax.isPresent() && (max.isEmpty() || relaxedMax.get().compareTo(max.get()) < 0)) {
            wrong.add("a relaxed max must be at least the max");
        }
        if (source.isBlank()) {
            wrong.add("every indicator names its source");
        }
        if (!wrong.isEmpty()) {
            throw new IllegalArgumentException("indicator " + code + ": " + String.join("; ", wrong));
        }
    }

    /** The unit the limit is stated in; empty for a descriptive indicator. */
    public Optional<Unit> limitUnit() {
        return units.isEmpty() ? Optional.empty() : Optional.of(units.get(0));
    }

    /**
     * The indicator's name for a reader of the locale: the standard's own Chinese name (GB 5749-2022 Tables
     * 1–3 wording, such as 浑浊度（散射浑浊度单位）) for Chinese, else the English name. Not a label of the
     * library's vocabulary: each standard's file carries both names of its rows.
     */
    public String name(Locale locale) {
        requireNonNull(locale, "locale");
        return locale.getLanguage().equals("zh") ? nameZh : nameEn;
    }

    /** Every name the indicator is known by: code, Chinese and English names, aliases. */
    public List<String> names() {
        List<String> all = new ArrayList<>();
        all.add(code);
        all.add(nameZh);
        all.add(nameEn);
        all.addAll(aliases);
        return all;
    }
}
