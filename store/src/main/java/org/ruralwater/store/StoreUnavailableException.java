package org.ruralwater.store;

/** The store's database cannot be reached, or its schema cannot be brought up to date. */
public final class StoreUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StoreUnavailableException(Location location, Exception cause) {
        super("the store at " + location + " cannot be opened: " + reason(cause), cause);
    }

    /** The innermost message: the driver's own words (a refused connection, a wrong password). */
    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
