package org.ruralwater.store.county;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.household.Village;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.database.Database;
import org.ruralwater.store.database.RecordRows;
import org.ruralwater.store.wording.StoreWords;

/**
 * A county's master data in the store: imported from a county folder (what {@code County.read} takes) in one
 * transaction, read back, and exported as the same folder.
 *
 * <ul>
 *   <li>An import reads and checks every file first; any problem in any file stops it with every problem, and
 *       nothing is written. Then a new record is an insert, a changed one an update, each in the audit log
 *       with its line before and after; an unchanged record is left alone, so the same folder again changes
 *       nothing. A record the folder no longer has is kept: an import never deletes.
 *   <li>An import within a scope refuses, with every such record as a problem, new or changed records that
 *       lie outside the scope and changes to records whose stored row does; a record outside the scope that
 *       the folder holds as the store does is left alone, so a township's folder may list its county.
 * </ul>
 */
public final class CountyRecords {

    /** What an import did: records inserted, updated and left unchanged, over every file. */
    public record Imported(int inserted, int updated, int unchanged) {}

    private final Database database;

    private CountyRecords(Database database) {
        this.database = database;
    }

    /** For the store itself. */
    public static CountyRecords on(Database database) {
        return new CountyRecords(requireNonNull(database, "database"));
    }

    /**
     * Imports a county folder, all or nothing.
     *
     * @throws InvalidInputException listing every problem of every file, or every record outside the scope;
     *     nothing is written then
     */
    public Imported importFolder(Scope scope, Actor actor, Path folder) {
        requireNonNull(scope, "scope");
        requireNonNull(actor, "actor");
        County county = County.read(requireNonNull(folder, "folder"));
        return write(scope, actor, county, scope.region().isPresent() ? folder : null);
    }

    /**
     * Imports a county already in memory (checked as {@code County.of} checks it), all or nothing.
     *
     * @throws InvalidInputException listing every record outside the scope; nothing is written then
     */
    public Imported importCounty(Scope scope, Actor actor, County county) {
        requireNonNull(scope, "scope");
        requireNonNull(actor, "actor");
        return write(scope, actor, requireNonNull(county, "county"), null);
    }

    private Imported write(Scope scope, Actor actor, County county, @Nullable Path folder) {
        return database.inTransaction(h -> write(h, scope, actor, county, folder));
    }

    private Imported write(Handle h, Scope scope, Actor actor, County county, @Nullable Path folder) {
        Map<String, Map<String, @Nullable String>> regions = CountyFiles.regions(county);
        List<Problem> problems = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        Instant at = Instant.now();
        int[] counts = new int[3];
        for (CountyFiles.File<?> file : CountyFiles.ALL) {
            stage(h, scope, actor, at, county, file, regions.get(file.kind()), folder, problems, writes, counts);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        writes.forEach(Runnable::run);
        return new Imported(counts[0], counts[1], counts[2]);
    }

    /** Checks one file's records against the scope, and stages its writes for when every file is checked. */
    private static <T extends Record> void stage(
            Handle h,
            Scope scope,
            Actor actor,
            Instant at,
            County county,
            CountyFiles.File<T> file,
            Map<String, @Nullable String> regionOf,
            @Nullable Path folder,
            List<Problem> problems,
            List<Runnable> writes,
            int[] counts) {
        List<T> records = file.records().apply(county);
        Map<String, RecordRows.Stored> existing = file.rows().all(h);
        List<RecordRows.Incoming<T>> incoming = new ArrayList<>(records.size());
        List<Integer> outside = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            T r = records.get(i);
            String key = file.key().apply(r);
            String region = regionOf.get(key);
            RecordRows.Stored old = existing.get(key);
            RecordRows.Incoming<T> in = new RecordRows.Incoming<>(key, region, i + 2, r);
            // An unchanged record is not touched, so a record outside the scope that the folder repeats as
            // stored (the county above a township's villages) is no problem.
            if (scope.region().isPresent()
                    && (!scope.includes(code(region)) || (old != null && !scope.includes(code(old.region()))))
                    && !file.rows().unchanged(in, old)) {
                outside.add(i);
            }
            incoming.add(in);
        }
        if (!outside.isEmpty()) {
            List<Located<T>> located = located(file, records, folder);
            for (int i : outside) {
                RecordRows.Incoming<T> in = incoming.get(i);
                RecordRows.Stored old = existing.get(in.key());
                Phrase found = !scope.includes(code(in.region()))
                        ? (in.region() == null
                                ? Phrase.of(StoreWords.NO_REGION)
                                : Phrase.of(StoreWords.OUTSIDE_SCOPE, in.region()))
                        : Phrase.of(StoreWords.STORED_OUTSIDE_SCOPE, in.key(), String.valueOf(old.region()));
                Located<T> at0 = located.get(i);
                problems.add(new Problem(
                        at0.source(),
                        at0.line(),
                        column(file),
                        file.regionField(),
                        Phrase.of(StoreWords.WITHIN_SCOPE, scope),
                        found));
            }
            return;
        }
        writes.add(() -> {
            RecordRows.Counts c = file.rows().upsert(h, actor, at, incoming, existing);
            counts[0] += c.inserted();
            counts[1] += c.updated();
            counts[2] += c.unchanged();
        });
    }

    /** The records with their lines in the folder's file when there is one, else as a file would hold them. */
    private static <T extends Record> List<Located<T>> located(
            CountyFiles.File<T> file, List<T> records, @Nullable Path folder) {
        if (folder != null) {
            List<Located<T>> read = CsvReader.forRecord(file.type())
                    .readLocated(folder.resolve(file.file().fileName()));
            if (read.size() == records.size()) {
                return read;
            }
        }
        List<Located<T>> out = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            out.add(new Located<>(file.file().fileName(), i + 2, records.get(i)));
        }
        return out;
    }

    private static <T extends Record> int column(CountyFiles.File<T> file) {
        int i = CsvReader.forRecord(file.type()).columns().indexOf(file.regionField());
        return i < 0 ? 1 : i + 1;
    }

    private static @Nullable RegionCode code(@Nullable String region) {
        return region == null ? null : RegionCode.parse(region);
    }

    /**
     * The county records within the scope, as a county, checked as a county folder is.
     *
     * @throws InvalidInputException when the records in scope do not form a whole county (a household of the
     *     scope served by a works outside it)
     */
    public County read(Scope scope) {
        requireNonNull(scope, "scope");
        return database.withHandle(h -> County.of(
                values(h, scope, CountyFiles.REGIONS),
                values(h, scope, CountyFiles.VILLAGES),
                values(h, scope, CountyFiles.WORKS),
                values(h, scope, CountyFiles.HOUSEHOLDS),
                values(h, scope, CountyFiles.METERS),
                values(h, scope, CountyFiles.ASSETS),
                values(h, scope, CountyFiles.WATER_MANAGERS),
                values(h, scope, CountyFiles.CREWS)));
    }

    /** The households within the scope, in file order. */
    public List<Household> households(Scope scope) {
        requireNonNull(scope, "scope");
        return database.withHandle(h -> values(h, scope, CountyFiles.HOUSEHOLDS));
    }

    /** A page of records found, and how many were found in all. */
    public record Found<T>(List<T> records, int total) {
        public Found {
            records = List.copyOf(records);
        }
    }

    /**
     * A page of the households within the scope, in file order, whose line of the households file holds the
     * search, or that lie in one of {@code villages} (those whose name the caller found it in), ignoring case;
     * an empty search finds every household. Searched and paged by the database, so a page costs the page,
     * not the county.
     */
    public Found<Household> households(Scope scope, String search, List<RegionCode> villages, int offset, int limit) {
        requireNonNull(scope, "scope");
        requireNonNull(search, "search");
        requireNonNull(villages, "villages");
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException(
                    "a page is from offset 0 and at least one row: " + offset + ", " + limit);
        }
        StringBuilder where = new StringBuilder(" FROM record_row WHERE kind = :kind");
        where.append(org.ruralwater.store.database.ScopeFilter.and(scope, "region_code"));
        if (!search.isEmpty()) {
            where.append(" AND (LOWER(line) LIKE :search ESCAPE '!'");
            if (!villages.isEmpty()) {
                where.append(" OR region_code IN (<villages>)");
            }
            where.append(')');
        }
        String pattern = "%"
                + search.toLowerCase(java.util.Locale.ROOT)
                        .replace("!", "!!")
                        .replace("%", "!%")
                        .replace("_", "!_")
                + "%";
        List<String> codes = villages.stream().map(RegionCode::value).toList();
        RecordRows<Household> rows = CountyFiles.HOUSEHOLDS.rows();
        return database.withHandle(h -> {
            var count = h.createQuery("SELECT COUNT(*)" + where).bind("kind", rows.kind());
            var page = h.createQuery("SELECT record_key, region_code, position, line" + where
                            + " ORDER BY position, record_key LIMIT :limit OFFSET :offset")
                    .bind("kind", rows.kind())
                    .bind("limit", limit)
                    .bind("offset", offset);
            org.ruralwater.store.database.ScopeFilter.bind(count, scope);
            org.ruralwater.store.database.ScopeFilter.bind(page, scope);
            if (!search.isEmpty()) {
                count.bind("search", pattern);
                page.bind("search", pattern);
                if (!codes.isEmpty()) {
                    count.bindList("villages", codes);
                    page.bindList("villages", codes);
                }
            }
            int total = count.mapTo(Integer.class).one();
            List<RecordRows.Stored> stored = page.map((rs, ctx) ->
                            new RecordRows.Stored(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)))
                    .list();
            List<Household> out = new ArrayList<>(stored.size());
            rows.read(CountyFiles.HOUSEHOLDS.file().fileName(), stored).forEach(r -> out.add(r.value()));
            return new Found<>(out, total);
        });
    }

    /** The household of the id, if it lies within the scope. */
    public java.util.Optional<Household> household(Scope scope, String id) {
        requireNonNull(scope, "scope");
        requireNonNull(id, "id");
        RecordRows<Household> rows = CountyFiles.HOUSEHOLDS.rows();
        return database.withHandle(h -> {
            var q = h.createQuery("SELECT record_key, region_code, position, line FROM record_row"
                            + " WHERE kind = :kind AND record_key = :key"
                            + org.ruralwater.store.database.ScopeFilter.and(scope, "region_code"))
                    .bind("kind", rows.kind())
                    .bind("key", id);
            org.ruralwater.store.database.ScopeFilter.bind(q, scope);
            List<RecordRows.Stored> stored = q.map((rs, ctx) ->
                            new RecordRows.Stored(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)))
                    .list();
            return rows.read(CountyFiles.HOUSEHOLDS.file().fileName(), stored).stream()
                    .map(Located::value)
                    .findFirst();
        });
    }

    /** The supply works within the scope, in file order. */
    public List<SupplyWorks> works(Scope scope) {
        requireNonNull(scope, "scope");
        return database.withHandle(h -> values(h, scope, CountyFiles.WORKS));
    }

    /** The villages within the scope, in file order. */
    public List<Village> villages(Scope scope) {
        requireNonNull(scope, "scope");
        return database.withHandle(h -> values(h, scope, CountyFiles.VILLAGES));
    }

    private static <T extends Record> List<T> values(Handle h, Scope scope, CountyFiles.File<T> file) {
        List<Located<T>> rows =
                file.rows().read(file.file().fileName(), file.rows().within(h, scope));
        List<T> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add(r.value()));
        return out;
    }

    /**
     * Writes the county records within the scope as a county folder, each file as it was imported (records in
     * their files' order), that {@code County.read} and {@link #importFolder} read back to the same records.
     * Each file is written whole and moved into place.
     */
    public void export(Scope scope, Path folder) {
        requireNonNull(scope, "scope");
        requireNonNull(folder, "folder");
        Map<County.DataFile, String> files = new HashMap<>();
        database.withHandle(h -> {
            for (CountyFiles.File<?> file : CountyFiles.ALL) {
                files.put(file.file(), file.rows().file(file.rows().within(h, scope)));
            }
            return null;
        });
        try {
            Files.createDirectories(folder);
            for (var e : files.entrySet()) {
                Path target = folder.resolve(e.getKey().fileName());
                Path tmp = folder.resolve(e.getKey().fileName() + ".part");
                Files.writeString(tmp, e.getValue(), StandardCharsets.UTF_8);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the county folder " + folder, e);
        }
    }
}
