package org.ruralwater.billing.run;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ruralwater.billing.reading.MeterReading;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.household.MeterId;
import org.ruralwater.core.wording.Phrase;

/**
 * What a bill run bills from: the accounts, the meter register and the readings, each row with the place it
 * was read from, so that every problem the run finds names its file, line and column.
 *
 * <p>A column is the field's number in the file's header, 1-based: {@code read} takes it from each file's
 * header row, {@code located} counts the record's components in their order, which is how {@code CsvWriter}
 * writes them.
 */
public final class RunInput {

    /** The files of a billing folder. */
    static final String ACCOUNTS = "accounts.csv";

    static final String METERS = "meters.csv";
    static final String READINGS = "readings.csv";

    private static final CsvReader<Account> ACCOUNT_READER = CsvReader.forRecord(Account.class);
    private static final CsvReader<Meter> METER_READER = CsvReader.forRecord(Meter.class);
    private static final CsvReader<MeterReading> READING_READER = CsvReader.forRecord(MeterReading.class);

    final Rows<Account> accounts;
    final Map<MeterId, Meter> meters;
    final Rows<MeterReading> readings;
    /** Problems found while reading that leave every other check possible: a meter the register lists twice. */
    final List<Problem> problems;

    private RunInput(
            Rows<Account> accounts, Map<MeterId, Meter> meters, Rows<MeterReading> readings, List<Problem> problems) {
        this.accounts = accounts;
        this.meters = meters;
        this.readings = readings;
        this.problems = List.copyOf(problems);
    }

    /** Plain lists, numbered as the files {@code accounts.csv} and {@code readings.csv} without comments. */
    static RunInput of(List<Account> accounts, Map<MeterId, Meter> meters, List<MeterReading> readings) {
        return new RunInput(
                Rows.numbered(ACCOUNTS, accounts, Header.inOrder(ACCOUNT_READER.columns())),
                requireNonNull(meters, "meters"),
                Rows.numbered(READINGS, readings, Header.inOrder(READING_READER.columns())),
                List.of());
    }

    /**
     * Rows read elsewhere, such as with {@code CsvReader.readLocated}, each with its own file and line; the
     * column of a field is its place among the record's components. The run only reads the register, which
     * is not copied: a county's is a million meters.
     */
    public static RunInput located(
            List<Located<Account>> accounts, Map<MeterId, Meter> meters, List<Located<MeterReading>> readings) {
        return new RunInput(
                Rows.located(sourceOf(accounts, ACCOUNTS), accounts, Header.inOrder(ACCOUNT_READER.columns())),
                requireNonNull(meters, "meters"),
                Rows.located(sourceOf(readings, READINGS), readings, Header.inOrder(READING_READER.columns())),
                List.of());
    }

    /**
     * Reads a billing folder's {@code accounts.csv}, {@code meters.csv} and {@code readings.csv}, or for each
     * its workbook twin ({@code accounts.xlsx}, its first sheet) when only that is there, every file before any
     * problem is reported; a problem found later is placed at the field's column of the file's header, or at
     * its cell of the sheet.
     *
     * @throws InvalidInputException listing every problem of every file; when only the accounts cannot be
     *     read, also every reading its meter's register cannot show, which needs no account
     */
    public static RunInput read(Path folder) {
        requireNonNull(folder, "folder");
        List<Problem> problems = new ArrayList<>();
        Path accountsFile = CsvReader.csvOrWorkbook(folder, ACCOUNTS);
        Path metersFile = CsvReader.csvOrWorkbook(folder, METERS);
        Path readingsFile = CsvReader.csvOrWorkbook(folder, READINGS);
        CsvReader.Reading<Account> accounts = readFile(ACCOUNT_READER, accountsFile, problems);
        CsvReader.Reading<Meter> meterRows = readFile(METER_READER, metersFile, problems);
        CsvReader.Reading<MeterReading> readingRows = readFile(READING_READER, readingsFile, problems);
        List<Problem> register = new ArrayList<>();
        Map<MeterId, Meter> meters =
                meterRows == null ? null : register(meterRows.rows(), Header.inOrder(meterRows.header()), register);
        Rows<MeterReading> readings = readingRows == null
                ? null
                : Rows.located(name(readingsFile), readingRows.rows(), Header.inOrder(readingRows.header()));
        if (accounts == null || meters == null || readings == null) {
            problems.addAll(register);
            if (meters != null && readings != null) {
                // What can be checked without the accounts: each reading against its meter's register.
                for (int i = 0; i < readings.size(); i++) {
                    Meter meter = meters.get(readings.get(i).meter());
                    if (meter != null) {
                        MeterClaims.checkRegister(readings, i, meter, problems);
                    }
                }
            }
            throw new InvalidInputException(problems);
        }
        return new RunInput(
                Rows.located(name(accountsFile), accounts.rows(), Header.inOrder(accounts.header())),
                meters,
                readings,
                register);
    }

    private static <T extends Record> CsvReader.@Nullable Reading<T> readFile(
            CsvReader<T> reader, Path file, List<Problem> problems) {
        try {
            return reader.reading(file);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** The register by meter id, the first row of each; a meter listed again is a problem at its later line. */
    private static Map<MeterId, Meter> register(
            List<Located<Meter>> rows, Map<String, Integer> columns, List<Problem> problems) {
        Map<MeterId, Meter> meters = new HashMap<>(rows.size() * 4 / 3 + 16);
        Map<MeterId, Integer> firstLines = null; // made at the first repeat only: a register repeats nothing
        for (Located<Meter> row : rows) {
            MeterId id = row.value().id();
            if (meters.putIfAbsent(id, row.value()) != null) {
                if (firstLines == null) {
                    firstLines = new HashMap<>();
                    for (Located<Meter> r : rows) {
                        firstLines.putIfAbsent(r.value().id(), r.line());
                    }
                }
                problems.add(new Problem(
                        row.source(),
                        row.sheet(),
                        row.line(),
                        columns.getOrDefault("id", 1),
                        "id",
                        Phrase.of(BillingWords.METER_ONCE),
                        Phrase.of(BillingWords.AGAIN_FIRST_AT, id, firstLines.get(id)),
                        List.of()));
            }
        }
        return meters;
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    private static String sourceOf(List<? extends Located<?>> rows, String otherwise) {
        return rows.isEmpty() ? otherwise : rows.get(0).source();
    }
}
