package org.ruralwater.core.region;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.wording.RefusalException;

/**
 * The code of an administrative region: six digits per GB/T 2260 for province, prefecture and county, and
 * twelve digits per the National Bureau of Statistics' 统计用区划代码 for township and village.
 *
 * <p>Rules (GB/T 2260-2007 §4; 《统计用区划代码和城乡划分代码编制规则》, 国统字〔2009〕91号, medium confidence):
 * digits 1–2 name the province and must be one of the 34 province-level codes; digits 3–4 the prefecture
 * ({@code 90} for county-level units administered by the province directly); digits 5–6 the county;
 * digits 7–9 the township (001–099 subdistricts, 100–199 towns, 200–399 townships, 400–599 similar
 * units); digits 10–12 the village (001–199 residents' committees, 200–399 villagers' committees, 400–599
 * similar units). A twelve-digit code ending in six zeros is read as the six-digit county code.
 */
public record RegionCode(String value) implements Comparable<RegionCode> {

    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

    /** Prefecture digits of county-level units administered directly by the province (省直辖县级行政区划). */
    private static final String PROVINCE_ADMINISTERED = "90";

    public RegionCode {
        requireNonNull(value, "value");
        Phrase problem = problemWith(value);
        if (problem != null) {
            throw new RefusalException(problem);
        }
    }

    /**
     * The code written as {@code text}, six or twelve digits; a twelve-digit code of a province, prefecture or
     * county (ending in six zeros) is shortened to its six-digit GB/T 2260 form.
     */
    public static RegionCode parse(String text) {
        requireNonNull(text, "text");
        String t = text.strip();
        if (t.length() == 12 && t.endsWith("000000")) {
            t = t.substring(0, 6);
        }
        return new RegionCode(t);
    }

    /** Whether {@code text} is a valid region code. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public RegionLevel level() {
        if (value.length() == 12) {
            return value.endsWith("000") ? RegionLevel.TOWNSHIP : RegionLevel.VILLAGE;
        }
        if (value.endsWith("0000")) {
            return RegionLevel.PROVINCE;
        }
        return value.endsWith("00") ? RegionLevel.PREFECTURE : RegionLevel.COUNTY;
    }

    /**
     * The code of the region directly above this one by the code rules, or empty for a province. A county
     * administered by its province directly ({@code PP90DD}) has the province as parent.
     */
    public Optional<RegionCode> parent() {
        switch (level()) {
            case VILLAGE:
                return Optional.of(new RegionCode(value.substring(0, 9) + "000"));
            case TOWNSHIP:
                return Optional.of(new RegionCode(value.substring(0, 6)));
            case COUNTY:
                String prefecture = value.substring(2, 4);
                return Optional.of(new RegionCode(
                        PROVINCE_ADMINISTERED.equals(prefecture)
                                ? value.substring(0, 2) + "0000"
                                : value.substring(0, 4) + "00"));
            case PREFECTURE:
                return Optional.of(new RegionCode(value.substring(0, 2) + "0000"));
            default:
                return Optional.empty();
        }
    }

    /** This code's ancestors by the code rules, nearest first, ending at the province. */
    public List<RegionCode> ancestors() {
        List<RegionCode> chain = new ArrayList<>();
        Optional<RegionCode> p = parent();
        while (p.isPresent()) {
            chain.add(p.get());
            p = p.get().parent();
        }
        return List.copyOf(chain);
    }

    /**
     * The region at a level that this code lies in, or this code itself when it is at that level: the
     * township of a village, the county of a township. Empty when the level is finer than this code's,
     * or when the chain skips it (a province-administered county has no prefecture).
     */
    public Optional<RegionCode> at(RegionLevel level) {
        requireNonNull(level, "level");
        RegionCode r = this;
        while (r.level() != level) {
            Optional<RegionCode> up = r.parent();
            if (up.isEmpty()) {
                return Optional.empty();
            }
            r = up.get();
        }
        return Optional.of(r);
    }

    /** The province this code lies in (itself for a province). */
    public RegionCode province() {
        return level() == RegionLevel.PROVINCE ? this : new RegionCode(value.substring(0, 2) + "0000");
    }

    /** Whether this region lies inside {@code other} (a region does not contain itself). */
    public boolean isWithin(RegionCode other) {
        return ancestors().contains(requireNonNull(other, "other"));
    }

    /** The six-digit code of the county for a county, township or village. */
    public Optional<RegionCode> county() {
        RegionLevel l = level();
        if (l == RegionLevel.PROVINCE || l == RegionLevel.PREFECTURE) {
            return Optional.empty();
        }
        return Optional.of(new RegionCode(value.substring(0, 6)));
    }

    @Override
    public int compareTo(RegionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** What is wrong with the text as a region code, or null when nothing is. */
    private static @Nullable Phrase problemWith(String v) {
        if (v.length() != 6 && v.length() != 12) {
            return Phrase.of(CoreWords.REGION_CODE_LENGTH, v, v.length());
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return Phrase.of(CoreWords.REGION_CODE_DIGITS, v, String.valueOf(c), i + 1);
            }
        }
        if (!PROVINCES.contains(v.substring(0, 2))) {
            return Phrase.of(CoreWords.REGION_CODE_PROVINCE, v, v.substring(0, 2));
        }
        if ("00".equals(v.substring(2, 4)) && !"00".equals(v.substring(4, 6))) {
            return Phrase.of(CoreWords.REGION_CODE_COUNTY_UNDER_NO_PREFECTURE, v, v.substring(4, 6));
        }
        if (v.length() == 12) {
            if ("00".equals(v.substring(4, 6))) {
                return Phrase.of(CoreWords.REGION_CODE_NO_COUNTY, v);
            }
            int township = Integer.parseInt(v.substring(6, 9));
            int village = Integer.parseInt(v.substring(9, 12));
            if (township == 0 || township > 599) {
                return Phrase.of(CoreWords.REGION_CODE_TOWNSHIP, v, v.substring(6, 9));
            }
            if (village > 599) {
                return Phrase.of(CoreWords.REGION_CODE_VILLAGE, v, v.substring(9, 12));
            }
        }
        return null;
    }
}
