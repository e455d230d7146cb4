package org.ruralwater.webapp.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FrameTest {

    private static Frame on(String query) {
        return new Frame(Locale.SIMPLIFIED_CHINESE, null, "t", query);
    }

    @Test
    void switchingLanguageKeepsThePagesQueryAndReplacesItsLanguage() {
        assertThat(on("by=township&span=quarter&year=2026").languageLink("en"))
                .isEqualTo("?by=township&span=quarter&year=2026&lang=en");
        assertThat(on("lang=en&works=W539821-001").languageLink("zh-CN")).isEqualTo("?works=W539821-001&lang=zh-CN");
        assertThat(on("").languageLink("en")).isEqualTo("?lang=en");
        assertThat(new Frame(Locale.ROOT, null, "t", null).languageLink("en")).isEqualTo("?lang=en");
    }
}
