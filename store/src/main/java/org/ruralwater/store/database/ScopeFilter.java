package org.ruralwater.store.database;

import org.jdbi.v3.core.statement.SqlStatement;
import org.ruralwater.store.access.Scope;

/** A scope as a condition on a table's {@code region_code} column, so that no query forgets it. */
public final class ScopeFilter {

    private ScopeFilter() {}

    /** {@code AND <column> LIKE :scope}, or nothing for the whole store. */
    public static String and(Scope scope, String column) {
        return scope.codePattern().isPresent() ? " AND " + column + " LIKE :scope" : "";
    }

    /** Binds the pattern {@link #and} names, if any. */
    public static <S extends SqlStatement<S>> S bind(S statement, Scope scope) {
        scope.codePattern().ifPresent(p -> statement.bind("scope", p));
        return statement;
    }
}
