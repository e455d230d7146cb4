package org.ruralwater.store.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MonthOrderTest {

    private static final LocalDate MAY = LocalDate.of(2015, 5, 1);
    private static final LocalDate JUNE = LocalDate.of(2015, 6, 1);

    @Test
    void rowsOfAMonthInTheirRunsAndPlacesFollowOneAnother() {
        StoredLedger.MonthOrder order = new StoredLedger.MonthOrder();
        assertThat(order.follows(MAY, 1, 0)).isTrue();
        assertThat(order.follows(MAY, 1, 1)).isTrue();
        assertThat(order.follows(MAY, 3, 0)).isTrue();
        assertThat(order.follows(MAY, 3, 7)).isTrue();
    }

    @Test
    void aRowBeforeTheOneReadBeforeInTheSameMonthDoesNot() {
        StoredLedger.MonthOrder order = new StoredLedger.MonthOrder();
        order.follows(MAY, 3, 5);
        assertThat(order.follows(MAY, 3, 4)).isFalse();
        StoredLedger.MonthOrder again = new StoredLedger.MonthOrder();
        again.follows(MAY, 3, 5);
        assertThat(again.follows(MAY, 2, 9)).isFalse();
        StoredLedger.MonthOrder twice = new StoredLedger.MonthOrder();
        twice.follows(MAY, 3, 5);
        assertThat(twice.follows(MAY, 3, 5)).isFalse();
    }

    @Test
    void anotherMonthBeginsAfreshWhateverItsRuns() {
        StoredLedger.MonthOrder order = new StoredLedger.MonthOrder();
        order.follows(JUNE, 9, 100);
        assertThat(order.follows(MAY, 1, 0)).isTrue();
        assertThat(order.follows(MAY, 1, 1)).isTrue();
    }
}
