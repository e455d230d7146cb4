package org.ruralwater.billing.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class AccountOrderPropertiesTest {

    private static final Workers ONE = Workers.of(1);
    private static final Workers THREE = Workers.of(3);

    @AfterAll
    static void stopThreads() {
        THREE.close();
    }

    /** Characters at the edges of the id alphabet, a character beyond ASCII, and the lowest char of all. */
    private static final String ALPHABET = "-.09AZ_az\u00e9\u4e2d\u0000";

    @Test
    void accountsAreOrderedByHouseholdWithRepeatsInFileOrderLikeAStableSort() {
        qt().withExamples(2000)
                .forAll(lists().of(integers().between(0, 40)).ofSizeBetween(0, 60))
                .checkAssert(codes -> assertOrderedLikeAStableSort(
                        codes.stream().map(c -> "H" + c).toArray(String[]::new)));
    }

    @Test
    void orderIsTheStringsOrderForAnyIdsSharedPrefixesLongTailsAndNonAsciiCharacters() {
        qt().withExamples(3000)
                .forAll(lists().of(key()).ofSizeBetween(0, 40), integers().between(0, 12))
                .checkAssert((tails, prefix) -> {
                    String[] keys = tails.stream()
                            .map(t -> "320102001001".substring(0, prefix) + t)
                            .toArray(String[]::new);
                    assertOrderedLikeAStableSort(keys);
                    String[] sorted = keys.clone();
                    Arrays.sort(sorted);
                    assertOrderedLikeAStableSort(sorted); // the already-ordered shortcut
                });
    }

    private static Gen<String> key() {
        return lists().of(integers().between(0, ALPHABET.length() - 1))
                .ofSizeBetween(0, 14)
                .map(cs -> {
                    StringBuilder b = new StringBuilder();
                    // Mostly ASCII, so that most lists take the seven-bit packing.
                    cs.forEach(c -> b.append(ALPHABET.charAt(c < 9 || cs.size() % 4 == 0 ? c : c % 9)));
                    return b.toString();
                });
    }

    private static void assertOrderedLikeAStableSort(String[] keys) {
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            expected.add(i);
        }
        expected.sort(Comparator.comparing(i -> keys[i])); // List.sort is stable

        int[] want = expected.stream().mapToInt(Integer::intValue).toArray();

        assertThat(AccountOrder.of(keys, ONE)).containsExactly(want);
        assertThat(AccountOrder.of(keys, THREE)).as("in three stretches").containsExactly(want);
    }
}
