package org.ruralwater.core.datafile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.household.Household;

/** The files county offices really have: GBK, a byte-order mark, Excel's dates, rows of commas, sheets. */
class FilesPeopleHaveTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String VILLAGES = "code,name,note\n530521101201,清源村,水源：山泉\n530521101202,龙潭村,\n";

    /** A record with a text, a date and a date and time, for the date forms. */
    record Visit(String village, LocalDate day, LocalDateTime at) {}

    /** A record of villages with a free-text note, read from UTF-8 and from GB18030. */
    record VillageNote(String code, String name, java.util.Optional<String> note) {}

    @Test
    void aGb18030FileReadsTheSameAsItsUtf8TwinAndSaysSo(@TempDir Path dir) throws IOException {
        Path utf8 = Files.writeString(dir.resolve("villages.csv"), VILLAGES, StandardCharsets.UTF_8);
        Path gbk = Files.write(dir.resolve("villages-gbk.csv"), VILLAGES.getBytes(GB18030));
        List<Notice> told = new ArrayList<>();
        CsvReader.Reading<VillageNote> fromGbk;
        try (ReadingScope scope = ReadingScope.open(told::add)) {
            fromGbk = CsvReader.forRecord(VillageNote.class).reading(gbk);
        }
        CsvReader.Reading<VillageNote> fromUtf8 =
                CsvReader.forRecord(VillageNote.class).reading(utf8);
        assertThat(values(fromGbk)).isEqualTo(values(fromUtf8)).hasSize(2);
        assertThat(fromGbk.charset()).isEqualTo(GB18030);
        assertThat(fromUtf8.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(told)
                .extracting(Notice::toString)
                .containsExactly("villages-gbk.csv: read as GB18030, not UTF-8 (its bytes are not UTF-8, and all are"
                        + " GB18030); save it as UTF-8 to avoid this");
    }

    @Test
    void aByteOrderMarkCsvReadsBackAndTheMarkIsNoPartOfTheFirstColumn(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("villages.csv"), "\uFEFF" + VILLAGES, StandardCharsets.UTF_8);
        assertThat(Files.readAllBytes(file)).startsWith(0xEF, 0xBB, 0xBF);
        List<VillageNote> read = CsvReader.forRecord(VillageNote.class).read(file);
        assertThat(read).extracting(VillageNote::code).containsExactly("530521101201", "530521101202");
    }

    @Test
    void aDeclaredEncodingIsTheOnlyOneTried() {
        byte[] gbk = VILLAGES.getBytes(GB18030);
        try (ReadingScope scope = ReadingScope.open(Charset.forName("GBK"), n -> {})) {
            assertThat(CsvReader.forRecord(VillageNote.class).read("v.csv", new ByteArrayInputStream(gbk)))
                    .extracting(VillageNote::name)
                    .containsExactly("清源村", "龙潭村");
        }
        try (ReadingScope scope = ReadingScope.open(StandardCharsets.UTF_8, n -> {})) {
            assertThatThrownBy(
                            () -> CsvReader.forRecord(VillageNote.class).read("v.csv", new ByteArrayInputStream(gbk)))
                    .hasMessageContaining("v.csv:2:14: (encoding): expected text in UTF-8, found bytes 0xC7 0xE5");
        }
    }

    @Test
    void datesAreReadYearFirstAsExcelWritesThemAndNeverDayFirst() {
        String csv =
                "village,day,at\nA,2026-3-2,2026/3/2 9:10\nB,2026/03/02,2026-03-02 09:10:05\nC,2026-03-02,2026-03-02T09:10\n";
        List<Visit> read = CsvReader.forRecord(Visit.class).read("v.csv", stream(csv));
        assertThat(read).extracting(Visit::day).containsOnly(LocalDate.of(2026, 3, 2));
        assertThat(read)
                .extracting(Visit::at)
                .containsExactly(
                        LocalDateTime.of(2026, 3, 2, 9, 10),
                        LocalDateTime.of(2026, 3, 2, 9, 10, 5),
                        LocalDateTime.of(2026, 3, 2, 9, 10));
        String dayFirst = "village,day,at\nA,2/3/2026,2026/3/2 9:10\nB,2026/3-2,2026/2/30 9:10\n";
        assertThatThrownBy(() -> CsvReader.forRecord(Visit.class).read("v.csv", stream(dayFirst)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::toString)
                                .containsExactly(
                                        "v.csv:2:3: day: expected a date as YYYY-MM-DD, found \"2/3/2026\"",
                                        "v.csv:3:3: day: expected a date as YYYY-MM-DD, found \"2026/3-2\"",
                                        "v.csv:3:12: at: expected a date and time as YYYY-MM-DDTHH:MM[:SS],"
                                                + " found \"2026/2/30 9:10\""));
    }

    @Test
    void rowsOfCommasAreSkippedCountedAndTold() {
        String csv = "id,village,works,members,connection,meter\n,,,,,\nH-1,530521101201,W1,3,in_house_tap,M1\n"
                + ",,,,,\n\"\",,,,,\n";
        List<Notice> told = new ArrayList<>();
        CsvReader.Reading<Household> read;
        try (ReadingScope scope = ReadingScope.open(told::add)) {
            read = CsvReader.forRecord(Household.class).reading("h.csv", stream(csv));
        }
        assertThat(read.rows()).extracting(Located::line).containsExactly(3);
        assertThat(read.emptyRowsSkipped()).isEqualTo(3);
        assertThat(told).extracting(n -> n.text(Locale.ROOT)).containsExactly("h.csv: 3 empty rows skipped");
    }

    @Test
    void aRowWithAnythingInItIsStillReadStrictly() {
        String csv = "id,village,works,members,connection,meter\n,,,,, \n";
        assertThatThrownBy(() -> CsvReader.forRecord(Household.class).read("h.csv", stream(csv)))
                .hasMessageContaining("h.csv:2:1: id: expected");
    }

    @Test
    void aSheetIsReadAsStrictlyAsAFileWithProblemsAtItsCells() {
        Sheet sheet = new Sheet(
                "households.xlsx",
                "户",
                List.of(
                        row(1, text("id"), text("village"), text("works"), text("members"), text("connection")),
                        row(2, text("H-1"), number("530521101201"), text("W1"), number("3"), text("in_house_tap")),
                        row(4),
                        row(5, text("H-2"), number("530521"), text(""), number("3.5"), text("well"))));
        assertThatThrownBy(() -> CsvReader.forRecord(Household.class).read(sheet))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::toString)
                                .containsExactly(
                                        "households.xlsx:户!D5: members: expected a whole number, found \"3.5\"",
                                        "households.xlsx:户!E5: connection: expected one of in_house_tap, yard_tap,"
                                                + " public_standpipe, none, found \"well\""));
        Sheet good = new Sheet("households.xlsx", "户", sheet.rows().subList(0, 3));
        List<Located<Household>> read = CsvReader.forRecord(Household.class).readLocated(good);
        assertThat(read).singleElement().satisfies(l -> {
            assertThat(l.value().village().toString()).isEqualTo("530521101201");
            assertThat(l.problem(
                                    "id",
                                    org.ruralwater.core.wording.Phrase.verbatim("x"),
                                    org.ruralwater.core.wording.Phrase.verbatim("y"))
                            .toString())
                    .isEqualTo("households.xlsx:户!A2: id: expected x, found y");
        });
    }

    @Test
    void aSheetsDateCellFeedsADateOrADateAndTime() {
        Sheet sheet = new Sheet(
                "v.xlsx",
                "Sheet1",
                List.of(
                        row(1, text("village"), text("day"), text("at")),
                        row(
                                2,
                                number("530521"),
                                when(LocalDateTime.of(2026, 3, 2, 0, 0)),
                                when(LocalDateTime.of(2026, 3, 2, 0, 0)))));
        assertThat(CsvReader.forRecord(Visit.class).read(sheet))
                .containsExactly(new Visit("530521", LocalDate.of(2026, 3, 2), LocalDateTime.of(2026, 3, 2, 0, 0)));
    }

    @Test
    void cellReferencesNameColumnsByLetters() {
        assertThat(Problem.columnLetters(1)).isEqualTo("A");
        assertThat(Problem.columnLetters(26)).isEqualTo("Z");
        assertThat(Problem.columnLetters(27)).isEqualTo("AA");
        assertThat(Problem.columnLetters(703)).isEqualTo("AAA");
    }

    private static List<Object> values(CsvReader.Reading<?> r) {
        return r.rows().stream().map(l -> (Object) l.value()).toList();
    }

    private static ByteArrayInputStream stream(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static Sheet.Row row(int number, Sheet.Cell... cells) {
        return new Sheet.Row(number, List.of(cells));
    }

    private static Sheet.Cell text(String t) {
        return new Sheet.TextCell(t);
    }

    private static Sheet.Cell number(String n) {
        return new Sheet.NumberCell(new BigDecimal(n));
    }

    private static Sheet.Cell when(LocalDateTime t) {
        return new Sheet.DateCell(t);
    }
}
