package org.ruralwater.store.database;

import java.sql.SQLException;

/** The database refused a bulk write (its cause says why, a taken key among others); none of it was written. */
public final class BulkWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BulkWriteException(String table, SQLException cause) {
        super("the rows for " + table + " were refused: " + cause.getMessage(), cause);
    }

    /** Whether a key was already taken: SQLSTATE 23505, on PostgreSQL and H2 alike, wherever the batch put it. */
    public boolean isDuplicateKey() {
        return isDuplicateKey(this);
    }

    /** Whether the failure, or any cause of it, is SQLSTATE 23505 (unique violation). */
    public static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                for (SQLException n = s; n != null; n = n.getNextException()) {
                    if ("23505".equals(n.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
