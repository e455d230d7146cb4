package org.ruralwater.store.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ruralwater.assurance.monitoring.Ticket;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.store.Store;
import org.ruralwater.store.TestDatabase;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;

/** A ticket file imported again as its tickets move on: later steps are appended, earlier ones never rewritten. */
class TicketFileTest {

    private static final String OPEN =
            "{\"state\": \"open\", \"at\": \"2026-01-03T12:22\", \"by\": \"12345热线\", \"note\": \"寒潮冻裂管道\"}";
    private static final String ASSIGNED =
            "{\"state\": \"assigned\", \"at\": \"2026-01-04T00:22\", \"by\": \"乡镇水利站\", \"note\": \"assigned to 乡镇水利站\"}";
    private static final String RECTIFYING =
            "{\"state\": \"rectifying\", \"at\": \"2026-01-04T04:22\", \"by\": \"乡镇水利站\", \"note\": \"维修队上门抢修\"}";

    private static void write(Path folder, String... steps) throws IOException {
        Files.createDirectories(folder.resolve("assurance"));
        Files.writeString(
                folder.resolve("assurance/tickets.json"),
                "[\n {\"id\": \"T2026-00012\", \"type\": \"freeze_damage\", \"subject\": \"539821102203-0050\","
                        + " \"village\": \"539821102203\", \"rectification\": \"on_the_spot\", \"deadline\": \"2026-01-13\",\n"
                        + "  \"history\": [" + String.join(",\n   ", steps) + "]}\n]\n");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void laterStepsAreAppendedAndARewrittenOneIsAProblemAtItsTicket(TestDatabase db, @TempDir Path dir)
            throws IOException {
        Path folder = dir.resolve("year");
        HistoryRecords.Rules rules = HistoryRecords.Rules.bundled().withoutBillRuns();
        try (Store store = Store.open(db.location(dir))) {
            write(folder, OPEN, ASSIGNED);
            store.history().importFolder(Scope.everything(), Actor.user("a"), folder, rules);
            write(folder, OPEN, ASSIGNED, RECTIFYING);
            HistoryRecords.Imported later =
                    store.history().importFolder(Scope.everything(), Actor.user("a"), folder, rules);
            assertThat(later.files().get(HistoryFolder.TICKETS).updated()).isEqualTo(1);
            Ticket t = store.tickets().ticket(Scope.everything(), "T2026-00012").orElseThrow();
            assertThat(t.state()).isEqualTo(Ticket.State.RECTIFYING);
            assertThat(store.status(Scope.everything()).counts()).containsEntry("ticket_events", 3L);

            write(folder, OPEN, ASSIGNED.replace("乡镇水利站\", \"note", "县水利局\", \"note"), RECTIFYING);
            InvalidInputException e = catchThrowableOfType(
                    () -> store.history().importFolder(Scope.everything(), Actor.user("a"), folder, rules),
                    InvalidInputException.class);
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.source()).isEqualTo("assurance/tickets.json");
                assertThat(p.line()).isEqualTo(2);
                assertThat(p.field()).isEqualTo("history");
            });
            assertThat(store.tickets().ticket(Scope.everything(), "T2026-00012"))
                    .contains(t);
        }
    }
}
