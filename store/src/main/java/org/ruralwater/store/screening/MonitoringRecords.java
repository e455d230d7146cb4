package org.ruralwater.store.screening;

import static java.util.Objects.requireNonNull;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.ruralwater.assurance.monitoring.MonitoredHousehold;
import org.ruralwater.assurance.monitoring.Signal;
import org.ruralwater.assurance.monitoring.SignalKind;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.database.AuditWriter;
import org.ruralwater.store.database.Database;
import org.ruralwater.store.database.KeyedTable;
import org.ruralwater.store.database.KeyedTable.Column;
import org.ruralwater.store.database.RecordRows;
import org.ruralwater.store.database.ScopeFilter;
import org.ruralwater.store.database.Staged;

/**
 * The monitored households (监测对象) and the risk signals of the safe-water ledger, within the caller's scope.
 * Households are imported as their file's rows (added, changed, or left alone); signals are only ever added,
 * each once: the same records imported again add none.
 */
public final class MonitoringRecords {

    /** The file name of the monitored households, as the demo year's assurance folder holds it. */
    public static final String MONITORED_FILE = "monitored.csv";

    /** The name of the signals an import stages, as its counts name them. */
    public static final String SIGNALS = "risk signals";

    private static final String SIGNAL_KIND = "risk_signals";

    private static final KeyedTable<MonitoredHousehold> TABLE = KeyedTable.of(
            "monitored_household",
            "monitored_households",
            MonitoredHousehold.class,
            List.of("household"),
            m -> m.household().value(),
            List.of(
                    Column.text("household", m -> m.household().value()),
                    Column.text("village", m -> m.village().value()),
                    Column.text("monitoring_group", m -> m.group().code()),
                    Column.text("since", m -> m.since().toString()),
                    Column.text("exited", m -> m.exited().map(Object::toString).orElse(null))));

    private final Database database;

    private MonitoringRecords(Database database) {
        this.database = database;
    }

    /** For the store itself. */
    public static MonitoringRecords on(Database database) {
        return new MonitoringRecords(requireNonNull(database, "database"));
    }

    /** Stages a monitored-households file's import, each row at its line. Internal to the store. */
    public static Staged stageMonitored(
            Handle h, Scope scope, Actor actor, Instant at, List<Located<MonitoredHousehold>> rows) {
        return TABLE.stage(
                h, scope, actor, at, MONITORED_FILE, rows, m -> m.village().value(), "village", "household");
    }

    /**
     * Stages the signals the store lacks, in their order; a signal outside the scope is left out (it belongs to
     * another region's records). Internal to the store.
     */
    public static Staged stageSignals(Handle h, Scope scope, Actor actor, Instant at, List<Signal> signals) {
        Set<String> stored = new HashSet<>(
                h.createQuery("SELECT id FROM risk_signal").mapTo(String.class).list());
        List<Signal> added = new ArrayList<>();
        int kept = 0;
        for (Signal s : signals) {
            if (!scope.includes(s.village())) {
                continue;
            }
            if (stored.add(id(s))) {
                added.add(s);
            } else {
                kept++;
            }
        }
        int unchanged = kept;
        return new Staged(SIGNALS, List.of(), () -> {
            if (!added.isEmpty()) {
                int next = h.createQuery("SELECT COALESCE(MAX(position), 0) FROM risk_signal")
                                .mapTo(Integer.class)
                                .one()
                        + 1;
                PreparedBatch insert = h.prepareBatch("INSERT INTO risk_signal (id, subject, village, region_code,"
                        + " kind, at_time, channel, note, position) VALUES (:id, :subject, :village, :village,"
                        + " :kind, :at, :channel, :note, :position)");
                List<AuditWriter.Entry> audit = new ArrayList<>();
                for (Signal s : added) {
                    insert.bind("id", id(s))
                            .bind("subject", s.subject())
                            .bind("village", s.village().value())
                            .bind("kind", s.kind().code())
                            .bind("at", Timestamp.valueOf(s.at()))
                            .bind("channel", s.channel())
                            .bind("note", s.note())
                            .bind("position", next++)
                            .add();
                    audit.add(new AuditWriter.Entry(
                            "insert", SIGNAL_KIND, id(s), s.village().value(), null, s.channel() + ": " + s.note()));
                }
                insert.execute();
                AuditWriter.write(h, actor, at, audit);
            }
            return new RecordRows.Counts(added.size(), 0, unchanged);
        });
    }

    /** A signal's key: what it is about, where and when (its note need not be unique, nor short). */
    static String id(Signal s) {
        return s.kind().code() + "|" + s.subject() + "|" + s.village().value() + "|" + s.at();
    }

    /** The monitored households within the scope, in file order. */
    public List<MonitoredHousehold> monitored(Scope scope) {
        requireNonNull(scope, "scope");
        return database.withHandle(h -> TABLE.within(h, scope, "", Map.of()));
    }

    /** The risk signals within the scope, oldest first. */
    public List<Signal> signals(Scope scope) {
        requireNonNull(scope, "scope");
        return database.withHandle(h -> {
            Query q = h.createQuery("SELECT subject, village, kind, at_time, channel, note FROM risk_signal WHERE 1 = 1"
                    + ScopeFilter.and(scope, "region_code") + " ORDER BY at_time, position");
            return ScopeFilter.bind(q, scope)
                    .map((rs, ctx) -> new Signal(
                            rs.getString(1),
                            RegionCode.parse(rs.getString(2)),
                            Coded.parse(SignalKind.class, rs.getString(3)).orElseThrow(),
                            rs.getTimestamp(4).toLocalDateTime(),
                            Optional.empty(),
                            rs.getString(5),
                            rs.getString(6)))
                    .list();
        });
    }
}
