package org.ruralwater.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CoordinatesTest {

    @Test
    void measuresGreatCircleDistanceInMetres() {
        // Kunming to Dali, about 250 km as the crow flies.
        Coordinates kunming = Coordinates.of("25.0389", "102.7183");
        Coordinates dali = Coordinates.of("25.6065", "100.2676");
        assertThat(kunming.metresTo(dali)).isBetween(250_000L, 256_000L);
        assertThat(kunming.metresTo(kunming)).isZero();
        assertThat(kunming.metresTo(dali)).isEqualTo(dali.metresTo(kunming));
        // One degree of latitude is about 111.2 km everywhere.
        assertThat(Coordinates.of("24", "100").metresTo(Coordinates.of("25", "100")))
                .isBetween(111_100L, 111_300L);
    }

    @Test
    void refusesPointsOffTheGlobe() {
        assertThatThrownBy(() -> Coordinates.of("91", "100")).hasMessageContaining("latitude must be within -90..90");
        assertThatThrownBy(() -> Coordinates.of("24", "181"))
                .hasMessageContaining("longitude must be within -180..180");
    }

    @Test
    void textFormIsLatitudeCommaLongitude() {
        assertThat(Coordinates.of("24.5", "100.25")).hasToString("24.5,100.25");
    }
}
