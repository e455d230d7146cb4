package org.ruralwater.cliapp.assurance;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ruralwater.assurance.assessment.AssessmentScheme;
import org.ruralwater.assurance.assessment.GradeBand;
import org.ruralwater.assurance.assessment.Item;
import org.ruralwater.assurance.safewater.SafeWaterRules;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.option.CliWords;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.core.suggestion.UnknownIdException;
import org.ruralwater.core.wording.Phrase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The bundled rule sets: safe-water rule sets (`screen --rule-set`) and assessment schemes (`assess --scheme`). */
@Command(name = "rule-sets", mixinStandardHelpOptions = true, subcommands = RuleSetsCommand.Show.class)
public final class RuleSetsCommand implements Callable<Integer> {

    static final String SAFE_WATER = "safe_water";
    static final String ASSESSMENT = "assessment_scheme";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FormatOption output;

    @Override
    public Integer call() {
        Table table = Table.of("id", "kind", "title", "jurisdiction", "based_on", "source");
        for (SafeWaterRules.RuleSetSummary r : SafeWaterRules.bundled().summaries()) {
            table.row(r.id(), SAFE_WATER, r.title(), r.jurisdiction(), r.basedOn(), r.source());
        }
        for (String name : AssessmentScheme.BUNDLED) {
            AssessmentScheme s = AssessmentScheme.bundled(name);
            table.row(name, ASSESSMENT, s.name(), "", "", s.source());
        }
        output.write(table, spec.commandLine().getOut());
        return ExitCode.OK;
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        FormatOption output;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "id")
        String id;

        @Override
        public Integer call() {
            Table table = Table.of("field", "value");
            SafeWaterRules rules = SafeWaterRules.bundled();
            if (!AssessmentScheme.BUNDLED.contains(id) && !rules.ids().contains(id)) {
                List<String> known = new ArrayList<>(rules.ids());
                known.addAll(AssessmentScheme.BUNDLED);
                throw UnknownIdException.of(Phrase.of(CliWords.NOUN_RULE_SET_OR_SCHEME), id, known);
            }
            if (AssessmentScheme.BUNDLED.contains(id)) {
                AssessmentScheme s = AssessmentScheme.bundled(id);
                table.row("id", id)
                        .row("kind", ASSESSMENT)
                        .row("scheme_id", s.id())
                        .row("title", s.name())
                        .row("confidence", s.confidence())
                        .row("items", s.items().stream().map(Item::code).toList())
                        .row("grades", s.grades().stream().map(Show::band).toList())
                        .row("source", s.source());
            } else {
                SafeWaterRules.RuleSetSummary r = rules.summary(id);
                table.row("id", r.id())
                        .row("kind", SAFE_WATER)
                        .row("title", r.title())
                        .row("jurisdiction", r.jurisdiction())
                        .row("based_on", r.basedOn())
                        .row("source", r.source());
            }
            output.write(table, spec.commandLine().getOut());
            return ExitCode.OK;
        }

        /** A grade band as "优秀 ≥ 90". */
        static String band(GradeBand g) {
            return g.grade() + " ≥ " + g.atLeast().toPlainString();
        }
    }
}
