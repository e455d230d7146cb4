package org.ruralwater.store.history;

import static java.util.Objects.requireNonNull;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.ruralwater.store.database.Database;

/**
 * Whether the store owes the demo platform its demo year: planned at the demo's first start (with the seed,
 * year and size of the demo county), finished once every part of the year is in. A store never seeded by the
 * demo has no plan.
 */
public final class DemoYearLoad {

    /** The demo year planned: the county's seed and size, and the year. */
    public record Plan(long seed, int year, int households, Instant plannedAt) {
        public Plan {
            requireNonNull(plannedAt, "plannedAt");
        }
    }

    private final Database database;

    DemoYearLoad(Database database) {
        this.database = database;
    }

    /** Plans the demo year, unless one is planned already (then the store keeps that one). */
    public Plan plan(long seed, int year, int households) {
        return database.inTransaction(h -> {
            Optional<Plan> planned = planned(h);
            if (planned.isPresent()) {
                return planned.get();
            }
            Plan p = new Plan(seed, year, households, Instant.now());
            h.createUpdate("INSERT INTO demo_year_load (id, seed, demo_year, households, planned_at)"
                            + " VALUES (1, :seed, :year, :households, :at)")
                    .bind("seed", seed)
                    .bind("year", year)
                    .bind("households", households)
                    .bind("at", Timestamp.from(p.plannedAt()))
                    .execute();
            return p;
        });
    }

    /** The plan when the demo year is planned and not finished: what a start still has to load. */
    public Optional<Plan> pending() {
        return database.withHandle(h -> h.createQuery(
                        "SELECT seed, demo_year, households, planned_at FROM demo_year_load"
                                + " WHERE id = 1 AND finished_at IS NULL")
                .map((rs, ctx) -> new Plan(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getTimestamp(4).toInstant()))
                .findOne());
    }

    /** Marks the demo year finished: no later start loads it again. */
    public void finish() {
        database.withHandle(h -> h.createUpdate("UPDATE demo_year_load SET finished_at = :at WHERE id = 1")
                .bind("at", Timestamp.from(Instant.now()))
                .execute());
    }

    private static Optional<Plan> planned(org.jdbi.v3.core.Handle h) {
        return h.createQuery("SELECT seed, demo_year, households, planned_at FROM demo_year_load WHERE id = 1")
                .map((rs, ctx) -> new Plan(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getTimestamp(4).toInstant()))
                .findOne();
    }
}
