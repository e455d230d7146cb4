package org.ruralwater.cliapp.quality;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.option.CliWords;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Heading;
import org.ruralwater.cliapp.output.Progress;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.cliapp.output.Worded;
import org.ruralwater.cliapp.output.Wording;
import org.ruralwater.core.wording.Phrase;
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
@Command(name = "evaluate", mixinStandardHelpOptions = true)
public final class EvaluateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FormatOption output;

    @Option(names = "--standard", paramLabel = "ID")
    String standard = "GB5749-2022";

    @Option(names = "--detail")
    boolean detail;

    @Option(names = "--complete")
    boolean complete;

    @Option(names = "--compare", paramLabel = "IDS", split = ",")
    List<String> compare = new ArrayList<>();

    @Parameters(paramLabel = "SAMPLES.csv", descriptionKey = "samples")
    Path file;

    /** An indicator's code, with its name in the reader's language for a table. */
    private static Worded indicator(Standard standard, String code, Locale locale) {
        return new Worded(
                code, standard.indicator(code).map(i -> i.name(locale)).orElse(code));
    }

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
        Wording wording = output.wording();
        Locale locale = wording.locale();
        Progress progress = Progress.start(
                wording.say(Phrase.of(CliWords.PROGRESS_EVALUATING)),
                samples.size(),
                wording.say(Phrase.of(CliWords.PROGRESS_SAMPLES)));
        if (detail) {
            table = Table.of("sample_id", "indicator", "result", "verdict", "limit", "relaxed", "clause", "reason");
            for (Sample s : samples) {
                SampleVerdict v = evaluator.evaluate(s);
                progress.step();
                anyFail |= v.verdict() == Verdict.FAIL;
                for (DeterminationVerdict d : v.determinations()) {
                    table.row(
                            v.sampleId(),
                            indicator(main, d.indicator(), locale),
                            d.result(),
                            d.verdict(),
                            d.heldTo(),
                            d.relaxed(),
                            d.clause(),
                            d.why());
                }
            }
        } else {
            List<String> columns = new ArrayList<>(List.of("sample_id", "verdict", "failing_indicators"));
            for (Standard o : others) {
                columns.add("verdict_" + o.id());
                wording = wording.heading("verdict_" + o.id(), Phrase.of(Heading.VERDICT_BY, o.id()));
            }
            table = Table.of(columns);
            for (Sample s : samples) {
                SampleVerdict v = evaluator.evaluate(s);
                progress.step();
                anyFail |= v.verdict() == Verdict.FAIL;
                List<Object> cells = new ArrayList<>(List.of(
                        v.sampleId(),
                        v.verdict(),
                        v.failingIndicators().stream()
                                .map(code -> indicator(main, code, locale))
                                .toList()));
                Map<String, SampleVerdict> byStandard =
                        comparison.map(c -> c.evaluate(s)).orElse(Map.of());
                for (Standard o : others) {
                    cells.add(byStandard.get(o.id()).verdict());
                }
                table.row(cells.toArray());
            }
        }
        progress.close();
        output.write(table, spec.commandLine().getOut(), wording);
        return anyFail ? ExitCode.FAILURES : ExitCode.OK;
    }
}
