package org.ruralwater.store.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ruralwater.assurance.monitoring.ProblemType;
import org.ruralwater.assurance.monitoring.RectificationClass;
import org.ruralwater.assurance.monitoring.Ticket;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.store.Store;
import org.ruralwater.store.TestDatabase;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.audit.Change;

/** A ticket's lifecycle in the store: each step assurance's, appended with the state, audited and scoped. */
class TicketRecordsTest {

    private static final RegionCode VILLAGE = RegionCode.parse("539821101201");
    private static final RegionCode TOWNSHIP = RegionCode.parse("539821101000");
    private static final RegionCode OTHER_TOWNSHIP = RegionCode.parse("539821102000");
    private static final LocalDateTime OPENED = LocalDateTime.of(2026, 3, 2, 9, 0);
    private static final Actor STATION = Actor.user("t1.staff");
    private static final Actor OFFICER = Actor.user("county.officer");

    private static Ticket ticket(String id) {
        return new Ticket(
                id,
                ProblemType.FREQUENT_INTERRUPTION,
                "539821101201-0007",
                VILLAGE,
                RectificationClass.ON_THE_SPOT,
                LocalDate.of(2026, 3, 12),
                List.of(new Ticket.Step(Ticket.State.OPEN, OPENED, "12345热线", "三天两头停水")));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTicketGoesThroughItsLifecycleAndEachStepIsAnAuditedEvent(TestDatabase db, @TempDir Path dir) {
        try (Store store = Store.open(db.location(dir))) {
            TicketRecords tickets = store.tickets();
            Scope township = Scope.of(TOWNSHIP);
            tickets.open(township, STATION, ticket("T-1"));
            tickets.assign(township, STATION, "T-1", OPENED.plusHours(2), "村管水员");
            tickets.rectify(township, STATION, "T-1", OPENED.plusHours(5), "更换减压阀");
            tickets.verify(Scope.everything(), OFFICER, "T-1", OPENED.plusDays(3), "现场核查已整改");

            // 销号 needs evidence: refused without it, and nothing is written.
            assertThatThrownBy(() -> tickets.close(Scope.everything(), OFFICER, "T-1", OPENED.plusDays(4), " "))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(tickets.ticket(township, "T-1").orElseThrow().state()).isEqualTo(Ticket.State.VERIFIED);

            Ticket closed = tickets.close(Scope.everything(), OFFICER, "T-1", OPENED.plusDays(4), "整改照片及回访记录")
                    .orElseThrow();
            assertThat(closed.state()).isEqualTo(Ticket.State.CLOSED);
            assertThat(tickets.openProblems(township, RegionLevel.TOWNSHIP, LocalDate.of(2026, 3, 31)))
                    .singleElement()
                    .satisfies(o -> assertThat(o.atZero()).isTrue());

            Ticket reopened = tickets.reopen(township, STATION, "T-1", OPENED.plusDays(20), "又停水")
                    .orElseThrow();
            assertThat(reopened.state()).isEqualTo(Ticket.State.ASSIGNED);
            assertThat(reopened.wasReopened()).isTrue();
            assertThat(tickets.ticket(township, "T-1")).contains(reopened);
            assertThat(tickets.openProblems(township, RegionLevel.TOWNSHIP, LocalDate.of(2026, 3, 31)))
                    .singleElement()
                    .satisfies(o -> {
                        assertThat(o.open()).isEqualTo(1);
                        assertThat(o.overdue()).isEqualTo(1);
                    });
            // The day it was closed it counted as closed; the history before a day decides that day.
            assertThat(tickets.openProblems(township, RegionLevel.TOWNSHIP, LocalDate.of(2026, 3, 7)))
                    .singleElement()
                    .satisfies(o -> assertThat(o.open()).isZero());

            List<Change> events = store.audit().changes(township).stream()
                    .filter(c -> c.kind().equals("ticket_events"))
                    .toList();
            assertThat(events)
                    .extracting(Change::key)
                    .containsExactly("T-1#1", "T-1#2", "T-1#3", "T-1#4", "T-1#5", "T-1#6");
            assertThat(events.get(4).actor()).isEqualTo("county.officer");
            assertThat(events.get(4).after())
                    .hasValueSatisfying(a -> assertThat(a).contains("整改照片及回访记录"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aStepTheLifecycleDoesNotAllowIsRefusedAndChangesNothing(TestDatabase db, @TempDir Path dir) {
        try (Store store = Store.open(db.location(dir))) {
            store.tickets().open(Scope.everything(), STATION, ticket("T-2"));
            assertThatThrownBy(
                            () -> store.tickets().verify(Scope.everything(), OFFICER, "T-2", OPENED.plusDays(1), "已整改"))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() ->
                            store.tickets().assign(Scope.everything(), OFFICER, "T-2", OPENED.minusDays(1), "村管水员"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(store.tickets()
                            .ticket(Scope.everything(), "T-2")
                            .orElseThrow()
                            .history())
                    .hasSize(1);
            assertThat(store.status(Scope.everything()).counts()).containsEntry("ticket_events", 1L);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anotherTownshipNeitherSeesNorChangesTheTicket(TestDatabase db, @TempDir Path dir) {
        try (Store store = Store.open(db.location(dir))) {
            Scope other = Scope.of(OTHER_TOWNSHIP);
            assertThatThrownBy(() -> store.tickets().open(other, STATION, ticket("T-3")))
                    .isInstanceOf(IllegalArgumentException.class);
            store.tickets().open(Scope.everything(), STATION, ticket("T-3"));

            assertThat(store.tickets().tickets(other)).isEmpty();
            assertThat(store.tickets().ticket(other, "T-3")).isEmpty();
            assertThat(store.tickets().assign(other, STATION, "T-3", OPENED.plusHours(1), "某人"))
                    .isEmpty();
            assertThat(store.tickets()
                            .ticket(Scope.everything(), "T-3")
                            .orElseThrow()
                            .state())
                    .isEqualTo(Ticket.State.OPEN);
            assertThat(store.audit().changes(other)).isEmpty();
        }
    }
}
