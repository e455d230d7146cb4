package org.ruralwater.core.quantity;

/** Thrown when a quantity is converted to, or combined with, a unit of another dimension. */
public final class IncompatibleUnitsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final Unit from;
    private final Unit to;

    IncompatibleUnitsException(Unit from, Unit to) {
        super("cannot convert " + from.symbol() + " (" + from.dimension() + ") to " + to.symbol() + " ("
                + to.dimension() + ")");
        this.from = from;
        this.to = to;
    }

    public Unit from() {
        return from;
    }

    public Unit to() {
        return to;
    }
}
