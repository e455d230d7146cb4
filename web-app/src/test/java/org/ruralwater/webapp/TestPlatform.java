package org.ruralwater.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.household.Village;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.store.Location;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.people.Passwords;
import org.ruralwater.store.people.Role;
import org.ruralwater.store.people.User;
import org.ruralwater.webapp.signin.SignInTest.Session;

/**
 * A running platform on a small demo county (two townships' worth of households and more), with one user
 * of each role that matters to the tests: the county's officer, auditor and administrator, the first and
 * second township's staff, and a water manager of the first township's first village. Every password is
 * {@code pw}. The first township also has an auditor, whose audit log is the township's. The first township also has an auditor, whose audit log is the township's.
 */
public final class TestPlatform implements AutoCloseable {

    public final County county;
    public final Region countyRegion;
    public final List<Region> townships;
    public final Store store;
    public final Platform platform;

    private TestPlatform(County county, Store store, Platform platform) {
        this.county = county;
        this.countyRegion = county.regions().atLevel(RegionLevel.COUNTY).get(0);
        this.townships = county.regions().childrenOf(countyRegion.code());
        this.store = store;
        this.platform = platform;
    }

    public static TestPlatform start(Path dir) {
        return start(Location.embeddedIn(dir.resolve("store")), 10_000);
    }

    public static TestPlatform start(Location location, int households) {
        County county = DemoCounty.generate(households, DemoCounty.DEFAULT_SEED);
        Store store = Store.open(location);
        store.county().importCounty(Scope.everything(), Actor.cli(), county);
        Region c = county.regions().atLevel(RegionLevel.COUNTY).get(0);
        List<Region> townships = county.regions().childrenOf(c.code());
        Village manager = county.villages().stream()
                .filter(v -> v.township().equals(townships.get(0).code()))
                .findFirst()
                .orElseThrow();
        Passwords p = Passwords.argon2id();
        String pw = p.hash("pw");
        for (User u : List.of(
                new User("officer", "县水利局", Role.OFFICER, c.code(), pw),
                new User("auditor", "县审计", Role.AUDITOR, c.code(), pw),
                new User("admin", "系统管理员", Role.ADMINISTRATOR, c.code(), pw),
                new User(
                        "staff1", "一镇水务站", Role.TOWNSHIP_STAFF, townships.get(0).code(), pw),
                new User(
                        "staff2", "二镇水务站", Role.TOWNSHIP_STAFF, townships.get(1).code(), pw),
                new User("auditor1", "一镇审计", Role.AUDITOR, townships.get(0).code(), pw),
                new User("manager", "<script>alert('管水员')</script>", Role.WATER_MANAGER, manager.code(), pw))) {
            store.people().add(Scope.everything(), Actor.cli(), u);
        }
        return new TestPlatform(county, store, Platform.start(Platform.Settings.local(0, store)));
    }

    /** A session signed in as the user. */
    public Session as(String name) throws Exception {
        Session s = new Session(platform);
        assertThat(s.signIn(name, "pw").statusCode()).as("sign-in of " + name).isEqualTo(303);
        return s;
    }

    /** The CSRF token written into a page's forms. */
    public static String token(String page) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("a form with a CSRF token").isTrue();
        return m.group(1);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + platform.port() + path;
    }

    @Override
    public void close() {
        platform.close();
        store.close();
    }
}
