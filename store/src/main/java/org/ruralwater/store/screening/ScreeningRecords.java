package org.ruralwater.store.screening;

import static java.util.Objects.requireNonNull;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.ruralwater.assurance.safewater.Assessment;
import org.ruralwater.assurance.safewater.Grade;
import org.ruralwater.assurance.safewater.Observation;
import org.ruralwater.assurance.safewater.SafeWaterRules;
import org.ruralwater.assurance.safewater.SafetyVerdict;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.database.Database;
import org.ruralwater.store.database.KeyedTable;
import org.ruralwater.store.database.KeyedTable.Column;
import org.ruralwater.store.database.ScopeFilter;
import org.ruralwater.store.database.Staged;

/**
 * Screening results in the store, within the caller's scope: a household's observation lies in its village.
 * The grades and verdict are assurance's ({@link SafeWaterRules#evaluate}), computed when the observation is
 * stored; a changed observation is an audited update that grades it again.
 */
public final class ScreeningRecords {

    /** The file name of an import's problems, as the demo year's assurance folder holds it. */
    public static final String OBSERVATIONS_FILE = "observations.csv";

    /** The rule set the screening uses unless told otherwise, as {@code assurance screen} does. */
    public static final String DEFAULT_RULE_SET = "T/CHES 18-2018";

    /** The audit log's kind of a household's screening result. */
    static final String AUDIT_KIND = "screening";

    private final Database database;

    private ScreeningRecords(Database database) {
        this.database = database;
    }

    /** For the store itself. */
    public static ScreeningRecords on(Database database) {
        return new ScreeningRecords(requireNonNull(database, "database"));
    }

    /** Stages an observation file's import, graded by the rule set. Internal to the store. */
    public static Staged stage(
            Handle h,
            Scope scope,
            Actor actor,
            Instant at,
            List<Located<Observation>> rows,
            SafeWaterRules rules,
            String ruleSet) {
        Map<Observation, Assessment> graded = new IdentityHashMap<>(rows.size() * 2);
        for (Located<Observation> o : rows) {
            graded.put(o.value(), rules.evaluate(ruleSet, o.value()));
        }
        KeyedTable<Observation> table = KeyedTable.of(
                "screening_result",
                AUDIT_KIND,
                Observation.class,
                List.of("household"),
                Observation::id,
                List.of(
                        Column.text("household", Observation::id),
                        Column.text("village", o -> o.village().value()),
                        Column.integer("people", Observation::people),
                        Column.text("quantity", o -> graded.get(o).quantity().code()),
                        Column.text("quality", o -> graded.get(o).quality().code()),
                        Column.text(
                                "convenience", o -> graded.get(o).convenience().code()),
                        Column.text(
                                "reliability", o -> graded.get(o).reliability().code()),
                        Column.text("verdict", o -> graded.get(o).verdict().code()),
                        Column.bool("poverty_check", o -> graded.get(o).passesPovertyCheck()),
                        Column.text("rule_set", o -> graded.get(o).ruleSet())));
        return table.stage(
                h, scope, actor, at, OBSERVATIONS_FILE, rows, o -> o.village().value(), "village", "id");
    }

    /** The monitored households and the risk signals beside the screening. */
    public MonitoringRecords monitoring() {
        return MonitoringRecords.on(database);
    }

    /** The screening results within the scope, by village and household (file order). */
    public List<ScreeningResult> results(Scope scope) {
        requireNonNull(scope, "scope");
        return database.withHandle(h -> {
            Query q = h.createQuery("SELECT household, village, people, quantity, quality, convenience, reliability,"
                    + " verdict, poverty_check, rule_set FROM screening_result WHERE 1 = 1"
                    + ScopeFilter.and(scope, "region_code") + " ORDER BY position");
            return ScopeFilter.bind(q, scope)
                    .map((rs, ctx) -> new ScreeningResult(
                            rs.getString(1),
                            RegionCode.parse(rs.getString(2)),
                            rs.getInt(3),
                            grade(rs.getString(4)),
                            grade(rs.getString(5)),
                            grade(rs.getString(6)),
                            grade(rs.getString(7)),
                            Coded.parse(SafetyVerdict.class, rs.getString(8)).orElseThrow(),
                            rs.getBoolean(9),
                            rs.getString(10)))
                    .list();
        });
    }

    /**
     * The households within the scope whose screening was first stored, or stored with a changed result, in
     * the month (the platform's local time), as the audit log has them.
     */
    public ScreeningChanges changes(Scope scope, YearMonth month) {
        requireNonNull(scope, "scope");
        requireNonNull(month, "month");
        ZoneId zone = ZoneId.systemDefault();
        Timestamp from = Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant());
        Timestamp to =
                Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        return database.withHandle(h -> {
            Query q = h.createQuery("SELECT action, COUNT(*) FROM audit_entry WHERE kind = :kind"
                            + " AND at_time >= :from AND at_time < :to" + ScopeFilter.and(scope, "region_code")
                            + " GROUP BY action")
                    .bind("kind", AUDIT_KIND)
                    .bind("from", from)
                    .bind("to", to);
            long[] n = new long[2];
            ScopeFilter.bind(q, scope)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                    .forEach(e -> n[e.getKey().equals("insert") ? 0 : 1] += e.getValue());
            return new ScreeningChanges(month, n[0], n[1]);
        });
    }

    /** Households and people by verdict, per region of the level within the scope, by region then verdict. */
    public List<VerdictCount> byVerdict(Scope scope, RegionLevel level) {
        requireNonNull(level, "level");
        Map<RegionCode, long[][]> counts = new TreeMap<>();
        for (ScreeningResult r : results(scope)) {
            r.village().at(level).ifPresent(region -> {
                long[] c = counts.computeIfAbsent(region, k -> new long[SafetyVerdict.values().length][2])[
                        r.verdict().ordinal()];
                c[0]++;
                c[1] += r.people();
            });
        }
        List<VerdictCount> out = new ArrayList<>();
        counts.forEach((region, c) -> {
            for (SafetyVerdict v : SafetyVerdict.values()) {
                out.add(new VerdictCount(region, v, c[v.ordinal()][0], c[v.ordinal()][1]));
            }
        });
        return out;
    }

    private static Grade grade(String code) {
        return Coded.parse(Grade.class, code).orElseThrow();
    }
}
