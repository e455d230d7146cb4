package org.ruralwater.webapp.safewater;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ruralwater.core.county.County;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.store.people.User;

/**
 * What a ledger page was asked for in its query: a region (the user's own by default), a day or a month. A
 * region outside the user's scope, or a code that names none, is 404, as on the dashboard; a malformed day or
 * month names nothing either.
 */
final class Asked {

    private Asked() {}

    static RegionCode region(Context ctx, User user, Map<RegionCode, String> names) {
        String code = TicketDesk.param(ctx, "region");
        if (code.isEmpty()) {
            return user.region();
        }
        if (!RegionCode.isValid(code)) {
            throw new NotFoundResponse();
        }
        RegionCode region = RegionCode.parse(code);
        if (!user.scope().includes(region) || !names.containsKey(region)) {
            throw new NotFoundResponse();
        }
        return region;
    }

    /** The regions above the one shown that lie in the user's scope, from the top, for the page's path. */
    static List<Region> path(County county, User user, RegionCode region, Map<RegionCode, String> names) {
        List<Region> out = new ArrayList<>();
        List<RegionCode> above = new ArrayList<>(region.ancestors());
        java.util.Collections.reverse(above);
        for (RegionCode c : above) {
            if (user.scope().includes(c) && names.containsKey(c)) {
                out.add(new Region(c, names.get(c)));
            }
        }
        return out;
    }

    /** Whether the region is the other or lies inside it (core's {@code isWithin} excludes the region itself). */
    static boolean within(RegionCode region, RegionCode other) {
        return region.equals(other) || region.isWithin(other);
    }

    static LocalDate day(Context ctx, String name, LocalDate otherwise) {
        String v = TicketDesk.param(ctx, name);
        if (v.isEmpty()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new NotFoundResponse();
        }
    }

    static YearMonth month(Context ctx, String name, YearMonth otherwise) {
        String v = TicketDesk.param(ctx, name);
        if (v.isEmpty()) {
            return otherwise;
        }
        try {
            return YearMonth.parse(v);
        } catch (DateTimeParseException e) {
            throw new NotFoundResponse();
        }
    }
}
