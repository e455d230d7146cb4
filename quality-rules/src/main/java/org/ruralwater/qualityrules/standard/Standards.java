package org.ruralwater.qualityrules.standard;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.JsonReader;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.datafile.ResourceIndex;
import org.ruralwater.core.suggestion.Suggestions;
import org.ruralwater.core.suggestion.UnknownIdException;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.qualityrules.wording.QualityWords;

/**
 * A set of standards: those shipped with the library and any an agency adds from its own files.
 *
 * <p>An agency's file either adds a standard or, with {@code based_on}, changes one (a provincial stricter
 * limit): its indicator rows replace the base's rows with the same code, and each rule list it gives
 * replaces the base's. Loading reports every problem in every file at once.
 */
public final class Standards {

    private static final String RESOURCES = "/org/ruralwater/qualityrules/standard/";
    private static final JsonReader<StandardFile> READER = JsonReader.forRecord(StandardFile.class);

    private final Map<String, Standard> byId;

    private Standards(Map<String, Standard> byId) {
        this.byId = byId;
    }

    /** The standards shipped with the library. */
    public static Standards bundled() {
        return Bundled.STANDARDS;
    }

    /**
     * These standards with the files added; a file whose id is already here replaces that standard.
     *
     * @throws InvalidInputException listing every problem in every file
     */
    public Standards with(Collection<Path> files) {
        List<Problem> problems = new ArrayList<>();
        List<StandardFile> read = new ArrayList<>();
        for (Path f : files) {
            try {
                read.add(READER.readOne(f));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        Map<String, Standard> map = new LinkedHashMap<>(byId);
        for (int i = 0; i < read.size(); i++) {
            StandardFile sf = read.get(i);
            String source = files.stream().toList().get(i).getFileName().toString();
            Optional<String> base = sf.basedOn();
            if (base.isPresent() && !map.containsKey(base.get())) {
                problems.add(new Problem(
                        source,
                        1,
                        1,
                        "based_on",
                        Phrase.of(QualityWords.LOADED_BASE),
                        Phrase.quoted(base.get()),
                        Suggestions.nearest(base.get(), map.keySet()).stream().toList()));
                continue;
            }
            try {
                map.put(sf.id(), build(sf, map));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(
                        source,
                        1,
                        1,
                        "(standard)",
                        Phrase.of(QualityWords.CONSISTENT_STANDARD),
                        Phrase.verbatim(e.getMessage())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Standards(map);
    }

    private static Standard build(StandardFile sf, Map<String, Standard> known) {
        if (sf.basedOn().isEmpty()) {
            return Standard.of(sf);
        }
        String base = sf.basedOn().get();
        Standard b = known.get(base);
        if (b == null) {
            throw new IllegalArgumentException("based_on names " + base + ", which is not loaded");
        }
        return b.with(sf);
    }

    /**
     * The short names a user may give wherever a standard id is taken: the comparison sets by their body
     * ({@code WHO}, {@code EPA}, {@code EU}) and {@code GB} for China's standard in force.
     */
    public static final Map<String, String> SHORT_NAMES = shortNames();

    private static Map<String, String> shortNames() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("GB", "GB5749-2022");
        m.put("WHO", "WHO-GDWQ-2022");
        m.put("EPA", "US-EPA-NPDWR");
        m.put("EU", "EU-2020-2184");
        return Collections.unmodifiableMap(m);
    }

    /**
     * The standard with that id, such as {@code GB5749-2022}, or a short name (ignoring case) of
     * {@link #SHORT_NAMES}.
     *
     * @throws UnknownIdException naming the id, the known ones and the closest of them
     */
    public Standard get(String id) {
        Standard s = byId.get(resolve(requireNonNull(id, "id")));
        if (s == null) {
            throw UnknownIdException.of(Phrase.of(QualityWords.NOUN_STANDARD), id, byId.keySet());
        }
        return s;
    }

    /** The id a short name stands for, or the id itself. */
    private String resolve(String id) {
        if (byId.containsKey(id)) {
            return id;
        }
        String upper = id.strip().toUpperCase(Locale.ROOT);
        String full = SHORT_NAMES.get(upper);
        if (full != null) {
            return full;
        }
        for (String known : byId.keySet()) {
            if (known.equalsIgnoreCase(id.strip())) {
                return known;
            }
        }
        return id;
    }

    /** The short names that stand for this standard, for a listing. */
    public List<String> shortNamesOf(String id) {
        List<String> out = new ArrayList<>();
        SHORT_NAMES.forEach((k, v) -> {
            if (v.equals(id)) {
                out.add(k);
            }
        });
        return out;
    }

    public Collection<Standard> all() {
        return byId.values();
    }

    /**
     * The standard of a jurisdiction in force on a date (the newest, when an agency's change and its base
     * are both in force: the change wins).
     */
    public Optional<Standard> inForce(String jurisdiction, LocalDate date) {
        Standard best = null;
        for (Standard s : byId.values()) {
            if (s.jurisdiction().equals(jurisdiction) && s.isInForceOn(date)) {
                if (best == null
                        || s.effectiveFrom().isAfter(best.effectiveFrom())
                        || (s.effectiveFrom().equals(best.effectiveFrom())
                                && s.basedOn().isPresent())) {
                    best = s;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static final class Bundled {
        static final Standards STANDARDS = load();

        private static Standards load() {
            Map<String, Standard> map = new LinkedHashMap<>();
            for (StandardFile sf : ResourceIndex.readAll(Standards.class, RESOURCES, "standards.index", READER)) {
                map.put(sf.id(), build(sf, map));
            }
            return new Standards(map);
        }
    }
}
