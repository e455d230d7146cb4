package org.ruralwater.webapp.people;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The platform's users by sign-in name. The store keeps them for the running platform; this in-memory
 * directory serves the tests and a platform started without a store.
 */
public final class Directory {

    private final Map<String, User> users;

    private Directory(Map<String, User> users) {
        this.users = new ConcurrentHashMap<>(users);
    }

    public static Directory of(List<User> users) {
        return new Directory(users.stream().collect(Collectors.toMap(User::name, Function.identity())));
    }

    public Optional<User> find(String name) {
        return Optional.ofNullable(users.get(name));
    }

    /** Replaces a user's record, as when a password hash is renewed at sign-in. */
    public void put(User user) {
        users.put(user.name(), user);
    }
}
