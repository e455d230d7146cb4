package org.ruralwater.cliapp.billing;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.ruralwater.billing.tariff.Tariff;
import org.ruralwater.billing.tariff.Tariffs;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The bundled tariffs: the ids `billing quote --tariff` takes, and one tariff's charges. */
@Command(name = "tariffs", mixinStandardHelpOptions = true, subcommands = TariffsCommand.Show.class)
public final class TariffsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FormatOption output;

    @Override
    public Integer call() {
        Tariffs tariffs = Tariffs.bundled();
        Table table = Table.of(
                "id", "title", "category", "effective_from", "effective_to", "confidence", "charges", "source");
        for (String id : tariffs.ids()) {
            for (Tariff t : tariffs.versions(id)) {
                table.row(
                        t.id(),
                        t.title(),
                        t.category(),
                        t.effectiveFrom(),
                        t.effectiveTo(),
                        t.confidence(),
                        t.charges().size(),
                        t.source());
            }
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
            Table table = Table.of("id", "effective_from", "effective_to", "charge", "terms", "rounding", "confidence");
            for (Tariff t : Tariffs.bundled().versions(id)) {
                for (Tariff.Charge c : t.charges()) {
                    table.row(
                            t.id(),
                            t.effectiveFrom(),
                            t.effectiveTo(),
                            c.name(),
                            c.terms(),
                            t.rounding().name().toLowerCase(Locale.ROOT),
                            t.confidence());
                }
            }
            output.write(table, spec.commandLine().getOut());
            return ExitCode.OK;
        }
    }
}
