package org.ruralwater.qualityrules.evaluation;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.quantity.Unit;
import org.ruralwater.core.works.DisinfectionMethod;
import org.ruralwater.qualityrules.sample.Determination;
import org.ruralwater.qualityrules.sample.Result;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SamplingPoint;
import org.ruralwater.qualityrules.standard.Basis;
import org.ruralwater.qualityrules.standard.Indicator;
import org.ruralwater.qualityrules.standard.LimitKind;
import org.ruralwater.qualityrules.standard.Rules;
import org.ruralwater.qualityrules.standard.Standard;

/**
 * Holds samples to one standard: each determination to its limit, and the sample to the standard's rules
 * (follow-up tests, disinfection by-products, disinfectant residuals, ratio sums).
 *
 * <p>By default a sample must be complete: a determination the rules require for its point, supply and
 * disinfection that is missing makes the sample INDETERMINATE. {@link #asTested()} judges only what was
 * determined and lists what is missing without letting it decide the verdict, for routine daily checks
 * that test a few indicators.
 *
 * <p>Residual and by-product rules apply to finished water (outlet, network, tap); network samples are held
 * to the tap residual. Source samples are held to the same limits, since for dispersed supply the source is
 * what people drink, but not to the residual or by-product rules. Contact times in Table 2 need process
 * data a sample does not carry, so they are not checked here.
 */
public final class Evaluator {

    /** Conversions between units and bases are exact where decimals allow and rounded to 34 digits otherwise. */
    static final MathContext PRECISION = MathContext.DECIMAL128;

    private static final Set<String> NEGATIVE_TEXTS =
            Set.of("无", "未检出", "阴性", "none", "not detected", "negative", "absent", "未见", "0");
    private static final Set<String> POSITIVE_TEXTS = Set.of("有", "检出", "阳性", "detected", "positive", "present");

    private final Standard standard;
    private final boolean requireComplete;
    /** The texts of each indicator's limits, built once: every determination needs them. */
    private final Map<String, Plan> plans = new HashMap<>();
    /** Per descriptive indicator, the lower-case texts that mean "not detected". */
    private final Map<String, Set<String>> passTexts = new HashMap<>();
    /** The findings for missing by-products, per method: immutable, so shared by every sample. */
    private final Map<DisinfectionMethod, List<Finding>> missingByProducts = new EnumMap<>(DisinfectionMethod.class);

    private Evaluator(Standard standard, boolean requireComplete) {
        this.standard = standard;
        this.requireComplete = requireComplete;
        for (Indicator i : standard.indicators()) {
            plans.put(i.code(), plan(i));
            Set<String> texts = new java.util.HashSet<>(NEGATIVE_TEXTS);
            i.passTexts().ifPresent(t -> t.forEach(x -> texts.add(x.toLowerCase(Locale.ROOT))));
            passTexts.put(i.code(), Set.copyOf(texts));
        }
        for (DisinfectionMethod m : DisinfectionMethod.values()) {
            standard.byProducts(m).ifPresent(rule -> {
                List<Finding> list = new ArrayList<>();
                for (String code : rule.require()) {
                    boolean computed = standard.ratioSums().stream()
                            .anyMatch(r -> r.indicator().equals(code));
                    if (!computed) {
                        list.add(missing(
                                code,
                                "required for " + m.name().toLowerCase(Locale.ROOT) + " disinfection",
                                rule.clause()));
                    }
                }
                missingByProducts.put(m, List.copyOf(list));
            });
        }
    }

    /** An indicator's limits and their texts, normal and relaxed, and with the residual at each point. */
    private record Plan(
            String clause,
            String limit,
            String relaxedClause,
            String relaxedLimit,
            Optional<BigDecimal> outletMin,
            Optional<BigDecimal> tapMin,
            String outletClause,
            String outletLimit,
            String tapClause,
            String tapLimit) {}

    private Plan plan(Indicator ind) {
        String clause = standard.clause(ind);
        if (ind.kind() == LimitKind.ABSENT) {
            String limit =
                    ind.passTexts().filter(t -> !t.isEmpty()).map(t -> t.get(0)).orElse("not detected");
            return new Plan(
                    clause, limit, clause, limit, Optional.empty(), Optional.empty(), clause, limit, clause, limit);
        }
        Unit unit = ind.limitUnit().orElseThrow();
        String limit = limitText(ind.min(), ind.max(), ind.maxExclusive(), unit);
        String relaxedClause =
                clause + standard.relaxation().map(r -> "; " + r.clause()).orElse("");
        String relaxedLimit = ind.relaxedMax()
                .map(r -> limitText(ind.min(), Optional.of(r), ind.maxExclusive(), unit) + " (relaxed from "
                        + ind.max().orElseThrow().toPlainString() + ")")
                .orElse(limit);
        Optional<Rules.Residual> residual = standard.residual(ind.code());
        Optional<BigDecimal> outletMin = residual.flatMap(Rules.Residual::outletMin);
        Optional<BigDecimal> tapMin = residual.flatMap(Rules.Residual::tapMin);
        String residualClause = clause + residual.map(r -> "; " + r.clause()).orElse("");
        return new Plan(
                clause,
                limit,
                relaxedClause,
                relaxedLimit,
                outletMin,
                tapMin,
                residualClause,
                limitText(outletMin, ind.max(), ind.maxExclusive(), unit) + " (residual at the outlet)",
                residualClause,
                limitText(tapMin, ind.max(), ind.maxExclusive(), unit) + " (residual at the tap)");
    }

    public static Evaluator of(Standard standard) {
        return new Evaluator(requireNonNull(standard, "standard"), true);
    }

    /** This evaluator, judging only what was determined; missing requirements are listed but do not decide. */
    public Evaluator asTested() {
        return new Evaluator(standard, false);
    }

    public Standard standard() {
        return standard;
    }

    public List<SampleVerdict> evaluate(List<Sample> samples) {
        List<SampleVerdict> out = new ArrayList<>(samples.size());
        for (Sample s : samples) {
            out.add(evaluate(s));
        }
        return out;
    }

    public SampleVerdict evaluate(Sample sample) {
        requireNonNull(sample, "sample");
        Map<String, DeterminationVerdict> verdicts = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        boolean finished = sample.point().isFinishedWater();
        Optional<Rules.Disinfectant> disinfectant =
                finished ? standard.disinfectant(sample.disinfection()) : Optional.empty();

        for (Determination d : sample.determinations()) {
            Optional<Indicator> indicator = standard.indicator(d.indicator());
            if (indicator.isEmpty()) {
                verdicts.put(
                        d.indicator(),
                        new DeterminationVerdict(
                                d.indicator(),
                                d.result(),
                                Verdict.NOT_REGULATED,
                                "none",
                                false,
                                standard.id(),
                                standard.id() + " sets no limit for " + d.indicator()));
                continue;
            }
            boolean residual = disinfectant.isPresent()
                    && !disinfectant.get().anyResidual()
                    && disinfectant.get().indicators().contains(d.indicator());
            verdicts.put(d.indicator(), judge(indicator.get(), d, sample, residual, findings));
        }

        ratioSums(sample, verdicts);
        if (finished) {
            byProducts(sample, findings);
            disinfectant.ifPresent(rule -> residuals(rule, sample, verdicts, findings));
        }
        followUps(sample, verdicts, findings);

        Verdict overall = Verdict.PASS;
        for (DeterminationVerdict v : verdicts.values()) {
            overall = overall.and(v.verdict());
        }
        for (Finding f : findings) {
            overall = overall.and(f.verdict());
        }
        return new SampleVerdict(sample.id(), standard.id(), overall, List.copyOf(verdicts.values()), findings);
    }

    private DeterminationVerdict judge(
            Indicator ind, Determination d, Sample sample, boolean residual, List<Finding> findings) {
        Plan plan = plans.get(ind.code());
        if (ind.kind() == LimitKind.ABSENT) {
            return absent(ind, d, plan.clause(), plan.limit());
        }
        boolean relaxed = ind.relaxedMax().isPresent()
                && standard.relaxation()
                        .map(r -> r.appliesTo(sample.supply(), sample.limited()))
                        .orElse(false);
        Optional<BigDecimal> max = relaxed ? ind.relaxedMax() : ind.max();
        Optional<BigDecimal> min = ind.min();
        String clause = relaxed ? plan.relaxedClause() : plan.clause();
        String limit = relaxed ? plan.relaxedLimit() : plan.limit();
        if (residual) {
            boolean outlet = sample.point() == SamplingPoint.OUTLET;
            Optional<BigDecimal> residualMin = outlet ? plan.outletMin() : plan.tapMin();
            if (residualMin.isPresent()) {
                min = residualMin;
                clause = outlet ? plan.outletClause() : plan.tapClause();
                limit = outlet ? plan.outletLimit() : plan.tapLimit();
            }
        }
        Bounds b;
        try {
            b = bounds(d, ind);
        } catch (IllegalArgumentException e) {
            return new DeterminationVerdict(
                    ind.code(), d.result(), Verdict.INDETERMINATE, limit, relaxed, clause, e.getMessage());
        }
        Verdict v = Verdict.PASS;
        List<String> why = new ArrayList<>();
        if (max.isPresent()) {
            Verdict vm = againstMax(b, max.get(), ind.maxExclusive());
            v = v.and(vm);
            if (vm != Verdict.PASS) {
                why.add(reason(
                        vm,
                        b,
                        "above " + (ind.maxExclusive() ? "or at " : "")
                                + max.get().toPlainString()));
            }
        }
        if (min.isPresent()) {
            Verdict vm = againstMin(b, min.get());
            v = v.and(vm);
            if (vm != Verdict.PASS) {
                why.add(reason(vm, b, "below " + min.get().toPlainString()));
            }
        }
        if (ind.guidance() && v == Verdict.FAIL) {
            findings.add(new Finding(
                    Finding.Kind.ACTION,
                    ind.code(),
                    Verdict.INDETERMINATE,
                    ind.nameEn() + " is above its guidance value: "
                            + ind.onExceedance().orElse("further analysis is required"),
                    clause));
            return new DeterminationVerdict(
                    ind.code(),
                    d.result(),
                    Verdict.INDETERMINATE,
                    limit + " (guidance value)",
                    relaxed,
                    clause,
                    "above the guidance value, which calls for further analysis rather than failing");
        }
        String reason = why.isEmpty() ? "within the limit" : String.join("; ", why);
        return new DeterminationVerdict(ind.code(), d.result(), v, limit, relaxed, clause, reason);
    }

    private static String reason(Verdict v, Bounds b, String side) {
        if (v == Verdict.FAIL) {
            return side;
        }
        return b.note.isEmpty() ? "cannot show it is not " + side : b.note + ", so it cannot be shown not " + side;
    }

    private DeterminationVerdict absent(Indicator ind, Determination d, String clause, String limit) {
        Result r = d.result();
        if (r instanceof Result.BelowLimit) {
            return new DeterminationVerdict(ind.code(), r, Verdict.PASS, limit, false, clause, "not detected");
        }
        if (r instanceof Result.AboveRange) {
            return new DeterminationVerdict(ind.code(), r, Verdict.FAIL, limit, false, clause, "detected");
        }
        if (r instanceof Result.Measured m) {
            boolean zero = m.value().value().signum() == 0;
            return new DeterminationVerdict(
                    ind.code(),
                    r,
                    zero ? Verdict.PASS : Verdict.FAIL,
                    limit,
                    false,
                    clause,
                    zero ? "not detected" : "detected");
        }
        String text = ((Result.Descriptive) r).text().strip();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean pass = passTexts.get(ind.code()).contains(lower);
        if (pass) {
            return new DeterminationVerdict(ind.code(), r, Verdict.PASS, limit, false, clause, "not detected");
        }
        boolean fail = POSITIVE_TEXTS.contains(lower) || text.startsWith("有") || text.startsWith("检出");
        if (fail) {
            return new DeterminationVerdict(ind.code(), r, Verdict.FAIL, limit, false, clause, "detected");
        }
        return new DeterminationVerdict(
                ind.code(),
                r,
                Verdict.INDETERMINATE,
                limit,
                false,
                clause,
                "the text \"" + text + "\" says neither detected nor not detected");
    }

    /** What a result says about the true value, in the limit's unit: it lies in [low, high]. */
    private record Bounds(
            Optional<BigDecimal> low,
            Optional<BigDecimal> high,
            boolean lowInclusive,
            boolean highInclusive,
            String note) {}

    private Bounds bounds(Determination d, Indicator ind) {
        Result r = d.result();
        if (r instanceof Result.Measured m) {
            BigDecimal v = convert(m.value(), d, ind);
            return new Bounds(Optional.of(v), Optional.of(v), true, true, "");
        }
        if (r instanceof Result.BelowLimit b) {
            if (b.limit().isEmpty()) {
                return new Bounds(
                        Optional.of(BigDecimal.ZERO),
                        Optional.empty(),
                        true,
                        false,
                        "not detected, but no detection limit was given");
            }
            BigDecimal dl = convert(b.limit().get(), d, ind);
            return new Bounds(
                    Optional.of(BigDecimal.ZERO),
                    Optional.of(dl),
                    true,
                    false,
                    "below the detection limit " + dl.toPlainString());
        }
        if (r instanceof Result.AboveRange a) {
            BigDecimal bound = convert(a.bound(), d, ind);
            return new Bounds(
                    Optional.of(bound),
                    Optional.empty(),
                    false,
                    false,
                    "above the method's range " + bound.toPlainString());
        }
        throw new IllegalArgumentException("a descriptive result (\"" + r + "\") cannot be held to a numeric limit");
    }

    private static Verdict againstMax(Bounds b, BigDecimal max, boolean exclusive) {
        // PASS when every possible value is within; FAIL when none is.
        if (b.high.isPresent()) {
            int c = b.high.get().compareTo(max);
            boolean allWithin = exclusive ? (c < 0 || (c == 0 && !b.highInclusive)) : c <= 0;
            if (allWithin) {
                return Verdict.PASS;
            }
        }
        if (b.low.isPresent()) {
            int c = b.low.get().compareTo(max);
            boolean noneWithin = exclusive ? c >= 0 : (c > 0 || (c == 0 && !b.lowInclusive));
            if (noneWithin) {
                return Verdict.FAIL;
            }
        }
        return Verdict.INDETERMINATE;
    }

    private static Verdict againstMin(Bounds b, BigDecimal min) {
        if (b.low.isPresent()) {
            int c = b.low.get().compareTo(min);
            if (c > 0 || (c == 0 && b.lowInclusive)) {
                return Verdict.PASS;
            }
        }
        if (b.high.isPresent()) {
            int c = b.high.get().compareTo(min);
            if (c < 0 || (c == 0 && !b.highInclusive)) {
                return Verdict.FAIL;
            }
        }
        return Verdict.INDETERMINATE;
    }

    /** The value in the indicator's limit unit and basis. */
    static BigDecimal convert(Quantity q, Determination d, Indicator ind) {
        Unit target = null;
        for (Unit u : ind.units()) {
            if (u.isConvertibleTo(q.unit())) {
                target = u;
                break;
            }
        }
        if (target == null) {
            throw new IllegalArgumentException(q.unit().symbol() + " cannot be converted to the unit of " + ind.code());
        }
        BigDecimal v = target == q.unit() ? q.value() : q.to(target, PRECISION).value();
        if (d.basis().isPresent() && ind.basis().isPresent()) {
            Basis basis = ind.basis().get();
            String as = d.basis().get();
            if (!basis.as().equalsIgnoreCase(as)) {
                Basis.Alternative alt = basis.alternatives().stream()
                        .filter(a -> a.as().equalsIgnoreCase(as))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(ind.code() + " has no basis " + as));
                v = v.multiply(basis.molarMass()).divide(alt.molarMass(), PRECISION);
                // one division per value: exact enough (34 digits) and rare outside nitrate and ammonia
            }
        }
        return v;
    }

    private Optional<BigDecimal> residualMin(String indicator, SamplingPoint point) {
        return standard.residual(indicator).flatMap(r -> point == SamplingPoint.OUTLET ? r.outletMin() : r.tapMin());
    }

    private void ratioSums(Sample sample, Map<String, DeterminationVerdict> verdicts) {
        for (Rules.RatioSum rule : standard.ratioSums()) {
            if (sample.determination(rule.indicator()).isPresent()) {
                continue; // the laboratory reported the sum itself
            }
            boolean anyMember = false;
            for (String m : rule.members()) {
                anyMember |= sample.determination(m).isPresent();
            }
            if (!anyMember) {
                continue;
            }
            BigDecimal low = BigDecimal.ZERO;
            BigDecimal high = BigDecimal.ZERO;
            boolean highKnown = true;
            List<String> unknown = new ArrayList<>();
            for (String m : rule.members()) {
                Indicator member = standard.indicator(m).orElseThrow();
                BigDecimal limit = member.max().orElseThrow();
                Optional<Determination> d = sample.determination(m);
                if (d.isEmpty()) {
                    highKnown = false;
                    unknown.add(m + " (not determined)");
                    continue;
                }
                Bounds b;
                try {
                    b = bounds(d.get(), member);
                } catch (IllegalArgumentException e) {
                    highKnown = false;
                    unknown.add(m);
                    continue;
                }
                low = low.add(b.low.orElse(BigDecimal.ZERO).divide(limit, PRECISION));
                if (b.high.isPresent()) {
                    high = high.add(b.high.get().divide(limit, PRECISION));
                } else {
                    highKnown = false;
                    unknown.add(m);
                }
            }
            Indicator sum = standard.indicator(rule.indicator()).orElseThrow();
            BigDecimal limit = sum.max().orElseThrow();
            Verdict v;
            String reason;
            if (low.compareTo(limit) > 0) {
                v = Verdict.FAIL;
                reason = "the sum of each result over its limit is at least " + round(low) + ", above " + limit;
            } else if (highKnown && high.compareTo(limit) <= 0) {
                v = Verdict.PASS;
                reason = "the sum of each result over its limit is at most " + round(high);
            } else {
                v = Verdict.INDETERMINATE;
                reason = "the sum lies between " + round(low) + " and " + (highKnown ? round(high) : "an unknown value")
                        + (unknown.isEmpty() ? "" : " (unknown: " + String.join(", ", unknown) + ")");
            }
            Result result = low.compareTo(high) == 0 && highKnown
                    ? new Result.Measured(Quantity.of(round(low), Unit.ONE))
                    : new Result.Descriptive("Σ between " + round(low) + " and " + (highKnown ? round(high) : "?"));
            verdicts.put(
                    sum.code(),
                    new DeterminationVerdict(
                            sum.code(),
                            result,
                            v,
                            "Σ ≤ " + limit.toPlainString(),
                            false,
                            rule.clause(),
                            "computed: " + reason));
        }
    }

    private static BigDecimal round(BigDecimal d) {
        return d.round(new MathContext(6)).stripTrailingZeros();
    }

    private void byProducts(Sample sample, List<Finding> findings) {
        for (Finding f : missingByProducts.getOrDefault(sample.disinfection(), List.of())) {
            if (sample.determination(f.subject()).isEmpty()) {
                findings.add(f);
            }
        }
    }

    private void residuals(
            Rules.Disinfectant rule,
            Sample sample,
            Map<String, DeterminationVerdict> verdicts,
            List<Finding> findings) {
        for (String code : rule.indicators()) {
            if (sample.determination(code).isEmpty()) {
                findings.add(missing(
                        code,
                        "the disinfectant residual of "
                                + sample.disinfection().name().toLowerCase(Locale.ROOT) + " disinfection",
                        rule.clause()));
            }
        }
        if (!rule.anyResidual()) {
            return;
        }
        // At least one of the disinfectants must meet its residual at this point.
        Verdict best = Verdict.FAIL;
        List<String> seen = new ArrayList<>();
        for (String code : rule.indicators()) {
            Optional<Determination> d = sample.determination(code);
            Optional<BigDecimal> min = residualMin(code, sample.point());
            if (d.isEmpty() || min.isEmpty()) {
                best = best == Verdict.PASS ? best : Verdict.INDETERMINATE;
                continue;
            }
            Verdict v;
            try {
                v = againstMin(bounds(d.get(), standard.indicator(code).orElseThrow()), min.get());
            } catch (IllegalArgumentException e) {
                v = Verdict.INDETERMINATE;
            }
            seen.add(code + " " + d.get().result() + " (≥ " + min.get().toPlainString() + ")");
            if (v == Verdict.PASS) {
                best = Verdict.PASS;
            } else if (v == Verdict.INDETERMINATE && best == Verdict.FAIL) {
                best = Verdict.INDETERMINATE;
            }
        }
        if (best != Verdict.PASS) {
            findings.add(new Finding(
                    Finding.Kind.RULE,
                    String.join(";", rule.indicators()),
                    best,
                    "no disinfectant meets its residual at the "
                            + sample.point().name().toLowerCase(Locale.ROOT) + ": " + String.join(", ", seen),
                    rule.clause()));
        }
    }

    private void followUps(Sample sample, Map<String, DeterminationVerdict> verdicts, List<Finding> findings) {
        for (Rules.FollowUp f : standard.followUps()) {
            DeterminationVerdict trigger = verdicts.get(f.whenDetected());
            if (trigger != null
                    && trigger.verdict() == Verdict.FAIL
                    && sample.determination(f.require()).isEmpty()) {
                findings.add(new Finding(
                        Finding.Kind.ACTION,
                        f.require(),
                        requireComplete ? Verdict.INDETERMINATE : Verdict.PASS,
                        f.whenDetected() + " was detected, so " + f.require() + " must be determined",
                        f.clause()));
            }
        }
    }

    private Finding missing(String code, String why, String clause) {
        return new Finding(
                Finding.Kind.MISSING,
                code,
                requireComplete ? Verdict.INDETERMINATE : Verdict.PASS,
                code + " is missing: " + why,
                clause);
    }

    private static String limitText(Optional<BigDecimal> min, Optional<BigDecimal> max, boolean exclusive, Unit unit) {
        String u = unit == Unit.ONE ? "" : " " + unit.symbol();
        if (min.isPresent() && max.isPresent()) {
            return min.get().toPlainString() + "–" + max.get().toPlainString() + u;
        }
        if (max.isPresent()) {
            return (exclusive ? "< " : "≤ ") + max.get().toPlainString() + u;
        }
        return "≥ " + min.orElseThrow().toPlainString() + u;
    }
}
