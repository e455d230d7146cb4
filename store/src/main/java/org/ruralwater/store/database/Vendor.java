package org.ruralwater.store.database;

/** The databases the store runs on: each has the common migrations and its own. */
public enum Vendor {
    /** H2, embedded in a file: readings and ledger documents in plain tables. */
    H2("h2"),
    /** PostgreSQL 15 or later: readings and ledger documents partitioned by month. */
    POSTGRESQL("postgresql");

    private final String folder;

    Vendor(String folder) {
        this.folder = folder;
    }

    /** The folder of the vendor's own migrations, beside {@code db/migration/common}. */
    public String migrations() {
        return "classpath:db/migration/" + folder;
    }

    /** The vendor of a JDBC URL. */
    public static Vendor of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("the store runs on H2 (jdbc:h2:...) or PostgreSQL (jdbc:postgresql:...),"
                + " not on " + jdbcUrl.replaceAll("password=[^&;]*", "password=***"));
    }
}
