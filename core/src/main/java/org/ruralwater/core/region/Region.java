package org.ruralwater.core.region;

import static java.util.Objects.requireNonNull;

/** A named administrative region. */
public record Region(RegionCode code, String name) {

    public Region {
        requireNonNull(code, "code");
        requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("region " + code + " has a blank name");
        }
    }

    public static Region of(String code, String name) {
        return new Region(RegionCode.parse(code), name);
    }

    public RegionLevel level() {
        return code.level();
    }
}
