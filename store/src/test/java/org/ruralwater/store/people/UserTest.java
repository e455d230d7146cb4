package org.ruralwater.store.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ruralwater.core.region.RegionCode;

class UserTest {

    private static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$aGFzaA";

    @Test
    void aUserReachesTheirRegionAndEverythingInsideItButNotItsNeighbours() {
        User county = new User("li.na", "李娜", Role.OFFICER, RegionCode.parse("530521"), HASH);
        assertThat(county.scope().includes(RegionCode.parse("530521"))).isTrue();
        assertThat(county.scope().includes(RegionCode.parse("530521101201"))).isTrue();
        assertThat(county.scope().includes(RegionCode.parse("530522"))).isFalse();
        assertThat(county.scope().includes(RegionCode.parse("530500"))).isFalse();
    }

    @Test
    void aSignInNameIsLowerCaseLettersDigitsAndDotsAndATextFormNeverShowsTheHash() {
        assertThatThrownBy(() -> new User("Li Na", "李娜", Role.OFFICER, RegionCode.parse("530521"), HASH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sign-in name");
        User u = new User("li.na", "李娜", Role.AUDITOR, RegionCode.parse("530521"), HASH);
        assertThat(u.toString()).isEqualTo("li.na (auditor, 530521)").doesNotContain("argon2");
        assertThat(u.withPasswordHash("other").passwordHash()).isEqualTo("other");
    }
}
