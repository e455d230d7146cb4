package org.ruralwater.core.quantity;

/**
 * What a unit measures. Two units convert into each other only when they share a dimension.
 *
 * <p>Counts of organisms by different methods are deliberately different dimensions: a most-probable-number
 * result (MPN/100 mL) is a statistical estimate, not a colony count (CFU/100 mL), so no factor converts one
 * into the other even though GB 5749-2022 accepts either for the same indicator.
 */
public enum Dimension {
    /** Mass per volume of water, such as mg/L. */
    MASS_CONCENTRATION,
    /** Nephelometric turbidity. */
    TURBIDITY,
    /** Colour on the platinum-cobalt scale (GB 5749's 度). */
    COLOUR,
    /** Colony-forming units per volume, such as CFU/mL (plate count) or CFU/100 mL (coliforms). */
    COLONY_COUNT,
    /** Most probable number per volume (multiple-tube or enzyme-substrate methods). */
    MOST_PROBABLE_NUMBER,
    /** Protozoan cysts or oocysts counted in a filtered volume, such as Giardia per 10 L. */
    ORGANISMS,
    /** Activity per volume, such as Bq/L (gross alpha and beta). */
    ACTIVITY_CONCENTRATION,
    /** Electrical conductivity. */
    CONDUCTIVITY,
    /** A volume of water. */
    VOLUME,
    /** A flow of water, such as a works' design capacity in m³/d. */
    FLOW,
    /** Water per person per day, the unit of supply quotas. */
    PER_CAPITA_DEMAND,
    /** Pressure in a pipe network. */
    PRESSURE,
    /** A distance or a length of pipe. */
    LENGTH,
    /** A pure number, such as pH. */
    DIMENSIONLESS
}
