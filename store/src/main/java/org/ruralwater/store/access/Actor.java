package org.ruralwater.store.access;

import static java.util.Objects.requireNonNull;

/**
 * Who changes the store, as the audit log names them: a signed-in user, or {@code cli:} and the operating
 * system's user name for the command line.
 */
public record Actor(String name) {

    public Actor {
        requireNonNull(name, "name");
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("an actor is named by 1 to 200 characters, not \"" + name + "\"");
        }
    }

    /** A user of an app, by their user name. */
    public static Actor user(String name) {
        return new Actor(name);
    }

    /** The command line, acting for the operating system's user who runs it. */
    public static Actor cli() {
        return new Actor("cli:" + System.getProperty("user.name", "unknown"));
    }

    @Override
    public String toString() {
        return name;
    }
}
