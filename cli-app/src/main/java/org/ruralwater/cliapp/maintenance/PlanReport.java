package org.ruralwater.cliapp.maintenance;

import java.io.PrintWriter;
import org.ruralwater.core.county.County;
import org.ruralwater.core.household.Village;
import org.ruralwater.maintenance.schedule.CrewSchedule;
import org.ruralwater.maintenance.schedule.Job;
import org.ruralwater.maintenance.schedule.PlanComparison;
import org.ruralwater.maintenance.schedule.PlanFigures;
import org.ruralwater.maintenance.schedule.Unplaced;

/**
 * What a solved plan costs next to the earliest-due-date plan of the same problem, compared as the score
 * ranks plans, and every job it leaves unassigned with the rule that kept it out: the diagnostics of
 * {@code maintenance schedule}, on stderr.
 */
final class PlanReport {

    private static final String BASELINE = "earliest-due-date plan";

    private PlanReport() {}

    /** Both plans must be scored. */
    static void write(PrintWriter err, CrewSchedule plan, CrewSchedule greedy, County county) {
        PlanComparison c = PlanComparison.of(plan, greedy);
        PlanFigures p = plan.figures();
        PlanFigures g = greedy.figures();
        err.println("score " + c.plan() + " (" + BASELINE + ": " + c.baseline() + ")");
        err.println("plans are ranked level by level, as the score ranks them: the hard rules broken first, then"
                + " the work left unassigned (weighted by priority), then lateness (weighted by priority), travel"
                + " and work on call");
        err.println("  hard-rule penalty " + -c.plan().hardScore() + " (" + BASELINE + ": "
                + -c.baseline().hardScore() + ")");
        err.println("  unassigned " + p.unassigned() + " of " + plan.jobs().size() + " jobs, weight "
                + -c.plan().mediumScore() + " (" + BASELINE + ": " + g.unassigned() + ", weight "
                + -c.baseline().mediumScore() + ")");
        err.println("  late " + p.lateMinutes() + " min, travel " + p.travelMinutes() + " min, on call "
                + p.onCallMinutes() + " min (" + BASELINE + ": " + g.lateMinutes() + ", " + g.travelMinutes() + ", "
                + g.onCallMinutes() + ")");
        err.println(verdict(c));
        for (Unplaced u : Unplaced.in(plan)) {
            Job j = u.job();
            err.println("unassigned " + j.id() + ", " + j.priority().code() + ", \"" + j.title() + "\" at "
                    + place(county, j) + ": " + u.cause().code() + ": " + u.explanation());
        }
        err.flush();
    }

    private static String verdict(PlanComparison c) {
        String word = c.better() ? "better" : "worse";
        return c.decidedBy()
                .map(level -> switch (level) {
                    case HARD_RULES ->
                        "this plan is " + word + " than the " + BASELINE + ": it breaks "
                                + (c.better() ? "fewer" : "more") + " hard rules";
                    case UNASSIGNED_WORK ->
                        "this plan is " + word + " than the " + BASELINE + ": it leaves "
                                + (c.better() ? "less" : "more") + " work unassigned, so their lateness and travel"
                                + " are about different jobs and do not decide";
                    case LATENESS_AND_TRAVEL ->
                        "this plan is " + word + " than the " + BASELINE
                                + " on lateness, travel and work on call, with the same hard-rule penalty and the"
                                + " same work unassigned";
                })
                .orElse("this plan is as good as the " + BASELINE + " on every level");
    }

    private static String place(County county, Job job) {
        return county.village(job.village())
                .map(Village::name)
                .map(n -> n + " (" + job.village() + ")")
                .orElse(job.village().value());
    }
}
