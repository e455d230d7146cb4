package org.ruralwater.webapp.quality;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.core.staff.WaterManager;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.escalation.watch.AlertStatus;
import org.ruralwater.escalation.watch.WatchedAlert;
import org.ruralwater.qualityrules.coverage.Coverage;
import org.ruralwater.qualityrules.coverage.MissedSample;
import org.ruralwater.qualityrules.coverage.SamplingProgramme;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.store.Store;
import org.ruralwater.store.people.User;
import org.ruralwater.webapp.page.Frame;
import org.ruralwater.webapp.page.Pages;
import org.ruralwater.webapp.register.CountySnapshots;
import org.ruralwater.webapp.register.Registers;
import org.ruralwater.webapp.signin.SignIn;

/**
 * What follows from the store's samples: {@code /quality/alerts} lists the alerts the links raise over the
 * user's region's year of samples as of now, with their deadlines, who must act and where each stands (overdue
 * ones first and marked); {@code /quality/coverage?period=} lists the sampling windows each works missed under
 * quality-rules' bundled sampling programme. The links and the programme decide; the pages only show.
 */
final class WatchPages {

    private final Store store;
    private final CountySnapshots counties;
    private final Pages pages;
    private final SignIn signIn;
    private final Judging judging;
    private final Clock clock;
    private final SamplingProgramme programme = SamplingProgramme.bundled();

    WatchPages(Store store, CountySnapshots counties, Pages pages, SignIn signIn, Judging judging, Clock clock) {
        this.store = requireNonNull(store, "store");
        this.counties = requireNonNull(counties, "counties");
        this.pages = requireNonNull(pages, "pages");
        this.signIn = requireNonNull(signIn, "signIn");
        this.judging = requireNonNull(judging, "judging");
        this.clock = requireNonNull(clock, "clock");
    }

    void addTo(RoutesConfig routes) {
        routes.get("/quality/alerts", this::alerts);
        routes.get("/quality/coverage", this::coverage);
    }

    private List<WaterManager> managers(User user) {
        if (user.region().level() == RegionLevel.PROVINCE || user.region().level() == RegionLevel.PREFECTURE) {
            return List.of();
        }
        return counties.county(Registers.countyOf(user)).waterManagers();
    }

    private void alerts(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        List<SupplyWorks> works = store.county().works(user.scope());
        LocalDateTime now = LocalDateTime.now(clock);
        boolean all = "all".equals(ctx.queryParam("show"));
        Standard standard = judging.standard(Judging.STANDARDS.get(0));
        List<WaterManager> managers = managers(user);
        List<WatchedAlert> watched = new ArrayList<>(judging.watched(store, user.scope(), works, now, Optional.empty())
                .alerts());
        // Overdue first, then open, then resolved; each by deadline.
        watched.sort(Comparator.comparing((WatchedAlert a) -> order(a.status()))
                .thenComparing(a -> a.alert().dueBy().orElse(LocalDateTime.MAX)));
        List<AlertRow> rows = new ArrayList<>();
        int overdue = 0;
        int open = 0;
        for (WatchedAlert a : watched) {
            overdue += a.status() == AlertStatus.OVERDUE ? 1 : 0;
            open += a.status() == AlertStatus.OPEN ? 1 : 0;
            if (all || a.status() != AlertStatus.RESOLVED) {
                rows.add(AlertRow.of(
                        a, standard, works, managers, judging.links().alertToTicket(), frame));
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("rows", rows);
        model.put("asOf", SampleRegister.TIME.format(now));
        model.put("overdue", overdue);
        model.put("open", open);
        model.put("resolved", watched.size() - overdue - open);
        model.put("all", all);
        model.put("source", judging.links().alertToTicket().source());
        pages.render(ctx, "quality/alerts.jte", frame, model);
    }

    private static int order(AlertStatus s) {
        return switch (s) {
            case OVERDUE -> 0;
            case OPEN -> 1;
            case RESOLVED -> 2;
        };
    }

    /** The period asked for, or the last whole month. */
    static Period period(Context ctx, Clock clock) {
        String p = ctx.queryParam("period");
        if (p != null && !p.isBlank()) {
            try {
                return Period.parse(p.strip());
            } catch (IllegalArgumentException e) {
                // Not a period: the default, as with none.
            }
        }
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        return Period.month(last.getYear(), last.getMonthValue());
    }

    private void coverage(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        Period period = period(ctx, clock);
        // A period of more than two years is cut to its last two: the page is for a county's recent record.
        LocalDate start = period.start().isBefore(period.end().minusYears(2))
                ? period.end().minusYears(2).withDayOfMonth(1)
                : period.start();
        if (!start.equals(period.start())) {
            period = Period.range(start, period.end());
        }
        List<SupplyWorks> works = store.county().works(user.scope());
        Standard standard = judging.standard(Judging.STANDARDS.get(0));
        Coverage c = Coverage.check(
                programme,
                standard,
                works,
                store.quality().taken(user.scope(), YearMonth.from(period.start()), YearMonth.from(period.end())),
                period);
        List<MissedRow> rows = new ArrayList<>();
        for (MissedSample m : c.missed()) {
            List<String> names = new ArrayList<>();
            m.indicators().forEach(i -> names.add(SampleRegister.name(standard, i, frame)));
            rows.add(new MissedRow(
                    SampleRegister.worksName(Optional.of(m.works().value()), works),
                    m.rule(),
                    m.window().toString(),
                    m.required(),
                    m.found(),
                    String.join("、", names),
                    m.source()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("period", period.toString());
        model.put("rows", rows);
        model.put("met", c.windows().numerator());
        model.put("windows", c.windows().denominator());
        model.put("percent", c.windows().percent().map(frame::percent).orElse("—"));
        model.put("programme", programme.title() + " — " + programme.source());
        pages.render(ctx, "quality/coverage.jte", frame, model);
    }
}
