package org.ruralwater.cliapp.maintenance;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.option.CliWords;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.core.suggestion.UnknownIdException;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.maintenance.plan.Catalogue;
import org.ruralwater.maintenance.plan.MeterLifeRule;
import org.ruralwater.maintenance.plan.PlanTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The preventive catalogue's plans and meter rules: the plan ids tasks name, the asset types each covers. */
@Command(name = "catalogue", mixinStandardHelpOptions = true, subcommands = CatalogueCommand.Show.class)
public final class CatalogueCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FormatOption output;

    @Option(names = "--catalogue", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT)
    @Nullable
    Path catalogue;

    Catalogue catalogue() {
        return catalogue != null ? Catalogue.read(catalogue) : Catalogue.chinaRural();
    }

    @Override
    public Integer call() {
        Catalogue cat = catalogue();
        Table table = Table.of(
                "id", "kind", "title", "asset_types", "scale_classes", "interval", "season", "confidence", "source");
        for (PlanTemplate p : cat.plans()) {
            table.row(
                    p.id(),
                    "plan",
                    p.title(),
                    p.assetTypes(),
                    p.scaleClasses(),
                    interval(p),
                    p.season(),
                    p.confidence(),
                    p.source());
        }
        for (MeterLifeRule r : cat.meterRules()) {
            table.row(
                    r.id(),
                    "meter_rule",
                    title(r),
                    "household_meter",
                    "",
                    r.years() + " years",
                    "",
                    r.confidence(),
                    r.source());
        }
        output.write(table, spec.commandLine().getOut());
        return ExitCode.OK;
    }

    static String interval(PlanTemplate p) {
        return p.rrule()
                .map(Object::toString)
                .orElseGet(() -> "every " + p.everyRunHours().orElseThrow().toPlainString() + " run hours");
    }

    static String title(MeterLifeRule r) {
        String above = r.aboveDiameter().map(d -> "above DN" + d).orElse("");
        String upTo = r.upToDiameter().map(d -> "up to DN" + d).orElse("");
        return (r.action() + " household meters " + above + " " + upTo).strip().replaceAll(" +", " ");
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.ParentCommand
        CatalogueCommand parent;

        @Mixin
        FormatOption output;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "id")
        String id;

        @Override
        public Integer call() {
            Catalogue cat = parent.catalogue();
            Table table = Table.of("field", "value");
            Optional<PlanTemplate> plan = cat.plan(id);
            Optional<MeterLifeRule> rule = cat.meterRule(id);
            if (plan.isPresent()) {
                PlanTemplate p = plan.get();
                table.row("id", p.id())
                        .row("kind", "plan")
                        .row("title", p.title())
                        .row("asset_types", p.assetTypes())
                        .row("scale_classes", p.scaleClasses())
                        .row("interval", interval(p))
                        .row("lead_run_hours", p.leadRunHours().map(h -> h.toPlainString()))
                        .row("anchoring", p.anchoring())
                        .row("season", p.season())
                        .row("on_rest_day", p.onRestDay())
                        .row("window_days", p.windowDays())
                        .row("duration_minutes", p.durationMinutes())
                        .row("skills", p.skills())
                        .row("confidence", p.confidence())
                        .row("source", p.source());
            } else if (rule.isPresent()) {
                MeterLifeRule r = rule.get();
                table.row("id", r.id())
                        .row("kind", "meter_rule")
                        .row("title", title(r))
                        .row("above_diameter", r.aboveDiameter())
                        .row("up_to_diameter", r.upToDiameter())
                        .row("action", r.action())
                        .row("years", r.years())
                        .row("window_days", r.windowDays())
                        .row("duration_minutes", r.durationMinutes())
                        .row("skills", r.skills())
                        .row("confidence", r.confidence())
                        .row("source", r.source());
            } else {
                throw UnknownIdException.of(Phrase.of(CliWords.NOUN_CATALOGUE_PLAN), id, cat.ids());
            }
            output.write(table, spec.commandLine().getOut());
            return ExitCode.OK;
        }
    }
}
