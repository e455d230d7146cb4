package org.ruralwater.core.suggestion;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" for unknown names: the known name nearest to an unknown one, by edit distance, for the
 * "Maybe …" line of an error message.
 */
public final class Suggestions {

    private Suggestions() {}

    /**
     * The candidate nearest to {@code wanted}, ignoring case; ties go to the earlier candidate. Empty when
     * there are no candidates, or when even the nearest differs in more than half of its characters, where a
     * suggestion would mislead more than help.
     */
    public static Optional<String> nearest(String wanted, Collection<String> candidates) {
        requireNonNull(wanted, "wanted");
        String w = wanted.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : requireNonNull(candidates, "candidates")) {
            int d = distance(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        if (best == null || bestDistance > Math.max(2, Math.max(w.length(), best.length()) / 2)) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /**
     * The closest known ones for an unknown id: every candidate as near to {@code wanted} as the nearest one
     * (ties, in the candidates' order), up to {@code limit}, each passing the same test as {@link #nearest}.
     * A candidate farther than the nearest is left out: it would only add noise to the advice.
     */
    public static List<String> closest(String wanted, Collection<String> candidates, int limit) {
        requireNonNull(wanted, "wanted");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, but was " + limit);
        }
        String w = wanted.toLowerCase(Locale.ROOT);
        record Scored(String candidate, int distance) {}
        List<Scored> near = new ArrayList<>();
        for (String c : requireNonNull(candidates, "candidates")) {
            int d = distance(w, c.toLowerCase(Locale.ROOT));
            if (d <= Math.max(2, Math.max(w.length(), c.length()) / 2)) {
                near.add(new Scored(c, d));
            }
        }
        int best = near.stream().mapToInt(Scored::distance).min().orElse(0);
        return near.stream()
                .filter(n -> n.distance() == best)
                .limit(limit)
                .map(Scored::candidate)
                .toList();
    }

    /** The Levenshtein distance between two texts. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
