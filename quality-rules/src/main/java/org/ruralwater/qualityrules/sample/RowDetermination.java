package org.ruralwater.qualityrules.sample;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.quantity.Decimals;
import org.ruralwater.core.quantity.Dimension;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.quantity.Unit;
import org.ruralwater.core.quantity.UnknownUnitException;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.qualityrules.standard.Indicator;
import org.ruralwater.qualityrules.standard.LimitKind;
import org.ruralwater.qualityrules.wording.QualityWords;

/**
 * The determination a row of the sample file gives for its indicator: its unit and basis, its result, and
 * the checks that the result is possible, each refusal a problem at its cell.
 */
final class RowDetermination {

    private static final Pattern AS = Pattern.compile("(?i)^(.*?)\\s+as\\s+([A-Za-z0-9]+)[-−⁻]?$");
    private static final Pattern YI_JI = Pattern.compile("^(.*?)\\s*[(（]以\\s*([A-Za-z0-9]+)[-−⁻]?\\s*计[)）]$");

    private RowDetermination() {}

    /** The row's determination, or null after adding its problem. */
    static @Nullable Determination read(
            Located<SampleFile.Row> located, Indicator ind, CellPositions cells, List<Problem> problems) {
        SampleFile.Row r = located.value();
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
            problems.add(cells.problem(
                            located,
                            "unit",
                            Phrase.of(QualityWords.UNIT_SUCH_AS, units(ind)),
                            Phrase.of(QualityWords.UNKNOWN_UNIT, Phrase.quoted(e.text())))
                    .suggesting(e.suggestion().stream().toList()));
            return null;
        }
        boolean unitFits = ind.units().isEmpty()
                // A descriptive indicator has no unit; a number for it ("0") is a pure number.
                ? unit.dimension() == Dimension.DIMENSIONLESS
                : ind.units().stream().anyMatch(u -> u.isConvertibleTo(unit));
        if (!unitFits) {
            problems.add(cells.problem(
                    located,
                    "unit",
                    Phrase.of(QualityWords.UNIT_OF_INDICATOR, ind.code(), units(ind)),
                    unitText.isEmpty() ? Phrase.of(QualityWords.EMPTY_UNIT) : Phrase.quoted(unitText)));
            return null;
        }
        if (basis.isPresent()) {
            String b = basis.get();
            boolean known = ind.basis()
                    .map(x -> x.as().equalsIgnoreCase(b)
                            || x.alternatives().stream().anyMatch(a -> a.as().equalsIgnoreCase(b)))
                    .orElse(false);
            if (!known) {
                problems.add(cells.problem(
                        located,
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
                return null;
            }
        }
        if (basis.isEmpty()) {
            // Explicit, so that a standard on another basis (WHO: nitrate as NO3) converts correctly.
            basis = ind.basis().map(b -> b.as());
        }
        PhysicalDomain domain = PhysicalDomain.of(ind.code(), unit);
        if (domain == null) {
            // A standard file may list a unit no result is measured in (m³/d); the bundled ones do not.
            problems.add(cells.problem(
                    located, "unit", Phrase.of(QualityWords.NO_RESULT_UNIT, unit.symbol()), Phrase.quoted(unitText)));
            return null;
        }
        Optional<BigDecimal> detectionLimit = Optional.empty();
        if (r.detectionLimit().isPresent()) {
            String text = r.detectionLimit().get().strip();
            if (!Decimals.isDecimal(text)) {
                problems.add(cells.problem(
                        located,
                        "detection_limit",
                        Phrase.of(QualityWords.DETECTION_LIMIT_NUMBER, Decimals.MAX_EXPONENT),
                        Phrase.quoted(r.detectionLimit().get())));
                return null;
            }
            BigDecimal dl = new BigDecimal(text);
            if (!domain.admitsLimit(dl, unit)) {
                problems.add(cells.problem(
                        located,
                        "detection_limit",
                        domain.expectedLimit(unit),
                        Phrase.quoted(r.detectionLimit().get())));
                return null;
            }
            detectionLimit = Optional.of(dl);
        }
        Result result = ResultText.read(r.value(), unit, detectionLimit);
        if (result == null) {
            problems.add(cells.problem(located, "value", ResultText.unreadable(r.value()), Phrase.quoted(r.value())));
            return null;
        }
        Phrase outside = outside(result, domain, ind);
        if (outside != null) {
            problems.add(cells.problem(located, "value", outside, Phrase.quoted(r.value())));
            return null;
        }
        return new Determination(ind.code(), result, basis);
    }

    /**
     * What the result should have been when it is impossible for the indicator, or null when it is possible:
     * within the physical domain, and a number for an indicator judged by its value.
     */
    private static @Nullable Phrase outside(Result result, PhysicalDomain domain, Indicator ind) {
        if (result instanceof Result.Measured m) {
            return domain.admitsValue(m.value())
                    ? null
                    : domain.expectedValue(m.value().unit());
        }
        if (result instanceof Result.BelowLimit b) {
            // A limit from the detection_limit column was checked there.
            Quantity limit = b.limit().orElse(null);
            return limit == null || domain.admitsLimit(limit.value(), limit.unit())
                    ? null
                    : domain.expectedLimit(limit.unit());
        }
        if (result instanceof Result.AboveRange a) {
            return domain.admitsBound(a.bound().value(), a.bound().unit())
                    ? null
                    : domain.expectedBound(a.bound().unit());
        }
        // Only a "must not be detected" row judges texts (无异臭、异味, 阴性); for the others a text is a typo.
        return ind.kind() == LimitKind.ABSENT ? null : Phrase.of(QualityWords.NUMERIC_RESULT, ind.code());
    }

    private static Phrase units(Indicator ind) {
        return ind.units().isEmpty()
                ? Phrase.of(QualityWords.NO_UNITS)
                : Phrase.verbatim(
                        String.join(", ", ind.units().stream().map(Unit::symbol).toList()));
    }
}
