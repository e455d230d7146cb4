package org.ruralwater.qualityrules.sample;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.quantity.Unit;
import org.ruralwater.core.quantity.UnknownUnitException;
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
 * <p>Optional columns: {@code limited} (whether the supply is limited by its source or treatment, which
 * GB 5749-2022 Table 1 note b requires before small and dispersed supply may use its relaxed limits; false
 * when absent, so the strict limits apply unless the file says so), {@code detection_limit} (in the row's unit, for {@code ND}), {@code method}, {@code
 * laboratory}, {@code note}. An indicator is named by its code, Chinese or English name or an alias; a unit
 * as lab reports write it, with an optional basis ({@code mg/L as NO3}, {@code mg/L(以NO3计)}); empty for pH
 * and descriptive indicators. Every problem of the file is reported at once, and nothing is returned then.
 */
public final class SampleFile {

    /** One row of the file. */
    record Row(
            String sampleId,
            Optional<WorksId> worksId,
            SamplingPoint point,
            Optional<LocalDateTime> sampledAt,
            SupplyKind supply,
            Optional<Boolean> limited,
            DisinfectionMethod disinfection,
            String indicator,
            String value,
            Optional<String> unit,
            Optional<BigDecimal> detectionLimit,
            Optional<String> method,
            Optional<String> laboratory,
            Optional<String> note) {}

    private static final CsvReader<Row> READER = CsvReader.forRecord(Row.class);
    private static final Pattern AS = Pattern.compile("(?i)^(.*?)\\s+as\\s+([A-Za-z0-9]+)[-−⁻]?$");
    private static final Pattern YI_JI = Pattern.compile("^(.*?)\\s*[(（]以\\s*([A-Za-z0-9]+)[-−⁻]?\\s*计[)）]$");

    private SampleFile() {}

    /** Reads the file, naming indicators as the standard does. */
    public static List<Sample> read(Path file, Standard standard) {
        return group(READER.readLocated(file), standard);
    }

    public static List<Sample> read(String source, InputStream in, Standard standard) {
        return group(READER.readLocated(source, in), standard);
    }

    /** The column names, required and optional. */
    public static List<String> columns() {
        return READER.columns();
    }

    private static List<Sample> group(List<Located<Row>> rows, Standard standard) {
        requireNonNull(standard, "standard");
        List<Problem> problems = new ArrayList<>();
        Map<String, Located<Row>> first = new LinkedHashMap<>();
        Map<String, List<Determination>> determinations = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> indicatorLines = new LinkedHashMap<>();
        for (Located<Row> located : rows) {
            Row r = located.value();
            Located<Row> head = first.putIfAbsent(r.sampleId(), located);
            if (head != null) {
                sameSample(head, located, problems);
            }
            Optional<Indicator> indicator = standard.find(r.indicator());
            if (indicator.isEmpty()) {
                problems.add(located.problem(
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
                problems.add(located.problem(
                        "indicator",
                        Phrase.of(QualityWords.INDICATOR_ONCE),
                        Phrase.of(QualityWords.INDICATOR_AGAIN, ind.code(), r.sampleId(), previous)));
                continue;
            }
            Optional<Determination> d = determination(located, ind, problems);
            d.ifPresent(x -> determinations
                    .computeIfAbsent(r.sampleId(), k -> new ArrayList<>())
                    .add(x));
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
                    r.sampledAt(),
                    r.supply(),
                    limited,
                    r.disinfection(),
                    determinations.getOrDefault(e.getKey(), List.of())));
        }
        return List.copyOf(samples);
    }

    private static Optional<Determination> determination(Located<Row> located, Indicator ind, List<Problem> problems) {
        Row r = located.value();
        String unitText = r.unit().orElse("").strip();
        Optional<String> basis = Optional.empty();
        Matcher m = AS.matcher(unitText);
        Matcher y = YI_JI.matcher(unitText);
        if (m.matches()) {
            unitText = m.group(1);
            basis = Optional.of(m.group(2));
        } else if (y.matches()) {
            unitText = y.group(1);
            basis = Optional.of(y.group(2));
        }
        Unit unit;
        try {
            unit = Unit.parse(unitText);
        } catch (UnknownUnitException e) {
            problems.add(located.problem(
                            "unit",
                            Phrase.of(QualityWords.UNIT_SUCH_AS, units(ind)),
                            Phrase.of(QualityWords.UNKNOWN_UNIT, Phrase.quoted(e.text())))
                    .suggesting(e.suggestion().stream().toList()));
            return Optional.empty();
        }
        if (!ind.units().isEmpty() && ind.units().stream().noneMatch(u -> u.isConvertibleTo(unit))) {
            problems.add(located.problem(
                    "unit",
                    Phrase.of(QualityWords.UNIT_OF_INDICATOR, ind.code(), units(ind)),
                    unitText.isEmpty() ? Phrase.of(QualityWords.EMPTY_UNIT) : Phrase.quoted(unitText)));
            return Optional.empty();
        }
        if (basis.isPresent()) {
            String b = basis.get();
            boolean known = ind.basis()
                    .map(x -> x.as().equalsIgnoreCase(b)
                            || x.alternatives().stream().anyMatch(a -> a.as().equalsIgnoreCase(b)))
                    .orElse(false);
            if (!known) {
                problems.add(located.problem(
                        "unit",
                        ind.basis()
                                .map(x -> Phrase.of(
                                        QualityWords.BASIS_OF,
                                        ind.code(),
                                        x.as(),
                                        x.alternatives().stream()
                                                .map(a -> a.as())
                                                .toList()))
                                .orElse(Phrase.of(QualityWords.NO_BASIS, ind.code())),
                        Phrase.of(QualityWords.AS_BASIS, b)));
                return Optional.empty();
            }
        }
        if (basis.isEmpty()) {
            // Explicit, so that a standard on another basis (WHO: nitrate as NO3) converts correctly.
            basis = ind.basis().map(b -> b.as());
        }
        try {
            Result result = Result.parse(r.value(), unit, r.detectionLimit());
            return Optional.of(new Determination(ind.code(), result, basis));
        } catch (IllegalArgumentException e) {
            problems.add(
                    located.problem("value", Phrase.of(QualityWords.RESULT_VALUE), Phrase.verbatim(e.getMessage())));
            return Optional.empty();
        }
    }

    private static Phrase units(Indicator ind) {
        return ind.units().isEmpty()
                ? Phrase.of(QualityWords.NO_UNITS)
                : Phrase.verbatim(
                        String.join(", ", ind.units().stream().map(Unit::symbol).toList()));
    }

    private static void sameSample(Located<Row> head, Located<Row> row, List<Problem> problems) {
        Row a = head.value();
        Row b = row.value();
        check(row, "works_id", a.worksId(), b.worksId(), head.line(), problems);
        check(row, "point", a.point(), b.point(), head.line(), problems);
        check(row, "sampled_at", a.sampledAt(), b.sampledAt(), head.line(), problems);
        check(row, "supply", a.supply(), b.supply(), head.line(), problems);
        check(row, "limited", a.limited(), b.limited(), head.line(), problems);
        check(row, "disinfection", a.disinfection(), b.disinfection(), head.line(), problems);
    }

    private static void check(
            Located<Row> row, String field, Object first, Object now, int firstLine, List<Problem> problems) {
        if (!first.equals(now)) {
            problems.add(row.problem(
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
