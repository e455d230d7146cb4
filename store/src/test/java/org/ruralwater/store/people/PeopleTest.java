package org.ruralwater.store.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.store.Store;
import org.ruralwater.store.TestDatabase;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.audit.Change;

class PeopleTest {

    private static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$aGFzaGhhc2hoYXNoaGFzaA";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aUserAddedInScopeSignsInAndIsListedOnlyWithinTheirRegion(TestDatabase db) {
        try (Store store = Store.open(db.location(dir))) {
            People people = store.people();
            User li = new User("li.na", "李娜", Role.OFFICER, RegionCode.parse("530521"), HASH);
            User wang = new User("wang.fang", "王芳", Role.TOWNSHIP_STAFF, RegionCode.parse("530521101000"), HASH);
            people.add(Scope.everything(), Actor.cli(), li);
            people.add(Scope.of(RegionCode.parse("530521")), Actor.user("li.na"), wang);

            assertThat(people.signingIn("wang.fang")).contains(wang);
            assertThat(people.signingIn("nobody")).isEmpty();
            assertThat(people.within(Scope.of(RegionCode.parse("530521")))).containsExactly(li, wang);
            assertThat(people.within(Scope.of(RegionCode.parse("530521101000"))))
                    .containsExactly(wang);
            assertThat(people.within(Scope.of(RegionCode.parse("530522")))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void noOneAddsAUserOutsideTheirScopeOrTakesANameTwice(TestDatabase db) {
        try (Store store = Store.open(db.location(dir))) {
            People people = store.people();
            Scope township = Scope.of(RegionCode.parse("530521101000"));
            User county = new User("boss", "Boss", Role.OFFICER, RegionCode.parse("530521"), HASH);
            assertThatThrownBy(() -> people.add(township, Actor.user("wang.fang"), county))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("outside the scope");
            people.add(Scope.everything(), Actor.cli(), county);
            assertThatThrownBy(() -> people.add(Scope.everything(), Actor.cli(), county))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("exists");
            assertThat(people.within(Scope.everything())).containsExactly(county);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPasswordSetIsAuditedWithoutItsHashAndOnlyInsideTheScope(TestDatabase db) {
        try (Store store = Store.open(db.location(dir))) {
            People people = store.people();
            people.add(
                    Scope.everything(),
                    Actor.cli(),
                    new User("li.na", "李娜", Role.OFFICER, RegionCode.parse("530521"), HASH));
            assertThat(people.setPasswordHash(Scope.of(RegionCode.parse("530522")), Actor.cli(), "li.na", "x"))
                    .isFalse();
            assertThat(people.setPasswordHash(Scope.everything(), Actor.cli(), "li.na", "new-hash"))
                    .isTrue();
            assertThat(people.signingIn("li.na").orElseThrow().passwordHash()).isEqualTo("new-hash");
            assertThat(store.audit().changesOf(Scope.everything(), "user", "li.na"))
                    .extracting(Change::after)
                    .allSatisfy(after -> assertThat(after.orElse(""))
                            .doesNotContain("argon2")
                            .doesNotContain("new-hash"));
            assertThat(store.audit().changesOf(Scope.everything(), "user", "li.na"))
                    .hasSize(2);
        }
    }
}
