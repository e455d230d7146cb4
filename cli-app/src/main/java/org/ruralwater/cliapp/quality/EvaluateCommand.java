package org.ruralwater.cliapp.quality;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Progress;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.qualityrules.evaluation.Comparison;
import org.ruralwater.qualityrules.evaluation.DeterminationVerdict;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.evaluation.SampleVerdict;
import org.ruralwater.qualityrules.evaluation.Verdict;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SampleFile;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Evaluates a long-format sample file against a standard. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Judge each sample of a long-format sample file (one determination per row) against a standard:",
            "one row per sample with its verdict (PASS, FAIL or INDETERMINATE) and its failing indicators, or",
            "with --detail one row per determination with the limit and clause used. Exits 1 when a sample fails.",
            "",
            "Columns of the file: sample_id, works_id, point (source|outlet|network|tap), sampled_at (required:",
            "the standard in force depends on it), supply (centralized|small_centralized|dispersed), [limited],",
            "disinfection, indicator, value (a number, <DL, >MAX, ND, or a word where the limit is 'not detected'),",
            "unit (as on the lab report: mg/L, ug/L, µg/L, NTU, CFU/100mL, MPN/100mL, ...; empty only for pH and",
            "descriptive indicators), [detection_limit]. Impossible values are refused at their line and column, not",
            "judged: a concentration from 0 to 1000000 mg/L, turbidity and colour from 0 to 10000, whole colony",
            "counts and most probable numbers up to 10^9 per mL, pH from 0 to 14, detection limits above 0; NaN,",
            "Infinity and exponents beyond 1000 are no numbers.",
            "limited: true where the supply is limited by its source or treatment; only then does small supply get",
            "GB 5749-2022 note b's relaxed limits. disinfection: liquid_chlorine, sodium_hypochlorite,",
            "calcium_hypochlorite, chloramine, ozone, chlorine_dioxide, chlorine_dioxide_chlorine, uv, none, or",
            "chlorine when the form is not known. A disinfected sample without its residual is indeterminate."
        },
        footer = {
            "",
            "Examples:",
            "  ruralwater quality evaluate --standard GB5749-2022 samples.csv",
            "  ruralwater quality evaluate --detail --format csv samples.csv > determinations.csv",
            "  ruralwater quality evaluate --compare WHO,EPA,EU samples.csv"
        })
public final class EvaluateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FormatOption output;

    @Option(
            names = "--standard",
            paramLabel = "ID",
            description = "the standard to judge by (default: ${DEFAULT-VALUE}); see `ruralwater standard show`")
    String standard = "GB5749-2022";

    @Option(names = "--detail", description = "one row per determination, with the limit and clause used")
    boolean detail;

    @Option(
            names = "--complete",
            description = "judge against the whole standard: an indicator it requires but the sample lacks makes"
                    + " the sample INDETERMINATE (default: judge what was tested)")
    boolean complete;

    @Option(
            names = "--compare",
            paramLabel = "IDS",
            split = ",",
            description = "also judge by these standards, a column each: WHO, EPA, EU or full ids")
    List<String> compare = new ArrayList<>();

    @Parameters(paramLabel = "SAMPLES.csv", description = "the long-format sample file")
    Path file;

    @Override
    public Integer call() {
        Standards all = Standards.bundled();
        Standard main = all.get(standard);
        List<Sample> samples = SampleFile.read(file, main);
        Evaluator evaluator = complete ? Evaluator.of(main) : Evaluator.of(main).asTested();
        List<Standard> others = compare.stream().map(all::get).toList();
        Optional<Comparison> comparison = others.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        complete ? Comparison.of(others) : Comparison.of(others).asTested());
        boolean anyFail = false;
        Table table;
        Progress progress = Progress.start("evaluating", samples.size(), "samples");
        if (detail) {
            table = Table.of("sample_id", "indicator", "result", "verdict", "limit", "relaxed", "clause", "reason");
            for (Sample s : samples) {
                SampleVerdict v = evaluator.evaluate(s);
                progress.step();
                anyFail |= v.verdict() == Verdict.FAIL;
                for (DeterminationVerdict d : v.determinations()) {
                    table.row(
                            v.sampleId(),
                            d.indicator(),
                            d.result(),
                            d.verdict(),
                            d.limit(),
                            d.relaxed(),
                            d.clause(),
                            d.reason());
                }
            }
        } else {
            List<String> columns = new ArrayList<>(List.of("sample_id", "verdict", "failing_indicators"));
            others.forEach(o -> columns.add("verdict_" + o.id()));
            table = Table.of(columns);
            for (Sample s : samples) {
                SampleVerdict v = evaluator.evaluate(s);
                progress.step();
                anyFail |= v.verdict() == Verdict.FAIL;
                List<Object> cells = new ArrayList<>(List.of(v.sampleId(), v.verdict(), v.failingIndicators()));
                Map<String, SampleVerdict> byStandard =
                        comparison.map(c -> c.evaluate(s)).orElse(Map.of());
                for (Standard o : others) {
                    cells.add(byStandard.get(o.id()).verdict());
                }
                table.row(cells.toArray());
            }
        }
        progress.close();
        output.write(table, spec.commandLine().getOut());
        return anyFail ? ExitCode.FAILURES : ExitCode.OK;
    }
}
