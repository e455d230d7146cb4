package org.ruralwater.webapp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoPlatformPasswordTest {

    @Test
    void aOneTimePasswordHasSixteenLettersThatCannotBeMisreadAndIsNeverTheSameTwice() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String p = DemoPlatform.oneTimePassword();
            assertThat(p).hasSize(16).doesNotContainPattern("[0O1lI]");
            seen.add(p);
        }
        assertThat(seen).hasSize(100);
    }
}
