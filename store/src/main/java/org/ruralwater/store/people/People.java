package org.ruralwater.store.people;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.database.AuditWriter;
import org.ruralwater.store.database.Database;
import org.ruralwater.store.database.ScopeFilter;

/**
 * The platform's users in the store. Adding a user or setting a password is audited like any change, but
 * the audit log never holds a hash: it says that a password was set, by whom and when.
 */
public final class People {

    private static final String KIND = "user";

    private final Database database;
    private final Clock clock;

    private People(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** For the store itself. */
    public static People on(Database database) {
        return new People(requireNonNull(database, "database"), Clock.systemUTC());
    }

    /**
     * The user of a sign-in name, whatever the caller's scope: signing in comes before any scope. Nothing
     * else reads a user outside a scope.
     */
    public Optional<User> signingIn(String name) {
        requireNonNull(name, "name");
        return database.withHandle(h -> signingIn(h, name));
    }

    /** The users whose region lies within the scope, by name. */
    public List<User> within(Scope scope) {
        requireNonNull(scope, "scope");
        return database.withHandle(h -> ScopeFilter.bind(
                        h.createQuery("SELECT name, display_name, role, region_code, password_hash FROM app_user"
                                + " WHERE 1 = 1" + ScopeFilter.and(scope, "region_code") + " ORDER BY name"),
                        scope)
                .map((rs, ctx) ->
                        user(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list());
    }

    /**
     * Adds a user inside the caller's scope.
     *
     * @throws IllegalArgumentException when the user's region lies outside the scope, or the name is taken
     */
    public void add(Scope scope, Actor actor, User user) {
        requireNonNull(user, "user");
        if (!scope.includes(user.region())) {
            throw new IllegalArgumentException(
                    "user " + user.name() + "'s region " + user.region() + " lies outside the scope " + scope);
        }
        database.inTransaction(h -> {
            if (exists(h, user.name())) {
                throw new IllegalArgumentException("a user named " + user.name() + " exists");
            }
            h.createUpdate("INSERT INTO app_user (name, display_name, role, region_code, password_hash)"
                            + " VALUES (:name, :display, :role, :region, :hash)")
                    .bind("name", user.name())
                    .bind("display", user.displayName())
                    .bind("role", user.role().code())
                    .bind("region", user.region().value())
                    .bind("hash", user.passwordHash())
                    .execute();
            AuditWriter.write(
                    h,
                    actor,
                    clock.instant(),
                    List.of(new AuditWriter.Entry(
                            "insert", KIND, user.name(), user.region().value(), null, line(user))));
            return null;
        });
    }

    /**
     * Sets a user's password hash, when the user lies inside the caller's scope.
     *
     * @return whether a user of that name was found in the scope
     */
    public boolean setPasswordHash(Scope scope, Actor actor, String name, String hash) {
        requireNonNull(hash, "hash");
        return database.inTransaction(h -> {
            Optional<User> user = signingIn(h, name).filter(u -> scope.includes(u.region()));
            if (user.isEmpty()) {
                return false;
            }
            h.createUpdate("UPDATE app_user SET password_hash = :hash WHERE name = :name")
                    .bind("hash", hash)
                    .bind("name", name)
                    .execute();
            AuditWriter.write(
                    h,
                    actor,
                    clock.instant(),
                    List.of(new AuditWriter.Entry(
                            "update", KIND, name, user.get().region().value(), line(user.get()), "password set")));
            return true;
        });
    }

    private static boolean exists(Handle h, String name) {
        return h.createQuery("SELECT COUNT(*) FROM app_user WHERE name = :n")
                        .bind("n", name)
                        .mapTo(Long.class)
                        .one()
                > 0;
    }

    private static Optional<User> signingIn(Handle h, String name) {
        return h.createQuery(
                        "SELECT name, display_name, role, region_code, password_hash FROM app_user WHERE name = :n")
                .bind("n", name)
                .map((rs, ctx) ->
                        user(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .findOne();
    }

    private static User user(String name, String display, String role, String region, String hash) {
        return new User(name, display, Coded.parse(Role.class, role).orElseThrow(), RegionCode.parse(region), hash);
    }

    /** A user as the audit log shows them: never the hash. */
    private static String line(User u) {
        return u.name() + "," + u.displayName() + "," + u.role().code() + ","
                + u.region().value();
    }
}
