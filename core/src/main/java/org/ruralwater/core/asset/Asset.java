package org.ruralwater.core.asset;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.works.WorksId;

/**
 * A physical asset of a works: a well, a pump station, a tank, a length of pipe.
 *
 * @param size its size in its category's dimension: yield, volume, length or diameter
 * @param commissioned the date it went into service, when known
 */
public record Asset(
        AssetId id,
        WorksId works,
        AssetType type,
        String name,
        Optional<Quantity> size,
        Optional<LocalDate> commissioned) {

    public Asset {
        requireNonNull(id, "id");
        requireNonNull(works, "works");
        requireNonNull(type, "type");
        requireNonNull(name, "name");
        requireNonNull(size, "size");
        requireNonNull(commissioned, "commissioned");
        if (name.isBlank()) {
            throw new IllegalArgumentException("asset " + id + " has a blank name");
        }
        size.ifPresent(s -> {
            if (s.unit().dimension() != type.category().sizeDimension()) {
                throw new IllegalArgumentException("asset " + id + " is a " + type.code() + ", sized by "
                        + type.category().sizeDimension() + ", but its size is " + s);
            }
            type.category().sizeRange().check(CoreWords.SIZE_OF_ASSET, id, s);
        });
    }

    public AssetCategory category() {
        return type.category();
    }
}
