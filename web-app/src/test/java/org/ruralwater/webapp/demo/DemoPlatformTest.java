package org.ruralwater.webapp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.store.Location;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.people.Passwords;
import org.ruralwater.store.people.Role;
import org.ruralwater.store.people.User;

class DemoPlatformTest {

    @Test
    void theFirstStartMakesTheDemoCountyAndOneUserPerRoleAndARestartMakesNothing(@TempDir Path dir) {
        Location location = Location.embeddedIn(dir.resolve("store"));
        List<DemoPlatform.FirstPassword> first;
        try (Store store = Store.open(location)) {
            first = DemoPlatform.seedIfEmpty(store, 10_000, DemoCounty.DEFAULT_SEED);
            assertThat(store.county().households(Scope.everything())).hasSize(10_000);
        }
        assertThat(first)
                .extracting(f -> f.user().name())
                .containsExactly(
                        "admin",
                        "county.officer",
                        "county.auditor",
                        "county.crew",
                        "t1.staff",
                        "t1.crew",
                        "t1.manager",
                        "t2.staff",
                        "t2.crew",
                        "t2.manager");
        assertThat(first).extracting(f -> f.user().role()).containsAll(List.of(Role.values()));
        Passwords passwords = Passwords.argon2id();
        for (DemoPlatform.FirstPassword f : first) {
            assertThat(passwords.matches(f.password(), f.user().passwordHash())).isTrue();
        }
        User t1 = first.get(4).user();
        User manager = first.get(6).user();
        assertThat(manager.region().isWithin(t1.region())).isTrue();
        assertThat(first.get(7).user().region()).isNotEqualTo(t1.region());
        try (Store store = Store.open(location)) {
            assertThat(DemoPlatform.seedIfEmpty(store)).isEmpty();
            assertThat(store.people().within(Scope.everything())).hasSize(10);
        }
    }
}
