package org.ruralwater.maintenance.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ruralwater.maintenance.SmallCounty.TANGTANG;
import static org.ruralwater.maintenance.SmallCounty.TAOQING;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.region.Coordinates;
import org.ruralwater.maintenance.SmallCounty;
import org.ruralwater.maintenance.plan.CalendarRule;
import org.ruralwater.maintenance.workorder.Origin;
import org.ruralwater.maintenance.workorder.WorkOrder;

class PatrolReviewTest {

    private static final Coordinates DAM = Coordinates.of("25.0450", "102.7150");
    private static final PatrolReview REVIEW = PatrolReview.of(SmallCounty.with(List.of(), List.of()));

    /** Weekly on Mondays from 2 November 2026: the dam of the small reservoir, then the village standpipe. */
    private static final PatrolRoute ROUTE = new PatrolRoute(
            "R1",
            "桃箐水库 weekly patrol",
            "WM-17",
            CalendarRule.parse("FREQ=WEEKLY"),
            LocalDate.of(2026, 11, 2),
            List.of(
                    new PatrolStop(
                            "dam",
                            "RES-1",
                            TAOQING,
                            Optional.of(DAM),
                            List.of(
                                    new CheckItem("seepage", "Seepage on the downstream face", "general"),
                                    new CheckItem("spillway", "Spillway clear", "minor"))),
                    new PatrolStop(
                            "standpipe",
                            TANGTANG.value(),
                            TANGTANG,
                            Optional.empty(),
                            List.of(new CheckItem("flow", "Water flows at the standpipe", "major")))),
            300);

    private static CheckIn.Result pass(String item) {
        return new CheckIn.Result(item, true, Optional.empty());
    }

    private static LocalDateTime t(String text) {
        return LocalDateTime.parse(text);
    }

    private static final Coordinates TANGTANG_SQUARE = Coordinates.of("25.0900", "102.7600");

    private static final List<CheckIn> CHECK_INS = List.of(
            new CheckIn("R1", "dam", t("2026-11-02T08:10"), DAM, List.of(pass("seepage"), pass("spillway"))),
            new CheckIn("R1", "standpipe", t("2026-11-02T09:00"), TANGTANG_SQUARE, List.of(pass("flow"))),
            // The 9 November dam check-in is made 2 km away, misses the spillway and reports seepage.
            new CheckIn(
                    "R1",
                    "dam",
                    t("2026-11-09T08:30"),
                    Coordinates.of("25.0630", "102.7150"),
                    List.of(new CheckIn.Result("seepage", false, Optional.of("wet patch below the crest")))),
            new CheckIn("R1", "standpipe", t("2026-11-09T09:30"), TANGTANG_SQUARE, List.of(pass("flow"))),
            new CheckIn("R1", "standpipe", t("2026-11-11T09:30"), TANGTANG_SQUARE, List.of(pass("flow"))),
            new CheckIn("R2", "dam", t("2026-11-16T09:30"), DAM, List.of(pass("seepage"))));

    @Test
    void aReviewFindsMissedOffSiteIncompleteAndUnexpectedCheckInsByDate() {
        PatrolReview.Report r = REVIEW.review(ROUTE, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 16), CHECK_INS);

        assertThat(r.findings())
                .extracting(Finding::date, Finding::stop, Finding::kind)
                .containsExactly(
                        tuple(LocalDate.of(2026, 11, 9), "dam", Finding.Kind.OFF_SITE),
                        tuple(LocalDate.of(2026, 11, 9), "dam", Finding.Kind.MISSING_ITEM),
                        tuple(LocalDate.of(2026, 11, 9), "dam", Finding.Kind.FAILED_ITEM),
                        tuple(LocalDate.of(2026, 11, 11), "standpipe", Finding.Kind.UNEXPECTED_CHECK_IN),
                        tuple(LocalDate.of(2026, 11, 16), "dam", Finding.Kind.MISSED_STOP),
                        tuple(LocalDate.of(2026, 11, 16), "standpipe", Finding.Kind.MISSED_STOP));
        assertThat(r.findings().get(0).detail())
                .matches("checked in 20\\d\\d m from the stop at 08:30, more than the 300 m allowed");
        assertThat(r.findings().get(1).detail()).isEqualTo("no result for spillway");
        assertThat(r.findings().get(3).detail()).isEqualTo("the route is not due on 2026-11-11");
    }

    @Test
    void aFailedItemOpensAWorkOrderFromThePatrol() {
        PatrolReview.Report r = REVIEW.review(ROUTE, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 16), CHECK_INS);

        assertThat(r.workOrders()).singleElement().satisfies(w -> {
            assertThat(w.id()).isEqualTo("WO-PATROL-R1-dam-seepage-2026-11-09");
            assertThat(w.target()).isEqualTo("RES-1");
            assertThat(w.severity()).isEqualTo("general");
            assertThat(w.origin()).isEqualTo(Origin.PATROL);
            assertThat(w.reportedAt()).isEqualTo(t("2026-11-09T08:30"));
            assertThat(w.reporter()).isEqualTo("WM-17");
            assertThat(w.description()).isEqualTo("Seepage on the downstream face: wet patch below the crest");
        });
    }

    @Test
    void reviewingTheSameCheckInsAgainOpensTheSameWorkOrdersAndADuplicateCheckInOpensNoSecond() {
        List<CheckIn> twice = new ArrayList<>(CHECK_INS);
        twice.add(CHECK_INS.get(2));

        PatrolReview.Report a = REVIEW.review(ROUTE, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 16), twice);
        PatrolReview.Report b = REVIEW.review(ROUTE, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 16), CHECK_INS);

        assertThat(a.workOrders())
                .extracting(WorkOrder::id)
                .containsExactlyElementsOf(
                        b.workOrders().stream().map(WorkOrder::id).toList());
    }

    @Test
    void aRouteNeedsStopsItemsAndATolerance() {
        assertThatThrownBy(() -> new PatrolStop("x", "x", TAOQING, Optional.empty(), List.of()))
                .hasMessageContaining("nothing to check");
        assertThatThrownBy(() -> new PatrolRoute(
                        "R", "r", "p", CalendarRule.parse("FREQ=DAILY"), LocalDate.of(2026, 1, 1), List.of(), 100))
                .hasMessageContaining("no stop");
        assertThatThrownBy(() -> new PatrolRoute(
                        "R", "r", "p", CalendarRule.parse("FREQ=DAILY"), LocalDate.of(2026, 1, 1), ROUTE.stops(), 0))
                .hasMessageContaining("positive check-in tolerance");
        assertThatThrownBy(() -> new PatrolRoute(
                        "R",
                        "r",
                        "p",
                        CalendarRule.parse("FREQ=DAILY"),
                        LocalDate.of(2026, 1, 1),
                        List.of(ROUTE.stops().get(0), ROUTE.stops().get(0)),
                        100))
                .hasMessageContaining("stop dam twice");
    }
}
