package org.ruralwater.store.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    private final Passwords passwords = Passwords.argon2id();

    @Test
    void aHashIsArgon2idInThePhcFormatWithOwaspsCost() {
        assertThat(passwords.hash("水务站2026"))
                .matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    }

    @Test
    void thePasswordAHashWasMadeFromMatchesItAndNoOtherDoes() {
        String stored = passwords.hash("correct horse");
        assertThat(passwords.matches("correct horse", stored)).isTrue();
        assertThat(passwords.matches("correct horsE", stored)).isFalse();
        assertThat(passwords.matches("", stored)).isFalse();
    }

    @Test
    void everyHashHasItsOwnSaltSoEqualPasswordsDoNotShowInATable() {
        assertThat(passwords.hash("same")).isNotEqualTo(passwords.hash("same"));
    }

    @Test
    void aTamperedOrMalformedStoredHashMatchesNothingAndIsNoException() {
        String stored = passwords.hash("secret");
        String tampered = stored.substring(0, stored.length() - 2) + (stored.endsWith("A") ? "BB" : "AA");
        assertThat(passwords.matches("secret", tampered)).isFalse();
        assertThat(passwords.matches("secret", "secret")).isFalse();
        assertThat(passwords.matches("secret", "$argon2id$v=19$m=9999999,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$x"))
                .isFalse();
        assertThat(passwords.matches("secret", "$2a$10$abcdefghijklmnopqrstuu")).isFalse();
        String salt = "c29tZXNhbHRzb21lc2FsdA";
        String hash = "c29tZXNhbHRzb21lc2FsdHNvbWVzYWx0c29tZXNhbHQ";
        assertThat(passwords.matches("secret", "$argon2id$v=19$m=4,t=2,p=1$" + salt + "$" + hash))
                .as("less memory than Argon2 allows for its lanes")
                .isFalse();
        assertThat(passwords.matches("secret", "$argon2id$v=19$m=19456,t=0,p=1$" + salt + "$" + hash))
                .isFalse();
        assertThat(passwords.matches("secret", "$argon2id$v=19$m=19456,t=2,p=0$" + salt + "$" + hash))
                .isFalse();
        assertThat(passwords.needsRehash("not a hash")).isTrue();
    }

    @Test
    void aHashMadeWithLessThanTodaysCostAsksToBeRenewed() {
        assertThat(passwords.needsRehash(passwords.hash("x"))).isFalse();
        assertThat(passwords.needsRehash("$argon2id$v=19$m=4096,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$"
                        + "c29tZXNhbHRzb21lc2FsdHNvbWVzYWx0c29tZXNhbHQ"))
                .isTrue();
    }

    @Test
    void aOneTimePasswordHasSixteenLettersThatCannotBeMisreadAndIsNeverTheSameTwice() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 100; i++) {
            String p = passwords.oneTimePassword();
            assertThat(p).hasSize(16).doesNotContainPattern("[0O1lI]");
            seen.add(p);
        }
        assertThat(seen).hasSize(100);
    }
}
