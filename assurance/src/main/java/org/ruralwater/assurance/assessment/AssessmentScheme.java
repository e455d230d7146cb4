package org.ruralwater.assurance.assessment;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ruralwater.assurance.wording.AssuranceWords;
import org.ruralwater.core.datafile.JsonReader;
import org.ruralwater.core.suggestion.UnknownIdException;
import org.ruralwater.core.wording.Phrase;

/**
 * An assessment scheme as data: its items, grade bands and optional pass rule, with its source. An agency
 * writes its own file; the bundled ones are examples built from published schemes (see each file).
 */
public record AssessmentScheme(
        String id,
        String name,
        String source,
        String confidence,
        List<Item> items,
        List<GradeBand> grades,
        Optional<PassRule> passRule) {

    private static final JsonReader<AssessmentScheme> READER = JsonReader.forRecord(AssessmentScheme.class);

    public AssessmentScheme {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(source, "source");
        requireNonNull(confidence, "confidence");
        items = List.copyOf(items);
        grades = List.copyOf(grades);
        requireNonNull(passRule, "passRule");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("scheme " + id + " has no item");
        }
        Set<String> codes = new HashSet<>();
        for (Item i : items) {
            if (!codes.add(i.code())) {
                throw new IllegalArgumentException("scheme " + id + " has item " + i.code() + " twice");
            }
        }
        for (int g = 1; g < grades.size(); g++) {
            if (grades.get(g).atLeast().compareTo(grades.get(g - 1).atLeast()) >= 0) {
                throw new IllegalArgumentException("scheme " + id + ": grade bands go from the highest down, but "
                        + grades.get(g).grade() + " (" + grades.get(g).atLeast() + ") follows "
                        + grades.get(g - 1).grade());
            }
        }
    }

    /** The file names of the bundled schemes, which {@link #bundled} takes. */
    public static final List<String> BUNDLED = List.of("county-annual-example.json", "beibei-works-2022.json");

    /**
     * A bundled scheme by file name, such as {@code county-annual-example.json}.
     *
     * @throws UnknownIdException naming the bundled schemes and the closest ones
     */
    public static AssessmentScheme bundled(String file) {
        if (!BUNDLED.contains(requireNonNull(file, "file"))) {
            throw UnknownIdException.of(Phrase.of(AssuranceWords.NOUN_ASSESSMENT_SCHEME), file, BUNDLED);
        }
        try (InputStream in =
                AssessmentScheme.class.getResourceAsStream("/org/ruralwater/assurance/assessment/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the bundled scheme " + file + " is missing from the jar");
            }
            return READER.readOne(file, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AssessmentScheme read(Path file) {
        return READER.readOne(file);
    }

    /** The KPI codes the scheme reads. */
    public List<String> inputs() {
        return items.stream().map(Item::input).distinct().toList();
    }

    /**
     * Scores one assessee.
     *
     * @throws IllegalArgumentException naming the assessee and every input it lacks
     */
    public Result score(Assessee a) {
        requireNonNull(a, "a");
        List<String> missing =
                inputs().stream().filter(k -> !a.values().containsKey(k)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("assessee " + a.id() + " has no value for " + missing + " (scheme " + id
                    + " reads " + inputs() + ")");
        }
        List<ItemScore> scores = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        List<String> failedKey = new ArrayList<>();
        List<String> vetoes = new ArrayList<>();
        int general = 0;
        int generalPassed = 0;
        for (Item item : items) {
            ItemScore s = item.score(a.values().get(item.input()));
            switch (item.role()) {
                case GENERAL, KEY, BONUS -> total = total.add(s.points());
                case PENALTY -> {
                    s = new ItemScore(
                            s.code(),
                            s.name(),
                            s.role(),
                            s.value(),
                            s.points().negate(),
                            s.of(),
                            s.passed(),
                            s.rule(),
                            s.source());
                    total = total.add(s.points());
                }
                case VETO ->
                    s = new ItemScore(
                            s.code(),
                            s.name(),
                            s.role(),
                            s.value(),
                            BigDecimal.ZERO.setScale(2),
                            s.of(),
                            s.passed(),
                            s.rule() + "; veto if " + item.condition() + " does not hold",
                            s.source());
            }
            boolean passed = s.passed().orElse(s.points().signum() > 0);
            if (item.role() == Role.KEY && !passed) {
                failedKey.add(item.code());
            }
            if (item.role() == Role.VETO && !passed) {
                vetoes.add(item.code());
            }
            if (item.role() == Role.GENERAL) {
                general++;
                generalPassed += passed ? 1 : 0;
            }
            scores.add(s);
        }
        total = total.max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        Optional<String> grade = grade(total, !vetoes.isEmpty());
        int g = general;
        int gp = generalPassed;
        Optional<Boolean> passed = passRule.map(r -> failedKey.isEmpty()
                && vetoes.isEmpty()
                && (g == 0
                        || BigDecimal.valueOf(gp)
                                        .compareTo(r.generalShareAtLeast().multiply(BigDecimal.valueOf(g)))
                                >= 0));
        return new Result(id, a.id(), a.name(), scores, total, grade, passed, failedKey, vetoes);
    }

    /** Scores every assessee, best first, with competition ranks (equal totals share a rank). */
    public List<Ranked> rank(List<Assessee> assessees) {
        List<Result> results =
                new ArrayList<>(assessees.stream().map(this::score).toList());
        results.sort((x, y) -> {
            int byVeto = Boolean.compare(!x.vetoedBy().isEmpty(), !y.vetoedBy().isEmpty());
            if (byVeto != 0) {
                return byVeto;
            }
            int byTotal = y.total().compareTo(x.total());
            return byTotal != 0 ? byTotal : x.assessee().compareTo(y.assessee());
        });
        List<Ranked> out = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            Result before = i == 0 ? null : results.get(i - 1);
            boolean tie = before != null
                    && before.total().compareTo(r.total()) == 0
                    && before.vetoedBy().isEmpty() == r.vetoedBy().isEmpty();
            out.add(new Ranked(tie ? out.get(i - 1).rank() : i + 1, r));
        }
        return out;
    }

    /** A result and its place. */
    public record Ranked(int rank, Result result) {}

    private Optional<String> grade(BigDecimal total, boolean vetoed) {
        if (grades.isEmpty()) {
            return Optional.empty();
        }
        if (vetoed) {
            return Optional.of(grades.get(grades.size() - 1).grade());
        }
        return grades.stream()
                .filter(b -> total.compareTo(b.atLeast()) >= 0)
                .map(GradeBand::grade)
                .findFirst()
                .or(() -> Optional.of(grades.get(grades.size() - 1).grade()));
    }
}
