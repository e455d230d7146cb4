package org.ruralwater.core.asset;

import org.ruralwater.core.identity.Identifiers;
import org.ruralwater.core.wording.Labels;
import org.ruralwater.core.wording.Phrase;

/** The identifier of an asset of a works. */
public record AssetId(String value) implements Comparable<AssetId> {

    /** The kind of id, as a refusal names it: its label ("household id", 用水户编号). */
    private static final Phrase KIND = Labels.typeName(AssetId.class);

    public AssetId {
        Identifiers.check(KIND, value);
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
