package org.ruralwater.store.people;

import static java.util.Objects.requireNonNull;

import org.ruralwater.core.region.RegionCode;
import org.ruralwater.store.access.Scope;

/**
 * A person who signs in to the platform: a sign-in name, the name shown, a role, the region whose subtree
 * is their scope, and the Argon2id hash of the password (the password itself is never kept).
 */
public record User(String name, String displayName, Role role, RegionCode region, String passwordHash) {

    public User {
        requireNonNull(name, "name");
        requireNonNull(displayName, "displayName");
        requireNonNull(role, "role");
        requireNonNull(region, "region");
        requireNonNull(passwordHash, "passwordHash");
        if (!name.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException(
                    "a sign-in name has 1 to 64 lower-case letters, digits, '.', '_' or '-'");
        }
    }

    /** What the user may read and change: their region and everything in it. */
    public Scope scope() {
        return Scope.of(region);
    }

    /** The same user with a new password hash. */
    public User withPasswordHash(String hash) {
        return new User(name, displayName, role, region, hash);
    }

    @Override
    public String toString() {
        // Never the hash, in a log or an error.
        return name + " (" + role.code() + ", " + region + ")";
    }
}
