package org.ruralwater.webapp.safewater;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ruralwater.assurance.monitoring.MonitoredHousehold;
import org.ruralwater.assurance.monitoring.MonitoringGroup;
import org.ruralwater.assurance.monitoring.Risk;
import org.ruralwater.assurance.monitoring.RiskTriggers;
import org.ruralwater.assurance.monitoring.Signal;
import org.ruralwater.assurance.safewater.SafetyVerdict;
import org.ruralwater.core.county.County;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.people.User;
import org.ruralwater.store.screening.ScreeningResult;
import org.ruralwater.store.screening.VerdictCount;
import org.ruralwater.webapp.page.Frame;
import org.ruralwater.webapp.page.Pages;
import org.ruralwater.webapp.register.CountySnapshots;
import org.ruralwater.webapp.register.Registers;
import org.ruralwater.webapp.signin.SignIn;

/**
 * The safe-water screening (排查评价) of the user's region: households and people by overall verdict for each
 * region below the one shown, down to the villages; in a village, each household with its four indicators (水量,
 * 水质, 用水方便程度, 供水保证率), the overall verdict and whether it passes the poverty-alleviation check, as
 * assurance's rule set graded them when the screening was stored. Beside them, the households under monitoring
 * (监测对象, three groups) on the day, the risk signals in their villages (a failed sample's, for every village
 * its works serves), and the risks assurance's triggers find in the signals, monitored households first.
 */
public final class ScreeningDesk {

    private final Store store;
    private final CountySnapshots snapshots;
    private final Pages pages;
    private final SignIn signIn;
    private final Clock clock;

    /** The newest signals and risks a page lists; the counts say how many there are in all. */
    static final int MAX_SIGNALS = 50;

    private static final List<SafetyVerdict> ATTENTION =
            List.of(SafetyVerdict.UNSAFE, SafetyVerdict.INCOMPLETE, SafetyVerdict.BASICALLY_SAFE, SafetyVerdict.SAFE);

    public ScreeningDesk(Store store, CountySnapshots snapshots, Pages pages, SignIn signIn, Clock clock) {
        this.clock = requireNonNull(clock, "clock");
        this.store = requireNonNull(store, "store");
        this.snapshots = requireNonNull(snapshots, "snapshots");
        this.pages = requireNonNull(pages, "pages");
        this.signIn = requireNonNull(signIn, "signIn");
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/screening", this::show);
    }

    /** A region's households (and people) by verdict, in the order of {@link SafetyVerdict}. */
    public record VerdictRow(String code, String name, String href, List<Long> households, List<Long> people) {

        public long total() {
            return households.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A household's screening as a row: the four grades, the verdict and the poverty check, in words. */
    public record HouseholdRow(
            String household,
            int people,
            String quantity,
            String quality,
            String convenience,
            String reliability,
            String verdict,
            String verdictCode,
            boolean passesPovertyCheck,
            String ruleSet) {}

    /** A monitored household: its group and since when, and whether it is monitored on the day shown. */
    public record MonitoredRow(String household, String village, String group, String since, String exited) {}

    /** A risk signal in a village where monitored households live, with how many of them live there. */
    public record SignalRow(
            String at, String village, String kind, String subject, String channel, String note, long monitored) {}

    /** A risk assurance's triggers find in the signals, monitored households first. */
    public record RiskRow(
            String trigger, String problem, String subject, String village, String since, boolean monitored) {}

    private void show(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        County county = snapshots.county(Registers.countyOf(user));
        Map<RegionCode, String> names = TicketDesk.names(county);
        RegionCode region = Asked.region(ctx, user, names);
        Scope scope = Scope.of(region);
        List<VerdictRow> rows = new ArrayList<>();
        List<HouseholdRow> households = new ArrayList<>();
        if (region.level() == RegionLevel.VILLAGE) {
            List<ScreeningResult> results = new ArrayList<>(store.screening().results(scope));
            // The households to act on first: unsafe, then incomplete, then basically safe, then safe.
            results.sort(java.util.Comparator.comparingInt(r -> ATTENTION.indexOf(r.verdict())));
            for (ScreeningResult r : results) {
                households.add(new HouseholdRow(
                        r.household(),
                        r.people(),
                        frame.label(r.quantity()),
                        frame.label(r.quality()),
                        frame.label(r.convenience()),
                        frame.label(r.reliability()),
                        frame.label(r.verdict()),
                        r.verdict().code(),
                        r.passesPovertyCheck(),
                        r.ruleSet()));
            }
        } else {
            RegionLevel below = RegionLevel.values()[region.level().ordinal() + 1];
            Map<RegionCode, long[][]> counts = new LinkedHashMap<>();
            for (VerdictCount c : store.screening().byVerdict(scope, below)) {
                long[][] n = counts.computeIfAbsent(c.region(), k -> new long[2][SafetyVerdict.values().length]);
                n[0][c.verdict().ordinal()] = c.households();
                n[1][c.verdict().ordinal()] = c.people();
            }
            counts.forEach((code, n) -> rows.add(new VerdictRow(
                    code.value(),
                    names.getOrDefault(code, code.value()),
                    "/screening?region=" + code.value(),
                    longs(n[0]),
                    longs(n[1]))));
        }
        LocalDate today = LocalDate.now(clock);
        List<MonitoredHousehold> monitored = store.screening().monitoring().monitored(scope).stream()
                .filter(m -> m.monitoredOn(today))
                .toList();
        Map<MonitoringGroup, Long> byGroup = new EnumMap<>(MonitoringGroup.class);
        for (MonitoringGroup g : MonitoringGroup.values()) {
            byGroup.put(g, 0L);
        }
        Map<RegionCode, Long> perVillage = new HashMap<>();
        List<MonitoredRow> monitoredRows = new ArrayList<>();
        for (MonitoredHousehold m : monitored) {
            byGroup.merge(m.group(), 1L, Long::sum);
            perVillage.merge(m.village(), 1L, Long::sum);
            monitoredRows.add(new MonitoredRow(
                    m.household().value(),
                    names.getOrDefault(m.village(), m.village().value()),
                    frame.label(m.group()),
                    m.since().toString(),
                    m.exited().map(Object::toString).orElse("")));
        }
        List<Signal> signals = store.screening().monitoring().signals(scope);
        List<SignalRow> signalRows = new ArrayList<>();
        for (Signal g : signals) {
            long here = perVillage.getOrDefault(g.village(), 0L);
            if (here > 0
                    || monitored.stream().anyMatch(m -> m.household().value().equals(g.subject()))) {
                signalRows.add(new SignalRow(
                        TicketView.time(g.at()),
                        names.getOrDefault(g.village(), g.village().value()),
                        frame.label(g.kind()),
                        g.subject(),
                        g.channel(),
                        g.note(),
                        here));
            }
        }
        java.util.Collections.reverse(signalRows);
        List<RiskRow> risks = new ArrayList<>();
        for (Risk r : RiskTriggers.mwr2023().detect(signals, monitored, today)) {
            risks.add(new RiskRow(
                    r.trigger(),
                    frame.label(r.problem()),
                    r.subject(),
                    names.getOrDefault(r.village(), r.village().value()),
                    TicketView.time(r.since()),
                    r.monitoredHousehold()));
        }
        Map<String, Object> model = new HashMap<>();
        List<String> groups = new ArrayList<>();
        byGroup.forEach((g, n) -> groups.add(frame.label(g) + " " + n));
        model.put("groups", groups);
        model.put("monitored", region.level().ordinal() >= RegionLevel.TOWNSHIP.ordinal() ? monitoredRows : List.of());
        model.put("monitoredCount", monitored.size());
        model.put("signals", signalRows.subList(0, Math.min(signalRows.size(), MAX_SIGNALS)));
        model.put("signalCount", signalRows.size());
        model.put("risks", risks.subList(0, Math.min(risks.size(), MAX_SIGNALS)));
        model.put("today", today.toString());
        model.put("region", names.getOrDefault(region, region.value()));
        model.put("path", Asked.path(county, user, region, names));
        model.put("verdicts", List.of(SafetyVerdict.values()));
        model.put("rows", rows);
        model.put("households", households);
        model.put("village", region.level() == RegionLevel.VILLAGE);
        pages.render(ctx, "safewater/screening.jte", frame, model);
    }

    private static List<Long> longs(long[] values) {
        List<Long> out = new ArrayList<>(values.length);
        for (long v : values) {
            out.add(v);
        }
        return out;
    }
}
