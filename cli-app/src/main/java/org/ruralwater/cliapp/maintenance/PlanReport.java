package org.ruralwater.cliapp.maintenance;

import java.io.PrintWriter;
import java.util.Locale;
import org.ruralwater.cliapp.option.CliWords;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.household.Village;
import org.ruralwater.core.wording.Labels;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.maintenance.schedule.CrewSchedule;
import org.ruralwater.maintenance.schedule.Job;
import org.ruralwater.maintenance.schedule.PlanComparison;
import org.ruralwater.maintenance.schedule.PlanFigures;
import org.ruralwater.maintenance.schedule.Unplaced;

/**
 * What a solved plan costs next to the earliest-due-date plan of the same problem, compared as the score
 * ranks plans, and every job it leaves unassigned with the rule that kept it out: the diagnostics of
 * {@code maintenance schedule}, on stderr, in the reader's language.
 */
final class PlanReport {

    private static final Phrase BASELINE = Phrase.of(CliWords.PLAN_BASELINE);

    private PlanReport() {}

    /** Both plans must be scored. */
    static void write(PrintWriter err, CrewSchedule plan, CrewSchedule greedy, County county, Locale locale) {
        PlanComparison c = PlanComparison.of(plan, greedy);
        PlanFigures p = plan.figures();
        PlanFigures g = greedy.figures();
        say(
                err,
                locale,
                CliWords.PLAN_SCORE,
                c.plan().toString(),
                BASELINE,
                c.baseline().toString());
        say(err, locale, CliWords.PLAN_RANKING);
        say(
                err,
                locale,
                CliWords.PLAN_HARD_RULES,
                -c.plan().hardScore(),
                BASELINE,
                -c.baseline().hardScore());
        say(
                err,
                locale,
                CliWords.PLAN_UNASSIGNED,
                p.unassigned(),
                plan.jobs().size(),
                -c.plan().mediumScore(),
                BASELINE,
                g.unassigned(),
                -c.baseline().mediumScore());
        say(
                err,
                locale,
                CliWords.PLAN_FIGURES,
                p.lateMinutes(),
                p.travelMinutes(),
                p.onCallMinutes(),
                BASELINE,
                g.lateMinutes(),
                g.travelMinutes(),
                g.onCallMinutes());
        err.println(verdict(c).in(locale));
        for (Unplaced u : Unplaced.in(plan)) {
            Job j = u.job();
            say(
                    err,
                    locale,
                    CliWords.PLAN_JOB_UNASSIGNED,
                    j.id(),
                    Labels.codeOrLabel(j.priority(), Coded.codeOf(j.priority())),
                    j.title(),
                    place(county, j),
                    Labels.codeOrLabel(u.cause(), u.cause().code()),
                    u.why());
        }
        err.flush();
    }

    private static void say(PrintWriter err, Locale locale, CliWords key, Object... arguments) {
        err.println(Phrase.of(key, arguments).in(locale));
    }

    private static Phrase verdict(PlanComparison c) {
        boolean better = c.better();
        return c.decidedBy()
                .map(level -> switch (level) {
                    case HARD_RULES -> better ? CliWords.PLAN_BETTER_HARD_RULES : CliWords.PLAN_WORSE_HARD_RULES;
                    case UNASSIGNED_WORK -> better ? CliWords.PLAN_BETTER_UNASSIGNED : CliWords.PLAN_WORSE_UNASSIGNED;
                    case LATENESS_AND_TRAVEL -> better ? CliWords.PLAN_BETTER_LATENESS : CliWords.PLAN_WORSE_LATENESS;
                })
                .map(key -> Phrase.of(key, BASELINE))
                .orElse(Phrase.of(CliWords.PLAN_AS_GOOD, BASELINE));
    }

    private static Phrase place(County county, Job job) {
        return county.village(job.village())
                .map(Village::name)
                .map(n -> Phrase.of(CliWords.PLACE, n, job.village().value()))
                .orElse(Phrase.verbatim(job.village().value()));
    }
}
