package org.ruralwater.billing.run;

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
 */
final class AccountOrder {

    private AccountOrder() {}

    /** The indices of the keys in key order, equal keys in index order (a stable sort). */
    static int[] of(String[] keys) {
        int n = keys.length;
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        // One pass finds whether the ids are already in order (an export sorted by household, the usual case)
        // and the prefix they all share: the shortest prefix two neighbours share is the one all share.
        int common = n == 0 ? 0 : keys[0].length();
        boolean ordered = true;
        for (int i = 1; i < n; i++) {
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
        if (ordered) {
            return index;
        }
        long[] packed = new long[n];
        if (!pack(keys, common, 7, packed)) {
            pack(keys, common, 16, packed);
        }
        mergeSort(keys, packed, index);
        return index;
    }

    /**
     * Packs each key's characters from the shared prefix on, up to 63 / bits of them, each as its code in
     * {@code bits} bits; a missing character is 0, below every code, as a shorter string sorts before a longer
     * one it begins. So packed(s) < packed(t) implies s < t, and only equal packed numbers need the strings.
     * Returns false at the first character that does not fit in {@code bits}.
     */
    private static boolean pack(String[] keys, int common, int bits, long[] packed) {
        int limit = 1 << bits;
        int chars = 63 / bits;
        for (int i = 0; i < keys.length; i++) {
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

    /** A bottom-up stable merge sort of the packed numbers and their indices together. */
    private static void mergeSort(String[] keys, long[] packed, int[] index) {
        int n = index.length;
        long[] packedTo = new long[n];
        int[] indexTo = new int[n];
        long[] pa = packed;
        int[] ia = index;
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    boolean right = pa[j] < pa[i] || (pa[j] == pa[i] && keys[ia[j]].compareTo(keys[ia[i]]) < 0);
                    if (right) {
                        packedTo[k] = pa[j];
                        indexTo[k++] = ia[j++];
                    } else {
                        packedTo[k] = pa[i];
                        indexTo[k++] = ia[i++];
                    }
                }
                while (i < mid) {
                    packedTo[k] = pa[i];
                    indexTo[k++] = ia[i++];
                }
                while (j < hi) {
                    packedTo[k] = pa[j];
                    indexTo[k++] = ia[j++];
                }
            }
            long[] pt = pa;
            pa = packedTo;
            packedTo = pt;
            int[] it = ia;
            ia = indexTo;
            indexTo = it;
        }
        if (ia != index) {
            System.arraycopy(ia, 0, index, 0, n);
        }
    }
}
