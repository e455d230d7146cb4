package org.ruralwater.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.asset.AssetCategory;
import org.ruralwater.core.county.County;
import org.ruralwater.core.household.Connection;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.core.staff.Skill;
import org.ruralwater.core.works.DisinfectionMethod;
import org.ruralwater.core.works.ScaleClass;
import org.ruralwater.core.works.SupplyKind;
import org.ruralwater.core.works.SupplyWorks;

class DemoCountyTest {

    private static County county;

    @BeforeAll
    static void generateDefault() {
        county = DemoCounty.generate();
    }

    @Test
    void defaultCountyHasTheDocumentedShape() {
        assertThat(county.households()).hasSize(40_000);
        assertThat(county.regions().atLevel(RegionLevel.COUNTY)).hasSize(1);
        assertThat(county.regions().atLevel(RegionLevel.TOWNSHIP)).hasSize(8);
        assertThat(county.villages()).hasSize(120);
        assertThat(county.works()).hasSize(60);
        assertThat(county.waterManagers()).hasSize(120);
        assertThat(county.crews()).hasSize(9);
        assertThat(county.people()).isBetween(125_000L, 145_000L);
    }

    @Test
    void worksSpreadOverAllFiveScaleClassesAndThreeKinds() {
        Map<Optional<ScaleClass>, Long> byClass =
                county.works().stream().collect(Collectors.groupingBy(SupplyWorks::scaleClass, Collectors.counting()));
        assertThat(byClass)
                .containsEntry(Optional.of(ScaleClass.I), 1L)
                .containsEntry(Optional.of(ScaleClass.II), 2L)
                .containsEntry(Optional.of(ScaleClass.III), 6L)
                .containsEntry(Optional.of(ScaleClass.IV), 15L)
                .containsEntry(Optional.of(ScaleClass.V), 24L)
                .containsEntry(Optional.empty(), 12L);
        Set<SupplyKind> kinds = county.works().stream().map(SupplyWorks::kind).collect(Collectors.toSet());
        assertThat(kinds).isEqualTo(EnumSet.allOf(SupplyKind.class));
        assertThat(county.works().stream().filter(SupplyWorks::isLargeScale)).hasSize(9);
    }

    @Test
    void peopleServedByEachWorksAreItsHouseholdsMembers() {
        Map<String, Integer> people = new TreeMap<>();
        county.households().forEach(h -> people.merge(h.works().orElseThrow().value(), h.members(), Integer::sum));
        for (SupplyWorks w : county.works()) {
            assertThat(w.peopleServed()).as(w.id().value()).isEqualTo(people.getOrDefault(w.id().value(), 0));
        }
    }

    @Test
    void everyMeteredHouseholdIsPipedAndEveryMeterBelongsToOne() {
        assertThat(county.meters()).isNotEmpty();
        county.households().stream()
                .filter(h -> h.meter().isPresent())
                .forEach(h -> assertThat(h.connection()).isNotEqualTo(Connection.NONE));
        assertThat(county.households().stream().filter(h -> h.meter().isPresent()))
                .hasSameSizeAs(county.meters());
    }

    @Test
    void assetsCoverEveryCategoryOfTheTaxonomy() {
        assertThat(county.assets().stream().map(a -> a.category()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(AssetCategory.values());
    }

    @Test
    void theWaterManagerOfEveryVillageWhereAWorksDisinfectsIsTrainedInIt() {
        // Someone runs the doser every day, and a small works has no operator of its own.
        Set<RegionCode> sites = county.works().stream()
                .filter(w -> w.disinfection() != DisinfectionMethod.NONE)
                .map(w -> w.villages().get(0))
                .collect(Collectors.toSet());

        assertThat(sites).hasSizeGreaterThan(20);
        assertThat(county.waterManagers())
                .filteredOn(m -> sites.contains(m.villages().get(0)))
                .hasSize(sites.size())
                .allSatisfy(m -> assertThat(m.skills()).contains(Skill.DISINFECTION));
    }

    @Test
    void theSameSeedWritesTheSameFilesByteForByte(@TempDir Path a, @TempDir Path b) throws IOException {
        DemoCounty.writeTo(a, 3_000, 7);
        DemoCounty.writeTo(b, 3_000, 7);
        for (County.DataFile f : County.DataFile.values()) {
            assertThat(Files.readAllBytes(a.resolve(f.fileName())))
                    .as(f.fileName())
                    .isEqualTo(Files.readAllBytes(b.resolve(f.fileName())));
        }
    }

    @Test
    void theFilesAreTheSameUnderALocaleWithOtherDigits(@TempDir Path a, @TempDir Path b) throws IOException {
        DemoCounty.writeTo(a, 2_000, 7);
        Locale before = Locale.getDefault();
        try {
            // Thai digits: a format that followed the default locale would write ๐๐๑ for 001.
            Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
            DemoCounty.writeTo(b, 2_000, 7);
        } finally {
            Locale.setDefault(before);
        }
        for (County.DataFile f : County.DataFile.values()) {
            assertThat(Files.readAllBytes(b.resolve(f.fileName())))
                    .as(f.fileName())
                    .isEqualTo(Files.readAllBytes(a.resolve(f.fileName())));
        }
    }

    @Test
    void anotherSeedGivesAnotherCounty() {
        assertThat(DemoCounty.generate(3_000, 1).villages())
                .isNotEqualTo(DemoCounty.generate(3_000, 2).villages());
    }

    @Test
    void writtenFilesReadBackToTheSameCounty(@TempDir Path dir) {
        County written = DemoCounty.writeTo(dir, 5_000, 11);
        County read = County.read(dir);
        assertThat(read.households()).isEqualTo(written.households());
        assertThat(read.works()).isEqualTo(written.works());
        assertThat(read.assets()).isEqualTo(written.assets());
        assertThat(read.meters()).isEqualTo(written.meters());
        assertThat(read.villages()).isEqualTo(written.villages());
        assertThat(read.waterManagers()).isEqualTo(written.waterManagers());
        assertThat(read.crews()).isEqualTo(written.crews());
        assertThat(read.regions().size()).isEqualTo(written.regions().size());
    }

    @Test
    void aProvinceSizedRunMakesCountiesOfAbout40000Households() {
        County province = DemoCounty.generate(200_000, 3);
        assertThat(province.households()).hasSize(200_000);
        assertThat(province.regions().atLevel(RegionLevel.COUNTY)).hasSize(5);
        assertThat(province.works()).hasSize(300);
    }

    @Test
    void aTinyCountyStillHasACentralizedWorks() {
        County tiny = DemoCounty.generate(1, 5);
        assertThat(tiny.households()).hasSize(1);
        assertThat(tiny.works()).singleElement().extracting(SupplyWorks::kind).isEqualTo(SupplyKind.CENTRALIZED);
    }

    @Test
    void refusesAnEmptyCounty() {
        assertThatThrownBy(() -> DemoCounty.generate(0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 household");
    }
}
