package org.ruralwater.cliapp.quality;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.qualityrules.standard.Indicator;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Shows and compares the bundled standards. */
@Command(
        name = "standard",
        mixinStandardHelpOptions = true,
        subcommands = {StandardCommand.ListCommand.class, StandardCommand.Show.class, StandardCommand.Diff.class})
public final class StandardCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static String limit(Indicator i) {
        String unit = i.limitUnit().map(Object::toString).orElse("");
        String text = switch (i.kind()) {
            case MAX -> (i.maxExclusive() ? "< " : "≤ ") + plain(i.max());
            case RANGE -> plain(i.min()) + "–" + plain(i.max());
            case ABSENT -> i.passTexts().map(t -> String.join(" / ", t)).orElse("not detected");
        };
        return (text + " " + unit).strip();
    }

    private static String plain(Optional<BigDecimal> v) {
        return v.map(BigDecimal::toPlainString).orElse("?");
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListCommand implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        FormatOption output;

        @Override
        public Integer call() {
            Standards all = Standards.bundled();
            Table table = Table.of(
                    "id",
                    "short_names",
                    "title",
                    "jurisdiction",
                    "based_on",
                    "effective_from",
                    "effective_to",
                    "indicators",
                    "source");
            for (Standard s : all.all()) {
                table.row(
                        s.id(),
                        all.shortNamesOf(s.id()),
                        s.title(),
                        s.jurisdiction(),
                        s.basedOn(),
                        s.effectiveFrom(),
                        s.effectiveTo(),
                        s.indicators().size(),
                        s.source());
            }
            output.write(table, spec.commandLine().getOut());
            return ExitCode.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        FormatOption output;

        @Parameters(index = "0", paramLabel = "STANDARD", descriptionKey = "standard")
        String id;

        @Parameters(index = "1", arity = "0..1", paramLabel = "INDICATOR", descriptionKey = "indicator")
        @Nullable
        String indicator;

        @Override
        public Integer call() {
            Standard s = Standards.bundled().get(id);
            Table table;
            if (indicator == null) {
                table = Table.of("code", "name_zh", "name_en", "table", "row", "limit", "confidence");
                for (Indicator i : s.indicators()) {
                    table.row(i.code(), i.nameZh(), i.nameEn(), i.table(), i.row(), limit(i), i.confidence());
                }
            } else {
                Indicator i = s.find(indicator)
                        .orElseThrow(
                                () -> new IllegalArgumentException(s.id() + " has no indicator \"" + indicator + "\""));
                table = Table.of("field", "value")
                        .row("code", i.code())
                        .row("name_zh", i.nameZh())
                        .row("name_en", i.nameEn())
                        .row("aliases", i.aliases())
                        .row("table", i.table() + " row " + i.row())
                        .row("category", i.category())
                        .row("limit", limit(i))
                        .row("relaxed_max", i.relaxedMax())
                        .row("on_exceedance", i.onExceedance().orElse(""))
                        .row("confidence", i.confidence())
                        .row("source", i.source())
                        .row("note", i.note().orElse(""));
            }
            output.write(table, spec.commandLine().getOut());
            return ExitCode.OK;
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true)
    static final class Diff implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        FormatOption output;

        @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "older")
        String older;

        @Parameters(index = "1", paramLabel = "NEW", descriptionKey = "newer")
        String newer;

        @Override
        public Integer call() {
            Standard a = Standards.bundled().get(older);
            Standard b = Standards.bundled().get(newer);
            TreeSet<String> codes = new TreeSet<>();
            a.indicators().forEach(i -> codes.add(i.code()));
            b.indicators().forEach(i -> codes.add(i.code()));
            Table table = Table.of("code", "name_zh", "change", a.id(), b.id());
            for (String code : codes) {
                Optional<Indicator> x = a.indicator(code);
                Optional<Indicator> y = b.indicator(code);
                String name = y.or(() -> x).map(Indicator::nameZh).orElseThrow();
                String left = x.map(StandardCommand::limit).orElse("");
                String right = y.map(StandardCommand::limit).orElse("");
                String change = x.isEmpty() ? "added" : y.isEmpty() ? "removed" : left.equals(right) ? "" : "changed";
                if (!change.isEmpty()) {
                    table.row(code, name, change, left, right);
                }
            }
            output.write(table, spec.commandLine().getOut());
            return ExitCode.OK;
        }
    }
}
