package org.ruralwater.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebAppOptionsTest {

    @Test
    void withoutOptionsThePlatformListensOn7070OnTheEmbeddedStore() {
        assertThat(WebApp.Options.parse()).isEqualTo(new WebApp.Options(7070, null));
    }

    @Test
    void portAndStoreAreTakenInAnyOrder() {
        assertThat(WebApp.Options.parse("--db", "jdbc:postgresql://127.0.0.1/county", "--port", "8080"))
                .isEqualTo(new WebApp.Options(8080, "jdbc:postgresql://127.0.0.1/county"));
    }

    @Test
    void anUnknownOptionAMissingValueOrAnImpossiblePortIsRefusedWithTheUsage() {
        assertThatThrownBy(() -> WebApp.Options.parse("--host", "0.0.0.0"))
                .hasMessageContaining("unknown option --host")
                .hasMessageContaining("usage: run-demo");
        assertThatThrownBy(() -> WebApp.Options.parse("--port")).hasMessageContaining("usage: run-demo");
        assertThatThrownBy(() -> WebApp.Options.parse("--port", "70000")).hasMessageContaining("0 to 65535");
    }
}
