package org.ruralwater.store.access;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;

/**
 * What a caller may read and change: a region and every region within it, or the whole store. Every read and
 * write of the store takes one, and no row outside it is returned or changed.
 *
 * <p>A row the store cannot place in a region (an account of a household no county record names, a works
 * serving villages of two provinces) lies outside every region: only the whole store's scope reaches it.
 */
public final class Scope {

    private static final Scope EVERYTHING = new Scope(null);

    private final @Nullable RegionCode root;

    private Scope(@Nullable RegionCode root) {
        this.root = root;
    }

    /** The whole store: what the local administrator (the CLI) works with. */
    public static Scope everything() {
        return EVERYTHING;
    }

    /** The region and every region within it. */
    public static Scope of(RegionCode region) {
        return new Scope(requireNonNull(region, "region"));
    }

    /** The region the scope is rooted at, or empty for the whole store. */
    public Optional<RegionCode> region() {
        return Optional.ofNullable(root);
    }

    /** Whether a row placed in the region (or in none, when null) lies within the scope. */
    public boolean includes(@Nullable RegionCode region) {
        if (root == null) {
            return true;
        }
        return region != null && (region.equals(root) || region.isWithin(root));
    }

    /**
     * The SQL {@code LIKE} pattern of the region codes within the scope, or empty for the whole store. Codes
     * nest by their digits (a county's villages start with its six digits), except under a prefecture coded
     * {@code PP90}: the counties the province administers directly lie under the province, not under it, so
     * that prefecture's scope is the code itself.
     */
    public Optional<String> codePattern() {
        if (root == null) {
            return Optional.empty();
        }
        String v = root.value();
        RegionLevel level = root.level();
        return Optional.of(
                switch (level) {
                    case PROVINCE -> v.substring(0, 2) + "%";
                    case PREFECTURE -> v.substring(2, 4).equals("90") ? v : v.substring(0, 4) + "%";
                    case COUNTY -> v + "%";
                    case TOWNSHIP -> v.substring(0, 9) + "%";
                    case VILLAGE -> v;
                });
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scope s && java.util.Objects.equals(root, s.root);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(root);
    }

    /** {@code everything}, or the region's code. */
    @Override
    public String toString() {
        return root == null ? "everything" : root.value();
    }
}
