package org.ruralwater.assurance.coverage;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.datafile.CsvReader;

/**
 * The national targets and results of the coverage indicators by year, with their sources
 * ({@code national-targets.csv}, bundled): the target line on a dashboard's trend.
 */
public final class NationalTargets {

    /** One year's national figure: a target set for it, or a result reported for it. */
    public record Figure(
            CoverageIndicator indicator, int year, Kind kind, BigDecimal percent, String source, String confidence) {
        public Figure {
            requireNonNull(indicator, "indicator");
            requireNonNull(kind, "kind");
            requireNonNull(percent, "percent");
            requireNonNull(source, "source");
            requireNonNull(confidence, "confidence");
        }
    }

    /** Whether a figure is a target or a reported result. */
    public enum Kind implements Coded {
        TARGET,
        RESULT;
    }

    private static final String FILE = "national-targets.csv";

    private final List<Figure> figures;

    private NationalTargets(List<Figure> figures) {
        this.figures = List.copyOf(figures);
    }

    /** The bundled figures. */
    public static NationalTargets bundled() {
        try (InputStream in = NationalTargets.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled " + FILE + " is missing");
            }
            return new NationalTargets(CsvReader.forRecord(Figure.class).read(FILE, in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + FILE, e);
        }
    }

    public List<Figure> figures() {
        return figures;
    }

    /** The latest target set for a year up to {@code year}, for the target line of that year. */
    public Optional<Figure> targetFor(CoverageIndicator indicator, int year) {
        return figures.stream()
                .filter(f -> f.indicator() == indicator && f.kind() == Kind.TARGET && f.year() <= year)
                .max(Comparator.comparingInt(Figure::year));
    }
}
