package org.ruralwater.webapp.safewater;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ruralwater.assurance.monitoring.ProblemLedger;
import org.ruralwater.assurance.monitoring.Ticket;
import org.ruralwater.assurance.safewater.SafetyVerdict;
import org.ruralwater.core.county.County;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.people.User;
import org.ruralwater.store.screening.ScreeningChanges;
import org.ruralwater.store.screening.VerdictCount;
import org.ruralwater.store.tickets.OpenProblems;
import org.ruralwater.webapp.page.Frame;
import org.ruralwater.webapp.page.Pages;
import org.ruralwater.webapp.register.CountySnapshots;
import org.ruralwater.webapp.register.Registers;
import org.ruralwater.webapp.signin.SignIn;

/**
 * The ledger's roll-ups for the user's region: open problems by region with drill-down and the regions at zero
 * (动态清零), the recurring problems (问题反复) within the settings' window, and the monthly report (按月调度:
 * opened, closed, open and overdue at the month's end, screening changes, counties at zero) as a page and as
 * CSV. The counts are the store's ({@code openProblems}) and assurance's ledger ({@code recurring}, {@code
 * monthly}, {@code countiesAtZero}); the page only arranges them.
 */
public final class LedgerDesk {

    private final Store store;
    private final CountySnapshots snapshots;
    private final Pages pages;
    private final SignIn signIn;
    private final Clock clock;
    private final LedgerSettings settings = LedgerSettings.bundled();

    public LedgerDesk(Store store, CountySnapshots snapshots, Pages pages, SignIn signIn, Clock clock) {
        this.store = requireNonNull(store, "store");
        this.snapshots = requireNonNull(snapshots, "snapshots");
        this.pages = requireNonNull(pages, "pages");
        this.signIn = requireNonNull(signIn, "signIn");
        this.clock = requireNonNull(clock, "clock");
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/ledger", this::zero);
        routes.get("/ledger/monthly", this::monthly);
        routes.get("/ledger/monthly.csv", this::monthlyCsv);
    }

    /** One region's open problems on the day, as a row with its name and drill-down link. */
    public record OpenRow(String code, String name, String href, int open, int overdue, boolean atZero) {}

    private void zero(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        County county = snapshots.county(Registers.countyOf(user));
        Map<RegionCode, String> names = TicketDesk.names(county);
        RegionCode region = Asked.region(ctx, user, names);
        LocalDate on = Asked.day(ctx, "on", LocalDate.now(clock));
        Scope scope = Scope.of(region);
        List<OpenRow> rows = new ArrayList<>();
        int open = 0;
        int overdue = 0;
        if (region.level() != RegionLevel.VILLAGE) {
            RegionLevel below = RegionLevel.values()[region.level().ordinal() + 1];
            for (OpenProblems o : store.tickets().openProblems(scope, below, on)) {
                String href = "/ledger?region=" + o.region().value() + "&on=" + on;
                rows.add(new OpenRow(
                        o.region().value(),
                        names.getOrDefault(o.region(), o.region().value()),
                        href,
                        o.open(),
                        o.overdue(),
                        o.atZero()));
                open += o.open();
                overdue += o.overdue();
            }
        }
        List<Ticket> tickets = store.tickets().tickets(scope);
        List<Ticket> recurring = new ProblemLedger(tickets).recurring(settings.recurrenceWindowDays());
        if (region.level() == RegionLevel.VILLAGE) {
            for (OpenProblems o : store.tickets().openProblems(scope, RegionLevel.VILLAGE, on)) {
                open += o.open();
                overdue += o.overdue();
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("region", names.getOrDefault(region, region.value()));
        model.put("code", region.value());
        model.put("path", Asked.path(county, user, region, names));
        model.put("on", on.toString());
        model.put("rows", rows);
        model.put("open", open);
        model.put("overdue", overdue);
        model.put("atZero", rows.stream().filter(OpenRow::atZero).count());
        model.put("recurring", TicketView.of(recurring, on, names, frame));
        model.put("window", settings.recurrenceWindowDays());
        model.put("settings", settings.id());
        pages.render(ctx, "safewater/ledger.jte", frame, model);
    }

    /** A county's figures of the month, for the page and the CSV. */
    public record MonthRow(
            String county,
            String name,
            long opened,
            long closed,
            long openAtEnd,
            long overdueAtEnd,
            String openedByType,
            boolean atZero) {}

    private record Month(
            RegionCode region,
            YearMonth month,
            List<MonthRow> rows,
            ScreeningChanges screening,
            List<VerdictCount> verdicts) {}

    private Month month(Context ctx, Frame frame, User user) {
        County county = snapshots.county(Registers.countyOf(user));
        Map<RegionCode, String> names = TicketDesk.names(county);
        RegionCode region = Asked.region(ctx, user, names);
        YearMonth month = Asked.month(ctx, "month", YearMonth.now(clock));
        Scope scope = Scope.of(region);
        ProblemLedger ledger = new ProblemLedger(store.tickets().tickets(scope));
        List<RegionCode> counties = county.regions().atLevel(RegionLevel.COUNTY).stream()
                .map(r -> r.code())
                .filter(c -> Asked.within(c, region) || Asked.within(region, c))
                .toList();
        List<RegionCode> zero = ledger.countiesAtZero(counties, month.atEndOfMonth());
        Map<RegionCode, ProblemLedger.MonthRow> byCounty = new HashMap<>();
        ledger.monthly(month).forEach(r -> byCounty.put(r.county(), r));
        List<MonthRow> rows = new ArrayList<>();
        for (RegionCode c : counties) {
            ProblemLedger.MonthRow r = byCounty.get(c);
            String byType = r == null
                    ? ""
                    : r.openedByType().entrySet().stream()
                            .map(e -> frame.label(e.getKey()) + " " + e.getValue())
                            .collect(Collectors.joining("；"));
            rows.add(new MonthRow(
                    c.value(),
                    names.getOrDefault(c, c.value()),
                    r == null ? 0 : r.opened(),
                    r == null ? 0 : r.closed(),
                    r == null ? 0 : r.openAtMonthEnd(),
                    r == null ? 0 : r.overdueAtMonthEnd(),
                    byType,
                    zero.contains(c)));
        }
        return new Month(
                region,
                month,
                rows,
                store.screening().changes(scope, month),
                store.screening().byVerdict(scope, region.level()));
    }

    private void monthly(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        Month m = month(ctx, frame, user);
        County county = snapshots.county(Registers.countyOf(user));
        Map<RegionCode, String> names = TicketDesk.names(county);
        Map<String, Object> model = new HashMap<>();
        model.put("region", names.getOrDefault(m.region(), m.region().value()));
        model.put("code", m.region().value());
        model.put("month", m.month().toString());
        model.put("previous", m.month().minusMonths(1).toString());
        model.put("next", m.month().plusMonths(1).toString());
        model.put("rows", m.rows());
        model.put("screening", m.screening());
        List<String> verdicts = new ArrayList<>();
        for (SafetyVerdict v : SafetyVerdict.values()) {
            long households = m.verdicts().stream()
                    .filter(c -> c.verdict() == v)
                    .mapToLong(VerdictCount::households)
                    .sum();
            verdicts.add(frame.label(v) + " " + households);
        }
        model.put("verdicts", verdicts);
        pages.render(ctx, "safewater/monthly.jte", frame, model);
    }

    private void monthlyCsv(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        Month m = month(ctx, frame, user);
        StringBuilder csv = new StringBuilder(
                "county,name,month,opened,closed,open_at_end,overdue_at_end,opened_by_type,at_zero,screened,rescreened\r\n");
        for (MonthRow r : m.rows()) {
            csv.append(String.join(
                            ",",
                            cell(r.county()),
                            cell(r.name()),
                            m.month().toString(),
                            Long.toString(r.opened()),
                            Long.toString(r.closed()),
                            Long.toString(r.openAtEnd()),
                            Long.toString(r.overdueAtEnd()),
                            cell(r.openedByType()),
                            Boolean.toString(r.atZero()),
                            Long.toString(m.screening().screened()),
                            Long.toString(m.screening().rescreened())))
                    .append("\r\n");
        }
        ctx.header(
                "Content-Disposition",
                "attachment; filename=\"ledger-" + m.region().value() + "-" + m.month() + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8");
        // A byte-order mark, so that a spreadsheet opened on a Chinese Windows reads the names as UTF-8.
        ctx.result("\uFEFF" + csv);
    }

    /**
     * A CSV cell: quoted when it holds a comma, quote or line break; a text a spreadsheet would take for a
     * formula gets a leading apostrophe (CSV injection).
     */
    static String cell(String text) {
        String t = text;
        if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0) {
            t = "'" + t;
        }
        if (t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")) {
            return "\"" + t.replace("\"", "\"\"") + "\"";
        }
        return t;
    }
}
