package org.ruralwater.cliapp.billing;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.ruralwater.billing.tariff.BillLine;
import org.ruralwater.billing.tariff.Quote;
import org.ruralwater.billing.tariff.QuoteRequest;
import org.ruralwater.billing.tariff.Tariff;
import org.ruralwater.billing.tariff.Tariffs;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.option.CliWords;
import org.ruralwater.cliapp.option.OptionValues;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.range.Range;
import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.wording.Phrase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The lines and total of one bill under a tariff. */
@Command(name = "quote", mixinStandardHelpOptions = true)
public final class QuoteCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FormatOption output;

    @Option(names = "--tariff", required = true, paramLabel = "ID|FILE")
    String tariff;

    @Option(names = "--consumption", required = true, paramLabel = "M3")
    BigDecimal consumption;

    @Option(names = "--household-size", paramLabel = "N")
    int members = 1;

    @Option(names = "--period", paramLabel = "PERIOD")
    @Nullable
    Period period;

    @Option(names = "--used-earlier", paramLabel = "M3")
    BigDecimal usedEarlier = BigDecimal.ZERO;

    @Override
    public Integer call() {
        // The request's physical domains, refused as usage errors naming the option.
        within("--consumption", consumption, "consumption", Phrase.of(CoreWords.DECIMAL_NUMBER));
        within("--used-earlier", usedEarlier, "usedEarlier", Phrase.of(CoreWords.DECIMAL_NUMBER));
        Range size = Range.of(QuoteRequest.class, "members");
        if (!size.contains(members)) {
            throw OptionValues.refusal(
                    spec.commandLine(),
                    "--household-size",
                    size.expected(Phrase.of(CoreWords.WHOLE_NUMBER)),
                    Integer.toString(members));
        }
        Tariffs tariffs = Tariffs.bundled();
        String id = tariff;
        Path file = Path.of(tariff);
        if (tariff.endsWith(".json") || Files.isRegularFile(file)) {
            Tariffs own = Tariffs.none().with(List.of(file));
            id = own.ids().iterator().next();
            tariffs = own;
        }
        YearMonth now = YearMonth.now();
        Period billed = period != null ? period : Period.month(now.getYear(), now.getMonthValue());
        noticeOptionsWithoutEffect(tariffs, id, billed);
        Quote q = tariffs.quote(id, new QuoteRequest(billed, consumption, members, usedEarlier, Optional.empty()));
        Table table = Table.of("component", "description", "quantity", "unit_price", "amount");
        for (BillLine l : q.lines()) {
            table.row(l.component(), l.description(), l.quantity(), l.unitPrice(), l.amount());
        }
        // The total's line: "total" in CSV and JSON, the reader's words in a table for people.
        table.total(
                Phrase.of(CliWords.QUOTE_TOTAL),
                Phrase.of(CliWords.QUOTE_TOTAL_OF, q.tariff(), billed.toString()),
                "",
                "",
                q.total());
        output.write(table, spec.commandLine().getOut());
        return ExitCode.OK;
    }

    /**
     * An option given on the command line that the tariff does not read is said so on stderr, so that nobody
     * believes a quote took it into account.
     */
    private void noticeOptionsWithoutEffect(Tariffs tariffs, String id, Period billed) {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        List<Tariff> inForce = tariffs.versions(id).stream()
                .filter(t -> !t.effectiveFrom().isAfter(billed.end())
                        && t.effectiveTo()
                                .map(to -> !to.isBefore(billed.start()))
                                .orElse(true))
                .toList();
        if (parsed.hasMatchedOption("--used-earlier") && inForce.stream().noneMatch(Tariff::readsEarlierUse)) {
            notice("--used-earlier", Phrase.of(CliWords.NO_YEARLY_ALLOWANCE, id));
        }
        if (parsed.hasMatchedOption("--household-size") && inForce.stream().noneMatch(Tariff::readsHouseholdSize)) {
            notice("--household-size", Phrase.of(CliWords.NOTHING_PER_PERSON, id));
        }
    }

    private void notice(String option, Phrase why) {
        spec.commandLine().getErr().println(Phrase.of(CliWords.NO_EFFECT, option, why));
        spec.commandLine().getErr().flush();
    }

    private void within(String option, BigDecimal value, String component, Phrase kind) {
        Range range = Range.of(QuoteRequest.class, component);
        if (!range.contains(value)) {
            throw OptionValues.refusal(spec.commandLine(), option, range.expected(kind), value.toString());
        }
    }
}
