package org.ruralwater.core.apportionment;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The largest-remainder method (Hamilton's method): each part first gets its proportional share of the
 * whole rounded down; the units left over, fewer than the number of parts, go one each to the parts with
 * the largest remainders, earlier parts first on ties. The parts always sum to the whole, and a part's
 * share never differs from its exact quota by a unit or more.
 *
 * <p>This is the one implementation behind {@code Money.allocate} (fen), a tariff's split of a volume by
 * days (litres) and the demo county's shares (households).
 */
public final class LargestRemainder {

    private LargestRemainder() {}

    /**
     * Splits {@code whole} units in proportion to the weights.
     *
     * @param whole a non-negative number of units
     * @param weights non-negative weights, at least one positive
     */
    public static BigInteger[] split(BigInteger whole, long... weights) {
        requireNonNull(whole, "whole");
        if (whole.signum() < 0) {
            throw new IllegalArgumentException("a split needs a whole of zero or more units, but was " + whole);
        }
        BigInteger sum = sumOf(weights);
        BigInteger[] shares = new BigInteger[weights.length];
        BigInteger[] remainders = new BigInteger[weights.length];
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] qr = whole.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(sum);
            shares[i] = qr[0];
            remainders[i] = qr[1];
            given = given.add(qr[0]);
        }
        // Fewer units are left than there are parts, so a part gets at most one more.
        int left = whole.subtract(given).intValueExact();
        if (left > 0) {
            Integer[] order = new Integer[weights.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            // A stable sort: equal remainders keep their order, so earlier parts win ties.
            Arrays.sort(order, (a, b) -> remainders[b].compareTo(remainders[a]));
            for (int k = 0; k < left; k++) {
                shares[order[k]] = shares[order[k]].add(BigInteger.ONE);
            }
        }
        return shares;
    }

    /** {@link #split(BigInteger, long...)} for a whole that fits a {@code long}. */
    public static long[] split(long whole, long... weights) {
        BigInteger[] shares = split(BigInteger.valueOf(whole), weights);
        long[] out = new long[shares.length];
        for (int i = 0; i < shares.length; i++) {
            out[i] = shares[i].longValueExact();
        }
        return out;
    }

    private static BigInteger sumOf(long[] weights) {
        requireNonNull(weights, "weights");
        if (weights.length == 0) {
            throw new IllegalArgumentException("a split needs at least one ratio");
        }
        BigInteger sum = BigInteger.ZERO;
        for (long w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("split ratios must not be negative, but one was " + w);
            }
            sum = sum.add(BigInteger.valueOf(w));
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("split ratios must not all be zero");
        }
        return sum;
    }
}
