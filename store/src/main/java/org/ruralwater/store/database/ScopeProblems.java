package org.ruralwater.store.database;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.wording.StoreWords;

/** The import's problems that the store finds: a row outside the caller's scope, a key a file repeats. */
public final class ScopeProblems {

    private ScopeProblems() {}

    /**
     * The problem of a new or changed row whose region, or whose stored row's region, lies outside the scope;
     * empty when both lie inside (the whole store's scope reaches every row).
     */
    public static Optional<Problem> outside(
            Scope scope,
            Located<?> row,
            int column,
            String field,
            @Nullable String region,
            @Nullable String storedRegion,
            String key) {
        if (scope.region().isEmpty()) {
            return Optional.empty();
        }
        Phrase found = null;
        if (!scope.includes(code(region))) {
            found = region == null ? Phrase.of(StoreWords.NO_REGION) : Phrase.of(StoreWords.OUTSIDE_SCOPE, region);
        } else if (storedRegion != null && !scope.includes(code(storedRegion))) {
            found = Phrase.of(StoreWords.STORED_OUTSIDE_SCOPE, key, storedRegion);
        }
        if (found == null) {
            return Optional.empty();
        }
        return Optional.of(
                new Problem(row.source(), row.line(), column, field, Phrase.of(StoreWords.WITHIN_SCOPE, scope), found));
    }

    /** A problem at the later line of every key a file gives twice. */
    public static <T> List<Problem> once(List<Located<T>> rows, Function<T, String> key, int column, String field) {
        Map<String, Integer> first = new HashMap<>(rows.size() * 2);
        List<Problem> out = new ArrayList<>();
        for (Located<T> row : rows) {
            String k = key.apply(row.value());
            Integer line = first.putIfAbsent(k, row.line());
            if (line != null) {
                out.add(new Problem(
                        row.source(),
                        row.line(),
                        column,
                        field,
                        Phrase.of(CoreWords.UNIQUE_VALUE),
                        Phrase.of(CoreWords.AGAIN_FIRST_AT, k, line)));
            }
        }
        return out;
    }

    public static @Nullable RegionCode code(@Nullable String region) {
        return region == null ? null : RegionCode.parse(region);
    }
}
