package org.ruralwater.webapp.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins counted per account name and per client address, so that a burst of guesses at one
 * account, or from one machine at many accounts, is refused for a while (OWASP's authentication cheat
 * sheet: throttle, but never lock an account for good, which would let anyone lock out an officer).
 *
 * <p>Five failures at one account within fifteen minutes close it for fifteen minutes from the last of
 * them. An address gets twenty: a township station's staff share one address behind its router, and five
 * mistyped passwords among them must not shut the whole office out. A successful sign-in clears the
 * account's count, not the address's: a guesser who knows one password gains no more guesses at the
 * others. Sign-ins are rare, so one lock is enough.
 */
final class Throttle {

    static final int FAILURES = 5;
    static final int ADDRESS_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Above this many remembered names and addresses, the stale ones are dropped (guessers cycle names). */
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    Throttle(Clock clock) {
        this.clock = clock;
    }

    /** When the account or the address may try again, or empty when both may now. */
    synchronized Optional<Instant> closedUntil(String account, String address) {
        Instant now = clock.instant();
        Optional<Instant> a = until(key("account", account), FAILURES, now);
        Optional<Instant> b = until(key("address", address), ADDRESS_FAILURES, now);
        if (a.isPresent() && b.isPresent()) {
            return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
        }
        return a.isPresent() ? a : b;
    }

    synchronized void failed(String account, String address) {
        Instant now = clock.instant();
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(t -> !t.peekLast().plus(WINDOW).isAfter(now));
        }
        remember(key("account", account), FAILURES, now);
        remember(key("address", address), ADDRESS_FAILURES, now);
    }

    synchronized void succeeded(String account) {
        failures.remove(key("account", account));
    }

    private void remember(String key, int limit, Instant now) {
        Deque<Instant> t = failures.computeIfAbsent(key, x -> new ArrayDeque<>());
        t.addLast(now);
        while (t.size() > limit) {
            t.removeFirst();
        }
    }

    private Optional<Instant> until(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null || times.size() < limit) {
            return Optional.empty();
        }
        Instant reopens = times.peekLast().plus(WINDOW);
        boolean burst = Duration.between(times.peekFirst(), times.peekLast()).compareTo(WINDOW) <= 0;
        return burst && now.isBefore(reopens) ? Optional.of(reopens) : Optional.empty();
    }

    private static String key(String kind, String value) {
        return kind + ":" + value.strip().toLowerCase(Locale.ROOT);
    }
}
