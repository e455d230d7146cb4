package org.ruralwater.cliapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.store.Location;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.audit.Change;
import org.ruralwater.store.people.Passwords;
import org.ruralwater.store.people.Role;
import org.ruralwater.store.people.User;

/** {@code ruralwater users}: the local administrator's view of the platform's users. */
class UsersCommandTest {

    @Test
    void aResetPasswordIsPrintedOnceAndOnlyItsHashIsStoredAndAudited(@TempDir Path dir) {
        Path db = dir.resolve("store");
        Passwords passwords = Passwords.argon2id();
        try (Store s = Store.open(Location.embeddedIn(db))) {
            s.people()
                    .add(
                            Scope.everything(),
                            Actor.cli(),
                            new User("li.na", "李娜", Role.OFFICER, RegionCode.parse("530521"), passwords.hash("old")));
        }
        Run run = Run.of("users", "reset-password", "li.na", "--db", db.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).matches("li\\.na [A-Za-z2-9]{16}\\R");
        String password = run.out().strip().split(" ")[1];
        try (Store s = Store.open(Location.embeddedIn(db))) {
            String hash = s.people().signingIn("li.na").orElseThrow().passwordHash();
            assertThat(passwords.matches(password, hash)).isTrue();
            assertThat(passwords.matches("old", hash)).isFalse();
            assertThat(s.audit().changesOf(Scope.everything(), "user", "li.na"))
                    .extracting(Change::after)
                    .allSatisfy(a ->
                            assertThat(a.orElse("")).doesNotContain(password).doesNotContain("argon2"));
        }
        Run list = Run.of("users", "list", "--db", db.toString(), "--format", "csv");
        assertThat(list.out()).isEqualTo("name,role,region,display_name\nli.na,officer,530521,李娜\n");
    }

    @Test
    void anUnknownUserIsBadInputAndNothingChanges(@TempDir Path dir) {
        Run run = Run.of(
                "users",
                "reset-password",
                "nobody",
                "--db",
                dir.resolve("store").toString());
        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("nobody").doesNotContain("Exception");
    }
}
