package org.ruralwater.store.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.household.Village;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.store.Store;
import org.ruralwater.store.TestDatabase;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;

/**
 * The household register searched and paged by the database: the pages are the scope's households in file
 * order (a village's scope its own), a search finds what the household's line or its village's name holds, LIKE's own characters are
 * plain text, and a household outside the scope is not found.
 */
class HouseholdPagesTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void pagesAndSearchesAreTheScopesHouseholdsInFileOrder(TestDatabase db, @TempDir Path dir) {
        County county = DemoCounty.generate(1_200, 4);
        try (Store store = Store.open(db.location(dir))) {
            store.county().importCounty(Scope.everything(), Actor.cli(), county);
            CountyRecords records = store.county();

            CountyRecords.Found<Household> first = records.households(Scope.everything(), "", List.of(), 0, 50);
            assertThat(first.total()).isEqualTo(1_200);
            assertThat(first.records())
                    .containsExactlyElementsOf(county.households().subList(0, 50));
            CountyRecords.Found<Household> third = records.households(Scope.everything(), "", List.of(), 100, 50);
            assertThat(third.records())
                    .containsExactlyElementsOf(county.households().subList(100, 150));

            RegionCode township = county.villages().get(0).code();
            List<Household> own = county.households().stream()
                    .filter(h -> Scope.of(township).includes(h.village()))
                    .toList();
            CountyRecords.Found<Household> inTownship = records.households(Scope.of(township), "", List.of(), 0, 2_000);
            assertThat(inTownship.records()).containsExactlyElementsOf(own);

            Household some = county.households().get(321);
            assertThat(records.households(
                                    Scope.everything(), some.id().value().toUpperCase(Locale.ROOT), List.of(), 0, 50)
                            .records())
                    .contains(some);
            Village village = county.villages().get(2);
            CountyRecords.Found<Household> byVillage =
                    records.households(Scope.everything(), "no such text", List.of(village.code()), 0, 2_000);
            assertThat(byVillage.records())
                    .isNotEmpty()
                    .allMatch(h -> h.village().equals(village.code()));
            for (String hostile : List.of("%", "!%", "' OR '1'='1")) {
                assertThat(records.households(Scope.everything(), hostile, List.of(), 0, 50)
                                .total())
                        .as(hostile)
                        .isZero();
            }

            assertThat(records.household(Scope.everything(), some.id().value())).contains(some);
            Household elsewhere = county.households().stream()
                    .filter(h -> !Scope.of(township).includes(h.village()))
                    .findFirst()
                    .orElseThrow();
            assertThat(records.household(Scope.of(township), elsewhere.id().value()))
                    .isEmpty();
            assertThat(records.household(Scope.everything(), "no-such-household"))
                    .isEmpty();
        }
    }
}
