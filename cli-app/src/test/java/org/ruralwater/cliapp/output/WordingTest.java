package org.ruralwater.cliapp.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ruralwater.cliapp.option.CliWords;
import org.ruralwater.cliapp.option.Language;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.core.wording.Phrase;

/** A table for people speaks the reader's language; CSV and JSON keep the codes whatever the language. */
class WordingTest {

    private static Table table() {
        return Table.of("village", "level", "provisional", "total", "indicators", "worker")
                .row(
                        RegionCode.parse("539821101201"),
                        Optional.of(RegionLevel.TOWNSHIP),
                        true,
                        Phrase.of(CliWords.QUOTE_TOTAL),
                        List.of(new Worded("fluoride", "氟化物"), new Worded("arsenic", "砷")),
                        new Named("C1", "塘边镇维修组"));
    }

    @Test
    void aChineseTableShowsHeadingsLabelsAndNamesWhileCsvKeepsTheCodes() {
        Wording zh = Wording.in(Language.CHINESE);

        assertThat(table().toString(Format.TABLE, zh)).isEqualTo("""
                        村            level  暂定  合计  指标       人员
                        ------------  -----  ----  ----  ---------  ---------------
                        539821101201  乡级   是    合计  氟化物;砷  C1 塘边镇维修组
                        """);
        assertThat(table().toString(Format.CSV, zh))
                .isEqualTo("village,level,provisional,total,indicators,worker\n"
                        + "539821101201,township,true,total,fluoride;arsenic,C1\n");
        assertThat(table().toString(Format.CSV)).isEqualTo(table().toString(Format.CSV, zh));
    }

    @Test
    void anEnglishTableShowsEnglishWordsAndACommandsOwnHeading() {
        Wording en = Wording.in(Language.ENGLISH).heading("level", Phrase.of(Heading.DUE_ON));

        assertThat(table().toString(Format.TABLE, en))
                .startsWith("village       due on    provisional  total  indicators  worker")
                .contains(" yes ");
    }
}
