package org.ruralwater.webapp.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.household.Village;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.people.Passwords;
import org.ruralwater.store.people.Role;
import org.ruralwater.store.people.User;

/**
 * The demo platform's first start: the demo county imported into an empty store, an administrator, and one
 * user per role for the county and for two of its townships, so that a new user can try each role and see
 * the scoping at work. Passwords are random, shown once, and only their hashes are kept. The county's year of
 * history is planned here and loaded by {@link DemoYear} in the background, after the platform listens.
 */
public final class DemoPlatform {

    /** A user made at first start, with the password to show once. */
    public record FirstPassword(User user, String password) {}

    private DemoPlatform() {}

    /** The year of the demo county's history (what {@code ruralwater demo --history} writes by default). */
    public static final int DEMO_YEAR = 2026;

    /**
     * Seeds an empty store (no users yet) with the demo county and its users, and plans its demo year (which
     * {@link DemoYear} loads after the platform listens); a store that has users is left as it is, so a
     * restart keeps the data and shows no passwords.
     *
     * @return the users made and their one-time passwords, empty when the store had users
     */
    public static List<FirstPassword> seedIfEmpty(Store store) {
        return seedIfEmpty(store, DemoCounty.DEFAULT_HOUSEHOLDS, DemoCounty.DEFAULT_SEED);
    }

    /** As {@link #seedIfEmpty(Store)}, with a demo county of another size or seed. */
    static List<FirstPassword> seedIfEmpty(Store store, int households, long seed) {
        if (!store.people().within(Scope.everything()).isEmpty()) {
            return List.of();
        }
        County county = DemoCounty.generate(households, seed);
        Actor actor = Actor.user("demo");
        if (store.county().read(Scope.everything()).villages().isEmpty()) {
            store.county().importCounty(Scope.everything(), actor, county);
            // Planned only for a store the demo fills: a county imported otherwise never gets a demo year.
            store.history().demoYearLoad().plan(seed, DEMO_YEAR, households);
        }
        Passwords passwords = Passwords.argon2id();
        List<FirstPassword> made = new ArrayList<>();
        Region countyRegion = county.regions().atLevel(RegionLevel.COUNTY).get(0);
        String countyName = countyRegion.name();
        made.add(user("admin", "系统管理员", Role.ADMINISTRATOR, countyRegion, passwords));
        made.add(user("county.officer", countyName + "水利局", Role.OFFICER, countyRegion, passwords));
        made.add(user("county.auditor", countyName + "审计", Role.AUDITOR, countyRegion, passwords));
        made.add(user("county.crew", countyName + "维修队", Role.CREW_MEMBER, countyRegion, passwords));
        List<Region> townships = county.regions().childrenOf(countyRegion.code());
        for (int t = 0; t < 2 && t < townships.size(); t++) {
            Region township = townships.get(t);
            String prefix = "t" + (t + 1) + ".";
            made.add(user(prefix + "staff", township.name() + "水务站", Role.TOWNSHIP_STAFF, township, passwords));
            made.add(user(prefix + "crew", township.name() + "维修队", Role.CREW_MEMBER, township, passwords));
            Village village = county.villages().stream()
                    .filter(v -> v.township().equals(township.code()))
                    .findFirst()
                    .orElseThrow();
            made.add(user(
                    prefix + "manager",
                    village.name() + "管水员",
                    Role.WATER_MANAGER,
                    new Region(village.code(), village.name()),
                    passwords));
        }
        for (FirstPassword f : made) {
            store.people().add(Scope.everything(), actor, f.user());
        }
        return Collections.unmodifiableList(made);
    }

    private static FirstPassword user(String name, String display, Role role, Region region, Passwords passwords) {
        String password = passwords.oneTimePassword();
        return new FirstPassword(new User(name, display, role, region.code(), passwords.hash(password)), password);
    }
}
