package org.ruralwater.core.region;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A set of regions arranged as a tree by their codes.
 *
 * <p>A region's parent is its nearest ancestor by the code rules that is present: a county file that lists
 * the province but not the prefecture still forms a tree. Regions whose ancestors are all absent are
 * roots.
 */
public final class RegionHierarchy {

    private final Map<RegionCode, Region> byCode;
    private final Map<RegionCode, List<Region>> children;

    private RegionHierarchy(Map<RegionCode, Region> byCode) {
        this.byCode = byCode;
        Map<RegionCode, List<Region>> kids = new HashMap<>();
        for (Region r : byCode.values()) {
            parentOf(r.code())
                    .ifPresent(p -> kids.computeIfAbsent(p.code(), k -> new ArrayList<>())
                            .add(r));
        }
        Map<RegionCode, List<Region>> frozen = new HashMap<>();
        kids.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.children = Map.copyOf(frozen);
    }

    /**
     * The hierarchy of the regions given.
     *
     * @throws IllegalArgumentException when two regions share a code
     */
    public static RegionHierarchy of(Collection<Region> regions) {
        Map<RegionCode, Region> map = new TreeMap<>();
        for (Region r : requireNonNull(regions, "regions")) {
            Region previous = map.put(r.code(), r);
            if (previous != null) {
                throw new IllegalArgumentException("region code " + r.code() + " is used by both \"" + previous.name()
                        + "\" and \"" + r.name() + "\"");
            }
        }
        return new RegionHierarchy(map);
    }

    public Optional<Region> find(RegionCode code) {
        return Optional.ofNullable(byCode.get(requireNonNull(code, "code")));
    }

    /** The region with that code, or an exception naming it. */
    public Region get(RegionCode code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("no region with code " + code));
    }

    /** The nearest ancestor of the code that is in this hierarchy. */
    public Optional<Region> parentOf(RegionCode code) {
        for (RegionCode a : code.ancestors()) {
            Region r = byCode.get(a);
            if (r != null) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The regions whose parent in this hierarchy is the code given, sorted by code. */
    public List<Region> childrenOf(RegionCode code) {
        return children.getOrDefault(code, List.of()).stream()
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .toList();
    }

    /** The path from the root down to the region, such as 云南省 / 示范市 / 清源县. */
    public List<Region> pathTo(RegionCode code) {
        List<Region> path = new ArrayList<>();
        Region r = get(code);
        path.add(r);
        Optional<Region> p = parentOf(code);
        while (p.isPresent()) {
            path.add(0, p.get());
            p = parentOf(p.get().code());
        }
        return List.copyOf(path);
    }

    /** Every region in the hierarchy within the code given (not the region itself). */
    public List<Region> within(RegionCode code) {
        return byCode.values().stream().filter(r -> r.code().isWithin(code)).toList();
    }

    /** Every region of one level, sorted by code. */
    public List<Region> atLevel(RegionLevel level) {
        return byCode.values().stream().filter(r -> r.level() == level).toList();
    }

    public int size() {
        return byCode.size();
    }
}
