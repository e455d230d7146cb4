package org.ruralwater.cliapp.fuzz;

/**
 * A mutated file and what it must do to its reader.
 *
 * @param name what was done, and where, for the failure message
 */
record Mutation(String name, Kind kind, byte[] bytes) {

    /** What a mutation must do to the reader's answer. */
    enum Kind {
        /** The file is wrong: the reader refuses it, every problem located. */
        INVALIDATING,
        /** The file says the same: the reader gives the same answer as for the original. */
        NEUTRAL,
        /** Either: a robustness probe (random bytes, a cut anywhere), which must answer or refuse, located. */
        EITHER
    }

    static Mutation invalidating(String name, byte[] bytes) {
        return new Mutation(name, Kind.INVALIDATING, bytes);
    }

    static Mutation neutral(String name, byte[] bytes) {
        return new Mutation(name, Kind.NEUTRAL, bytes);
    }

    static Mutation either(String name, byte[] bytes) {
        return new Mutation(name, Kind.EITHER, bytes);
    }
}
