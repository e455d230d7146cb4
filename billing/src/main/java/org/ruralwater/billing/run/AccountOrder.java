package org.ruralwater.billing.run;

import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * The order a bill run takes accounts in: by household id, a household listed twice in file order, so the
 * documents of a run do not depend on how the accounts file happens to be sorted.
 *
 * <p>A county has a million accounts. Comparing their id strings directly costs a cache miss or two per
 * comparison (the strings lie scattered over the heap), which made sorting them the largest part of a bill
 * run. So each id is first packed into a {@code long} that orders as the id does: the characters after the
 * prefix every id shares (a county's ids usually start with its region code), up to nine of them at seven
 * bits each, or three at sixteen bits when an id has a character beyond ASCII. The sort compares the packed
 * numbers, kept beside the indices in two arrays it walks in sequence, and compares the strings only when
 * two packed numbers are equal, so the order is exactly the strings' order whatever the ids look like.
 *
 * <p>With several threads each takes a stretch of the accounts through every step (reading the ids, packing,
 * sorting), and the sorted stretches are merged at the end.
 */
final class AccountOrder {

    private AccountOrder() {}

    /** What a stretch of the ids showed: whether it is in order, and the prefix its ids share. */
    private record Scan(boolean ordered, int common) {}

    /** The indices of the keys in key order, equal keys in index order (a stable sort). */
    static int[] of(String[] keys, Workers workers) {
        int n = keys.length;
        int parts = Math.max(1, Math.min(workers.threads(), n));
        int[] bounds = new int[parts + 1];
        for (int p = 0; p <= parts; p++) {
            bounds[p] = (int) ((long) n * p / parts);
        }
        int[] index = new int[n];
        // One pass finds whether the ids are already in order (an export sorted by household, the usual case)
        // and the prefix they all share: the shortest prefix two neighbours share is the one all share.
        List<Scan> scans = workers.each(parts, p -> {
            for (int i = bounds[p]; i < bounds[p + 1]; i++) {
                index[i] = i;
            }
            return scan(keys, Math.max(1, bounds[p]), bounds[p + 1]);
        });
        boolean ordered = true;
        int common = n == 0 ? 0 : keys[0].length();
        for (Scan scan : scans) {
            ordered &= scan.ordered();
            common = Math.min(common, scan.common());
        }
        if (ordered) {
            return index;
        }
        int shared = common;
        long[] packed = new long[n];
        long[] packedTo = new long[n];
        int[] indexTo = new int[n];
        boolean ascii = !workers.each(parts, p -> pack(keys, shared, 7, packed, bounds[p], bounds[p + 1]))
                .contains(false);
        workers.each(parts, p -> {
            if (!ascii) {
                pack(keys, shared, 16, packed, bounds[p], bounds[p + 1]);
            }
            sort(keys, packed, index, packedTo, indexTo, bounds[p], bounds[p + 1]);
            return p;
        });
        // The sorted stretches are runs to merge pairwise, as the sort's own later passes would.
        return mergeRuns(keys, packed, index, packedTo, indexTo, parts, r -> bounds[r]) ? indexTo : index;
    }

    /** Whether keys[from − 1 .. to) are in order, and the prefix they share. */
    private static Scan scan(String[] keys, int from, int to) {
        int common = Integer.MAX_VALUE;
        boolean ordered = true;
        for (int i = from; i < to; i++) {
            String a = keys[i - 1];
            String b = keys[i];
            int limit = Math.min(a.length(), b.length());
            int c = 0;
            while (c < limit && a.charAt(c) == b.charAt(c)) {
                c++;
            }
            common = Math.min(common, c);
            ordered &= c == a.length() || (c < b.length() && a.charAt(c) < b.charAt(c));
        }
        return new Scan(ordered, common);
    }

    /**
     * Packs each key's characters from the shared prefix on, up to 63 / bits of them, each as its code in
     * {@code bits} bits; a missing character is 0, below every code, as a shorter string sorts before a longer
     * one it begins. So packed(s) < packed(t) implies s < t, and only equal packed numbers need the strings.
     * Returns false at the first character that does not fit in {@code bits}.
     */
    private static boolean pack(String[] keys, int common, int bits, long[] packed, int from, int to) {
        int limit = 1 << bits;
        int chars = 63 / bits;
        for (int i = from; i < to; i++) {
            String key = keys[i];
            long p = 0;
            for (int c = 0; c < chars; c++) {
                int at = common + c;
                int code = at < key.length() ? key.charAt(at) : 0;
                if (code >= limit) {
                    return false;
                }
                p = (p << bits) | code;
            }
            packed[i] = p;
        }
        return true;
    }

    /**
     * A bottom-up stable merge sort of packed[from..to) and its indices together, leaving the result in
     * packed and index; the other two arrays are its scratch space over the same stretch.
     */
    private static void sort(
            String[] keys, long[] packed, int[] index, long[] packedTo, int[] indexTo, int from, int to) {
        if (mergeRuns(keys, packed, index, packedTo, indexTo, to - from, r -> from + r)) {
            System.arraycopy(packedTo, from, packed, from, to - from);
            System.arraycopy(indexTo, from, index, from, to - from);
        }
    }

    /**
     * Merges sorted runs pairwise, bottom up, until one is left; run r starts at {@code start(r)} and the last
     * ends at {@code start(runs)}. The runs are read from the first pair of arrays and each pass writes into
     * the other pair; returns whether the result ended in the second pair.
     */
    private static boolean mergeRuns(
            String[] keys,
            long[] packed,
            int[] index,
            long[] packedTo,
            int[] indexTo,
            int runs,
            IntUnaryOperator start) {
        long[] pa = packed;
        int[] ia = index;
        long[] pb = packedTo;
        int[] ib = indexTo;
        boolean swapped = false;
        for (int width = 1; width < runs; width *= 2) {
            for (int r = 0; r < runs; r += 2 * width) {
                int lo = start.applyAsInt(r);
                int mid = start.applyAsInt(Math.min(r + width, runs));
                int hi = start.applyAsInt(Math.min(r + 2 * width, runs));
                merge(keys, pa, ia, pb, ib, lo, mid, hi);
            }
            long[] pt = pa;
            pa = pb;
            pb = pt;
            int[] it = ia;
            ia = ib;
            ib = it;
            swapped = !swapped;
        }
        return swapped;
    }

    /** Merges the sorted runs [lo, mid) and [mid, hi) of the first two arrays into the last two. */
    private static void merge(String[] keys, long[] pa, int[] ia, long[] pb, int[] ib, int lo, int mid, int hi) {
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            boolean right = pa[j] < pa[i] || (pa[j] == pa[i] && keys[ia[j]].compareTo(keys[ia[i]]) < 0);
            if (right) {
                pb[k] = pa[j];
                ib[k++] = ia[j++];
            } else {
                pb[k] = pa[i];
                ib[k++] = ia[i++];
            }
        }
        while (i < mid) {
            pb[k] = pa[i];
            ib[k++] = ia[i++];
        }
        while (j < hi) {
            pb[k] = pa[j];
            ib[k++] = ia[j++];
        }
    }
}
