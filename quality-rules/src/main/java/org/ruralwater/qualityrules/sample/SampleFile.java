package org.ruralwater.qualityrules.sample;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.identity.Identifiers;
import org.ruralwater.core.suggestion.Suggestions;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.works.DisinfectionMethod;
import org.ruralwater.core.works.SupplyKind;
import org.ruralwater.core.works.WorksId;
import org.ruralwater.qualityrules.standard.Indicator;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.wording.QualityWords;

/**
 * The long-format sample file: one determination per row, with the sample's facts repeated on each row.
 *
 * <pre>
 * sample_id,works_id,point,sampled_at,supply,disinfection,indicator,value,unit
 * S1,W1,tap,2026-03-02 09:10,small_centralized,chlorine,浑浊度,0.8,NTU
 * S1,W1,tap,2026-03-02 09:10,small_centralized,chlorine,free_chlorine,0.12,mg/L
 * </pre>
 *
 * <p>{@code sampled_at} is required, with a value: the standard in force depends on the date. Optional
 * columns: {@code limited} (whether the supply is limited by its source or treatment, which GB 5749-2022
 * Table 1 note b requires before small and dispersed supply may use its relaxed limits; false when absent,
 * so the strict limits apply unless the file says so), {@code detection_limit} (in the row's unit, for
 * {@code ND}), {@code method}, {@code laboratory}, {@code note}. A sample id is an identifier as core's are
 * (1 to 64 letters, digits, {@code -}, {@code _} and {@code .}). An indicator is named by its code, Chinese
 * or English name or an alias; a unit as lab reports write it, with an optional basis ({@code mg/L as NO3},
 * {@code mg/L(以NO3计)}); empty for pH and descriptive indicators, and only for them.
 *
 * <p>A value is a number, {@code <number}, {@code >number}, {@code ND} or, for an indicator that must not be
 * detected (臭和味, 总大肠菌群), a text. Numbers are strict decimals with an exponent of at most 1000;
 * {@code NaN} and {@code Infinity} are refused. A result outside its physical domain is refused, not judged:
 * a concentration from 0 to 10⁶ mg/L (in the unit written: 10⁹ µg/L), a turbidity or colour from 0 to 10,000,
 * a whole colony count or a most probable number from 0 to 10⁹ per mL, a pH from 0 to 14; a detection limit
 * above 0. Every problem of the file is reported at once, at the line and column of its cell, and nothing is
 * returned then.
 */
public final class SampleFile {

    /** One row of the file. */
    record Row(
            String sampleId,
            Optional<WorksId> worksId,
            SamplingPoint point,
            LocalDateTime sampledAt,
            SupplyKind supply,
            Optional<Boolean> limited,
            DisinfectionMethod disinfection,
            String indicator,
            String value,
            Optional<String> unit,
            Optional<String> detectionLimit,
            Optional<String> method,
            Optional<String> laboratory,
            Optional<String> note) {}

    private static final CsvReader<Row> READER = CsvReader.forRecord(Row.class);

    private SampleFile() {}

    /** Reads the file, naming indicators as the standard does. */
    public static List<Sample> read(Path file, Standard standard) {
        requireNonNull(standard, "standard");
        CsvReader.Reading<Row> read = READER.reading(file);
        if (read.rows().stream().anyMatch(r -> !r.sheet().isEmpty())) {
            return group(read.rows(), standard, CellPositions.ofSheet(read.header())); // a workbook's sheet
        }
        // The text again only when a problem needs a column: a good file is read once.
        return group(read.rows(), standard, new CellPositions(() -> bytes(file), read.charset()));
    }

    public static List<Sample> read(String source, InputStream in, Standard standard) {
        requireNonNull(source, "source");
        requireNonNull(in, "in");
        requireNonNull(standard, "standard");
        byte[] bytes = bytes(source, in);
        CsvReader.Reading<Row> read = READER.reading(source, new ByteArrayInputStream(bytes));
        return group(read.rows(), standard, new CellPositions(() -> bytes, read.charset()));
    }

    /** The column names, required and optional. */
    public static List<String> columns() {
        return READER.columns();
    }

    private static List<Sample> group(List<Located<Row>> rows, Standard standard, CellPositions cells) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Located<Row>> first = new LinkedHashMap<>();
        Map<String, List<Determination>> determinations = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> indicatorLines = new LinkedHashMap<>();
        for (Located<Row> located : rows) {
            Row r = located.value();
            Located<Row> head = first.get(r.sampleId());
            if (head == null) {
                if (!isSampleId(r.sampleId())) {
                    problems.add(cells.problem(
                            located, "sample_id", Phrase.of(QualityWords.SAMPLE_ID), idFound(r.sampleId())));
                    continue;
                }
                first.put(r.sampleId(), located);
            } else {
                sameSample(head, located, cells, problems);
            }
            Optional<Indicator> indicator = standard.find(r.indicator());
            if (indicator.isEmpty()) {
                problems.add(cells.problem(
                                located,
                                "indicator",
                                Phrase.of(QualityWords.INDICATOR_OF, standard.id()),
                                Phrase.quoted(r.indicator()))
                        .suggesting(Suggestions.nearest(r.indicator(), standard.names()).stream()
                                .toList()));
                continue;
            }
            Indicator ind = indicator.get();
            Integer previous = indicatorLines
                    .computeIfAbsent(r.sampleId(), k -> new LinkedHashMap<>())
                    .putIfAbsent(ind.code(), located.line());
            if (previous != null) {
                problems.add(cells.problem(
                        located,
                        "indicator",
                        Phrase.of(QualityWords.INDICATOR_ONCE),
                        Phrase.of(QualityWords.INDICATOR_AGAIN, ind.code(), r.sampleId(), previous)));
                continue;
            }
            Determination d = RowDetermination.read(located, ind, cells, problems);
            if (d != null) {
                determinations
                        .computeIfAbsent(r.sampleId(), k -> new ArrayList<>())
                        .add(d);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Sample> samples = new ArrayList<>();
        for (var e : first.entrySet()) {
            Row r = e.getValue().value();
            // Note b relaxes only supply limited by its source or treatment: an unstated limitation is none.
            boolean limited = r.limited().orElse(false);
            samples.add(new Sample(
                    r.sampleId(),
                    r.worksId(),
                    r.point(),
                    Optional.of(r.sampledAt()),
                    r.supply(),
                    limited,
                    r.disinfection(),
                    determinations.getOrDefault(e.getKey(), List.of())));
        }
        return List.copyOf(samples);
    }

    private static boolean isSampleId(String id) {
        try {
            Identifiers.check(Sample.SAMPLE_ID_KIND, id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Phrase idFound(String id) {
        return id.length() > 64
                ? Phrase.of(QualityWords.TEXT_OF_LENGTH, Phrase.quoted(id), id.length())
                : Phrase.quoted(id);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " again to place its problems", e);
        }
    }

    private static byte[] bytes(String source, InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    private static void sameSample(Located<Row> head, Located<Row> row, CellPositions cells, List<Problem> problems) {
        Row a = head.value();
        Row b = row.value();
        check(row, "works_id", a.worksId(), b.worksId(), head.line(), cells, problems);
        check(row, "point", a.point(), b.point(), head.line(), cells, problems);
        check(row, "sampled_at", a.sampledAt(), b.sampledAt(), head.line(), cells, problems);
        check(row, "supply", a.supply(), b.supply(), head.line(), cells, problems);
        check(row, "limited", a.limited(), b.limited(), head.line(), cells, problems);
        check(row, "disinfection", a.disinfection(), b.disinfection(), head.line(), cells, problems);
    }

    private static void check(
            Located<Row> row,
            String field,
            Object first,
            Object now,
            int firstLine,
            CellPositions cells,
            List<Problem> problems) {
        if (!first.equals(now)) {
            problems.add(cells.problem(
                    row,
                    field,
                    Phrase.of(
                            QualityWords.SAME_AS_LINE,
                            field,
                            firstLine,
                            row.value().sampleId(),
                            text(first)),
                    Phrase.verbatim(text(now))));
        }
    }

    private static String text(Object o) {
        Object v = o instanceof Optional<?> opt ? opt.map(Object::toString).orElse("empty") : o;
        return v instanceof Enum<?> e ? Coded.codeOf(e) : String.valueOf(v);
    }
}
