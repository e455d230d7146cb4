package org.ruralwater.assurance.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.core.staff.PersonId;
import org.ruralwater.core.staff.WaterManager;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.core.works.WorksId;

class ResponsibilitiesTest {

    private static final County DEMO = DemoCounty.generate(2_000, 3);

    /** The demo county without the water manager of its first village. */
    private static County withoutFirstManager() {
        List<Region> regions = new ArrayList<>();
        for (RegionLevel level : RegionLevel.values()) {
            regions.addAll(DEMO.regions().atLevel(level));
        }
        List<WaterManager> managers =
                DEMO.waterManagers().subList(1, DEMO.waterManagers().size());
        return County.of(
                regions,
                DEMO.villages(),
                DEMO.works(),
                DEMO.households(),
                DEMO.meters(),
                DEMO.assets(),
                managers,
                DEMO.crews());
    }

    private static ResponsiblePerson person(WorksId w, Role r, String phone) {
        return new ResponsiblePerson(w, r, "张" + r.ordinal(), "post", Optional.ofNullable(phone));
    }

    @Test
    void gapsNameEveryWorksRoleWithoutAPersonThePhonesMissingAtLargeWorksAndVillagesWithoutAManager() {
        County county = withoutFirstManager();
        SupplyWorks large = county.works().stream()
                .filter(w -> w.peopleServed() >= 1000)
                .findFirst()
                .orElseThrow();
        List<ResponsiblePerson> named = new ArrayList<>();
        for (SupplyWorks w : county.works()) {
            for (Role r : Role.values()) {
                boolean skip = w.equals(large) && r == Role.OPERATION;
                if (!skip) {
                    named.add(person(w.id(), r, w.equals(large) && r == Role.SUPERVISION ? null : "0871-1234567"));
                }
            }
        }

        List<Gap> gaps = Responsibilities.gaps(county, named);

        assertThat(gaps)
                .extracting(Gap::kind, Gap::subject)
                .containsExactly(
                        Tuple.tuple(Gap.Kind.NO_PUBLISHED_PHONE, large.id().value()),
                        Tuple.tuple(
                                Gap.Kind.WORKS_WITHOUT_RESPONSIBLE_PERSON,
                                large.id().value()),
                        Tuple.tuple(
                                Gap.Kind.VILLAGE_WITHOUT_MANAGER,
                                DEMO.waterManagers().get(0).villages().get(0).value()));
        assertThat(gaps.get(1).detail()).endsWith("names no operation person");
        assertThat(gaps.get(0).detail()).contains("has no published phone");
    }

    @Test
    void aPersonForAWorksTheCountyLacksIsRefused() {
        assertThatThrownBy(() -> Responsibilities.gaps(DEMO, List.of(person(WorksId.of("NOPE"), Role.GOVERNMENT, "1"))))
                .hasMessageContaining("works NOPE, which the county does not have");
    }

    @Test
    void aManagersYearIsHeldToTheTrainingNormsAndTheSatisfactionRule() {
        WaterManager a = DEMO.waterManagers().get(0);
        WaterManager b = DEMO.waterManagers().get(1);
        WaterManager c = DEMO.waterManagers().get(2);
        List<Training> trainings = new ArrayList<>();
        trainings.add(new Training(a.id(), LocalDate.of(2026, 3, 2), Training.Kind.CONCENTRATED, true));
        for (int i = 1; i <= 10; i++) {
            trainings.add(new Training(a.id(), LocalDate.of(2026, i, 15), Training.Kind.DISPERSED, false));
        }
        trainings.add(new Training(b.id(), LocalDate.of(2025, 3, 2), Training.Kind.CONCENTRATED, true));
        trainings.add(new Training(b.id(), LocalDate.of(2026, 4, 2), Training.Kind.DISPERSED, false));
        ManagerNorms norms = ManagerNorms.example();
        ManagerNorms withFloor = new ManagerNorms("X", "x", 1, 10, true, Optional.of(new BigDecimal("80")));
        List<Review> reviews = List.of(
                new Review(a.id(), 2026, ReviewGrade.QUALIFIED, Optional.empty()),
                new Review(b.id(), 2026, ReviewGrade.BASICALLY_QUALIFIED, Optional.of(new BigDecimal("72.5"))));

        List<ManagerStanding> plain = ManagerYear.review(norms, List.of(a, b, c), trainings, reviews, 2026);
        List<ManagerStanding> floored = ManagerYear.review(withFloor, List.of(a, b, c), trainings, reviews, 2026);

        assertThat(plain.get(0).shortfalls()).isEmpty();
        assertThat(plain.get(0).grade()).contains(ReviewGrade.QUALIFIED);
        assertThat(plain.get(1).shortfalls())
                .containsExactly(
                        "0 of 1 concentrated training sessions",
                        "1 of 10 dispersed training sessions",
                        "no certificate (上岗证) issued in 2026",
                        "the norms set no satisfaction floor to judge the survey by");
        assertThat(plain.get(1).grade()).contains(ReviewGrade.BASICALLY_QUALIFIED);
        assertThat(floored.get(1).grade()).contains(ReviewGrade.UNQUALIFIED);
        assertThat(floored.get(1).replace()).isTrue();
        assertThat(floored.get(1).shortfalls()).contains("user satisfaction 72.5% is below the 80% floor");
        assertThat(plain.get(2).grade()).isEmpty();
        assertThat(plain.get(2).shortfalls()).contains("no review for 2026");
        assertThat(norms.source()).contains("[PW]");
        assertThatThrownBy(() ->
                        ManagerYear.review(norms, List.of(a), List.of(), List.of(reviews.get(0), reviews.get(0)), 2026))
                .hasMessageContaining("two reviews of " + a.id());
    }

    @Test
    void basicallyQualifiedWithoutASurveyStaysSoAndSaysTheSurveyIsMissing() {
        WaterManager a = DEMO.waterManagers().get(0);
        List<ManagerStanding> s = ManagerYear.review(
                ManagerNorms.example(),
                List.of(a),
                List.of(),
                List.of(new Review(
                        PersonId.of(a.id().value()), 2026, ReviewGrade.BASICALLY_QUALIFIED, Optional.empty())),
                2026);

        assertThat(s.get(0).grade()).contains(ReviewGrade.BASICALLY_QUALIFIED);
        assertThat(s.get(0).shortfalls()).contains("基本合格 needs a user-satisfaction survey, and none is recorded");
        assertThat(s.get(0).replace()).isFalse();
    }
}
