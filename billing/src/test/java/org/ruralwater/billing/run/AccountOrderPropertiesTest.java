package org.ruralwater.billing.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountOrderPropertiesTest {

    @Test
    void accountsAreOrderedByHouseholdWithRepeatsInFileOrderLikeAStableSort() {
        qt().withExamples(2000)
                .forAll(lists().of(integers().between(0, 40)).ofSizeBetween(0, 60))
                .checkAssert(codes -> {
                    String[] keys = codes.stream().map(c -> "H" + c).toArray(String[]::new);
                    List<Integer> expected = new ArrayList<>();
                    for (int i = 0; i < keys.length; i++) {
                        expected.add(i);
                    }
                    expected.sort(Comparator.comparing(i -> keys[i])); // List.sort is stable

                    int[] actual = BillRun.byKey(keys);

                    assertThat(actual)
                            .containsExactly(expected.stream()
                                    .mapToInt(Integer::intValue)
                                    .toArray());
                });
    }
}
