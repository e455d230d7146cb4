package org.ruralwater.core.asset;

import org.ruralwater.core.identity.Identifiers;

/** The identifier of an asset of a works. */
public record AssetId(String value) implements Comparable<AssetId> {

    public AssetId {
        Identifiers.check("asset id", value);
    }

    public static AssetId of(String value) {
        return new AssetId(value);
    }

    /** Same as {@link #of}; the text form is the value itself. */
    public static AssetId parse(String text) {
        return new AssetId(text);
    }

    @Override
    public int compareTo(AssetId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
