package org.ruralwater.core.datafile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.money.Money;
import org.ruralwater.core.region.RegionCode;

class CsvColumnTest {

    record Row(RegionCode village, Optional<String> note, Money price) {}

    private static final RecordShape<Row> SHAPE = RecordShape.of(Row.class);

    /** A tokenizer at the first field of {@code text}. */
    private static CsvTokenizer at(String text) {
        CsvTokenizer in = new CsvTokenizer(text);
        in.nextRow();
        in.nextField();
        return in;
    }

    @Test
    void aRememberedTextGivesItsValueBackAndOtherTextsNothing() {
        CsvColumn column = new CsvColumn(SHAPE.field("village"));
        RegionCode village = RegionCode.parse("539821101201");
        column.remember(at("539821101201,"), village);
        assertThat(column.remembered(at("539821101201\n"))).isSameAs(village);
        assertThat(column.remembered(at("\"539821101201\"\n"))).isSameAs(village);
        assertThat(column.remembered(at("539821101202\n"))).isNull();
        assertThat(column.remembered(at("53982110120\n"))).isNull();
    }

    @Test
    void theLastFourTextsAreRemembered() {
        CsvColumn column = new CsvColumn(SHAPE.field("note"));
        for (String text : new String[] {"a", "b", "c", "d", "e"}) {
            column.remember(at(text), Optional.of(text));
        }
        assertThat(column.remembered(at("a"))).isNull();
        assertThat(column.remembered(at("b"))).isEqualTo(Optional.of("b"));
        assertThat(column.remembered(at("e"))).isEqualTo(Optional.of("e"));
    }

    @Test
    void aColumnWhoseTextsDoNotRepeatStopsLooking() {
        CsvColumn column = new CsvColumn(SHAPE.field("note"));
        column.remember(at("same"), Optional.of("same"));
        for (int i = 0; i < 63; i++) {
            assertThat(column.remembered(at("other" + i))).isNull();
        }
        assertThat(column.remembered(at("same"))).isEqualTo(Optional.of("same"));
        for (int i = 0; i < 64; i++) {
            column.remembered(at("other" + i));
        }
        assertThat(column.remembered(at("same"))).isNull();
        column.remember(at("same"), Optional.of("same"));
        assertThat(column.remembered(at("same"))).isNull();
    }

    /** Records, enums and the JDK's value types are known to be immutable; a class need not be. */
    @Test
    void onlyValuesKnownToBeImmutableOfKnownFieldsAreRemembered() {
        CsvColumn price = new CsvColumn(SHAPE.field("price"));
        price.remember(at("CNY 1.00"), Money.of("CNY", "1.00"));
        assertThat(price.remembered(at("CNY 1.00"))).isNull();
        CsvColumn unknown = new CsvColumn(null);
        unknown.remember(at("x"), "x");
        assertThat(unknown.remembered(at("x"))).isNull();
        assertThat(unknown.field()).isNull();
    }
}
