package org.ruralwater.webapp.people;

import static java.util.Objects.requireNonNull;

import org.ruralwater.core.region.RegionCode;

/**
 * A person who signs in: a sign-in name, the name shown, a role and the region subtree in scope, and the
 * Argon2id hash of the password (the password itself is never kept).
 */
public record User(String name, String displayName, Role role, RegionCode scope, String passwordHash) {

    public User {
        requireNonNull(name, "name");
        requireNonNull(displayName, "displayName");
        requireNonNull(role, "role");
        requireNonNull(scope, "scope");
        requireNonNull(passwordHash, "passwordHash");
        if (!name.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException(
                    "a sign-in name has 1 to 64 lower-case letters, digits, '.', '_' or '-'");
        }
    }

    /** Whether a row of {@code region} is inside this user's scope. */
    public boolean reaches(RegionCode region) {
        return region.equals(scope) || region.isWithin(scope);
    }

    /** The same user with a new password hash. */
    public User withPasswordHash(String hash) {
        return new User(name, displayName, role, scope, hash);
    }

    @Override
    public String toString() {
        // Never the hash, in a log or an error.
        return name + " (" + role.code() + ", " + scope + ")";
    }
}
