package org.ruralwater.core.quantity;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.core.suggestion.Suggestions;

/**
 * A unit of measurement used in rural water supply, with its exact factor to the base unit of its
 * dimension.
 *
 * <p>Factors are exact decimals, so a conversion between units of one dimension is a multiplication and a
 * division of decimals; {@link Quantity#to(Unit)} says when the result has no finite decimal form.
 */
public enum Unit {
    MILLIGRAM_PER_LITRE("mg/L", Dimension.MASS_CONCENTRATION, "1", "mg/l", "mg/dm3"),
    MICROGRAM_PER_LITRE("µg/L", Dimension.MASS_CONCENTRATION, "0.001", "ug/L", "μg/L", "ug/l"),
    NANOGRAM_PER_LITRE("ng/L", Dimension.MASS_CONCENTRATION, "0.000001", "ng/l"),
    GRAM_PER_LITRE("g/L", Dimension.MASS_CONCENTRATION, "1000", "g/l"),
    NTU("NTU", Dimension.TURBIDITY, "1", "NTU散射", "散射浊度单位"),
    PLATINUM_COBALT("度", Dimension.COLOUR, "1", "Pt-Co", "PCU", "Hazen", "铂钴色度单位"),
    CFU_PER_ML("CFU/mL", Dimension.COLONY_COUNT, "1", "CFU/ml", "cfu/mL"),
    CFU_PER_100_ML("CFU/100mL", Dimension.COLONY_COUNT, "0.01", "CFU/100 mL", "cfu/100mL"),
    MPN_PER_100_ML("MPN/100mL", Dimension.MOST_PROBABLE_NUMBER, "1", "MPN/100 mL", "mpn/100mL"),
    MPN_PER_ML("MPN/mL", Dimension.MOST_PROBABLE_NUMBER, "100", "MPN/ml"),
    PER_10_LITRES("/10L", Dimension.ORGANISMS, "1", "个/10L", "cysts/10L", "oocysts/10L", "/10 L"),
    BECQUEREL_PER_LITRE("Bq/L", Dimension.ACTIVITY_CONCENTRATION, "1", "Bq/l"),
    MILLIBECQUEREL_PER_LITRE("mBq/L", Dimension.ACTIVITY_CONCENTRATION, "0.001", "mBq/l"),
    MICROSIEMENS_PER_CM("µS/cm", Dimension.CONDUCTIVITY, "1", "uS/cm", "μS/cm"),
    MILLISIEMENS_PER_M("mS/m", Dimension.CONDUCTIVITY, "10"),
    CUBIC_METRE("m³", Dimension.VOLUME, "1", "m3", "立方米", "吨", "t"),
    LITRE("L", Dimension.VOLUME, "0.001", "l", "升"),
    CUBIC_METRE_PER_DAY("m³/d", Dimension.FLOW, "1", "m3/d", "t/d", "吨/日", "立方米/日"),
    CUBIC_METRE_PER_HOUR("m³/h", Dimension.FLOW, "24", "m3/h"),
    LITRE_PER_SECOND("L/s", Dimension.FLOW, "86.4", "l/s"),
    LITRE_PER_PERSON_DAY("L/(person·d)", Dimension.PER_CAPITA_DEMAND, "1", "L/(人·d)", "L/(person.d)", "L/人/d", "lpcd"),
    MEGAPASCAL("MPa", Dimension.PRESSURE, "1", "mpa"),
    KILOPASCAL("kPa", Dimension.PRESSURE, "0.001", "kpa"),
    METRE_OF_WATER("m H₂O", Dimension.PRESSURE, "0.00980665", "mH2O", "m H2O", "米水柱"),
    METRE("m", Dimension.LENGTH, "1", "米"),
    KILOMETRE("km", Dimension.LENGTH, "1000", "公里"),
    MILLIMETRE("mm", Dimension.LENGTH, "0.001", "毫米"),
    ONE("1", Dimension.DIMENSIONLESS, "1", "pH", "无量纲", "-");

    private static final Map<String, Unit> BY_KEY = index();

    private final String symbol;
    private final Dimension dimension;
    private final BigDecimal factor;
    private final List<String> aliases;

    Unit(String symbol, Dimension dimension, String factor, String... aliases) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.factor = new BigDecimal(factor);
        this.aliases = List.of(aliases);
    }

    /**
     * The unit written as {@code text}: its symbol or a common alias, ignoring spaces, case where it is
     * unambiguous, and the difference between the micro sign and the Greek letter mu. An empty text is the
     * dimensionless unit, as for pH on a lab report.
     *
     * @throws UnknownUnitException naming the text and the nearest known unit
     */
    public static Unit parse(String text) {
        return find(text).orElseThrow(() -> new UnknownUnitException(text, nearest(text)));
    }

    /** The unit written as {@code text}, if it is known. */
    public static Optional<Unit> find(String text) {
        requireNonNull(text, "text");
        return Optional.ofNullable(BY_KEY.get(key(text)));
    }

    public String symbol() {
        return symbol;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** The exact factor that takes a value in this unit to the base unit of its dimension. */
    public BigDecimal factorToBase() {
        return factor;
    }

    /** Other ways this unit is written on lab reports and in files. */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * The exact factor from this unit to {@code other}, when it has a finite decimal form (µg/L to mg/L is
     * 0.001; m³/d to L/s has none). Computed once per pair: conversion is on the hot path of evaluation.
     */
    Optional<BigDecimal> exactRatioTo(Unit other) {
        Optional<BigDecimal>[] row = Ratios.TABLE[ordinal()];
        Optional<BigDecimal> r = row[other.ordinal()];
        if (r == null) {
            BigDecimal ratio;
            try {
                ratio = factor.divide(other.factor);
            } catch (ArithmeticException e) {
                ratio = null;
            }
            r = Optional.ofNullable(ratio);
            row[other.ordinal()] = r;
        }
        return r;
    }

    /** Lazily filled ratios between units; a benign race fills a cell twice with the same value. */
    private static final class Ratios {
        @SuppressWarnings("unchecked")
        static final Optional<BigDecimal>[][] TABLE = new Optional[values().length][values().length];
    }

    public boolean isConvertibleTo(Unit other) {
        return dimension == requireNonNull(other, "other").dimension;
    }

    @Override
    public String toString() {
        return symbol;
    }

    static Optional<String> nearest(String text) {
        List<String> keys = new ArrayList<>();
        Map<String, Unit> unitOfKey = new HashMap<>();
        for (Unit u : values()) {
            for (String written : u.allWritings()) {
                keys.add(key(written));
                unitOfKey.putIfAbsent(key(written), u);
            }
        }
        return Suggestions.nearest(key(text), keys).map(k -> unitOfKey.get(k).symbol);
    }

    private List<String> allWritings() {
        List<String> all = new ArrayList<>(aliases);
        all.add(0, symbol);
        return all;
    }

    private static String key(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('μ', 'µ')
                .replace("µ", "u")
                .replace("₂", "2")
                .replace("³", "3")
                .replace(" ", "")
                .replace("\u00a0", "")
                .strip();
        return n.toLowerCase(Locale.ROOT);
    }

    private static Map<String, Unit> index() {
        Map<String, Unit> map = new HashMap<>();
        for (Unit u : values()) {
            put(map, key(u.symbol), u);
            for (String alias : u.aliases) {
                put(map, key(alias), u);
            }
        }
        map.put("", ONE);
        return Map.copyOf(map);
    }

    private static void put(Map<String, Unit> map, String key, Unit unit) {
        Unit previous = map.put(key, unit);
        if (previous != null && previous != unit) {
            throw new IllegalStateException("unit key \"" + key + "\" names both " + previous + " and " + unit);
        }
    }
}
