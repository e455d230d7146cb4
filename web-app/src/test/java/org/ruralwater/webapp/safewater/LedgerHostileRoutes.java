package org.ruralwater.webapp.safewater;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.assurance.monitoring.ProblemType;
import org.ruralwater.assurance.monitoring.RectificationClass;
import org.ruralwater.assurance.monitoring.Ticket;
import org.ruralwater.core.household.Village;
import org.ruralwater.store.Location;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.webapp.TestPlatform;
import org.ruralwater.webapp.signin.SignInTest.Session;

/**
 * The ledger's routes asked as an attacker would: another region's tickets and regions, forms without the
 * session's token or with another's, script in every text a user types, SQL in every parameter. On the embedded
 * store ({@link LedgerHostileRoutesTest}) and on PostgreSQL ({@link LedgerHostileRoutesOnPostgresqlTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LedgerHostileRoutes {

    private static final String SCRIPT = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    private static final String SQL = "x' OR '1'='1'; DROP TABLE problem_ticket; --";

    private TestPlatform p;
    private Village village;
    private Village otherVillage;
    private String theirs;

    abstract Location location(Path dir);

    @BeforeAll
    void start(@TempDir Path dir) {
        p = TestPlatform.start(location(dir), 10_000);
        village = p.county.villages().stream()
                .filter(v -> v.township().equals(p.townships.get(0).code()))
                .findFirst()
                .orElseThrow();
        otherVillage = p.county.villages().stream()
                .filter(v -> v.township().equals(p.townships.get(1).code()))
                .findFirst()
                .orElseThrow();
        LocalDateTime at = LocalDateTime.now().minusDays(3).withNano(0);
        theirs = "T-theirs";
        p.store
                .tickets()
                .open(
                        Scope.everything(),
                        Actor.cli(),
                        new Ticket(
                                theirs,
                                ProblemType.DROUGHT,
                                otherVillage.code().value(),
                                otherVillage.code(),
                                RectificationClass.STAGED,
                                at.toLocalDate().plusDays(90),
                                List.of(new Ticket.Step(
                                        Ticket.State.OPEN, at, "12345热线", otherVillage.name() + "缺水"))));
    }

    @AfterAll
    void stop() {
        if (p != null) {
            p.close();
        }
    }

    /** Every route of the ledger that answers a GET, with the region asked for when it takes one. */
    private List<String> pages(String region) {
        return List.of(
                "/tickets?township=" + region,
                "/ledger?region=" + region,
                "/ledger/monthly?region=" + region,
                "/ledger/monthly.csv?region=" + region,
                "/screening?region=" + region);
    }

    @Test
    void anotherRegionsTicketsAndRegionsAreNotFoundOnEveryRouteAndNothingOfThemLeaks() throws Exception {
        Session staff = p.as("staff1");
        String token = TestPlatform.token(staff.get("/tickets").body());
        assertThat(staff.get(TicketView.href(theirs)).statusCode()).isEqualTo(404);
        for (TicketStep step : TicketStep.values()) {
            HttpResponse<String> r =
                    staff.post(TicketView.href(theirs) + "/" + step.code(), Map.of("csrf", token, "text", "x"));
            assertThat(r.statusCode()).as(step.code()).isEqualTo(404);
            assertThat(r.body()).doesNotContain(otherVillage.name());
        }
        for (String page : pages(p.townships.get(1).code().value())) {
            HttpResponse<String> r = staff.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(404);
            assertThat(r.body()).as(page).doesNotContain(otherVillage.name());
        }
        for (String page : List.of("/ledger?region=", "/screening?region=")) {
            assertThat(staff.get(page + otherVillage.code().value()).statusCode())
                    .as(page)
                    .isEqualTo(404);
        }
        for (String page : List.of("/tickets", "/ledger", "/ledger/monthly", "/screening")) {
            assertThat(staff.get(page).body()).as(page).doesNotContain(otherVillage.name(), theirs);
        }
        // The same ticket and regions are there for their own township: the 404s above are of scope.
        Session own = p.as("staff2");
        assertThat(own.get(TicketView.href(theirs)).statusCode()).isEqualTo(200);
        for (String page : pages(p.townships.get(1).code().value())) {
            assertThat(own.get(page).statusCode()).as(page).isEqualTo(200);
        }
    }

    @Test
    void everyFormOfTheLedgerRefusesAMissingAForgedOrAnotherSessionsTokenAndChangesNothing() throws Exception {
        Session staff = p.as("staff1");
        String mine = TestPlatform.token(staff.get("/tickets").body());
        String ticket = opened(staff, mine, "停水");
        String othersToken = TestPlatform.token(p.as("officer").get("/").body());
        long before = p.store.audit().count(Scope.everything());
        Map<String, Map<String, String>> forms = new HashMap<>();
        forms.put(
                "/tickets",
                Map.of(
                        "type", "drought",
                        "village", village.code().value(),
                        "rectification", "staged",
                        "description", "x"));
        for (TicketStep step : TicketStep.values()) {
            forms.put(ticket + "/" + step.code(), Map.of("text", "x"));
        }
        for (var form : forms.entrySet()) {
            for (String token : List.of("", "forged", othersToken)) {
                Map<String, String> fields = new HashMap<>(form.getValue());
                if (!token.isEmpty()) {
                    fields.put("csrf", token);
                }
                assertThat(staff.post(form.getKey(), fields).statusCode())
                        .as(form.getKey() + " with " + token)
                        .isEqualTo(403);
            }
        }
        assertThat(p.store.audit().count(Scope.everything())).isEqualTo(before);
    }

    private String opened(Session s, String token, String description) throws Exception {
        HttpResponse<String> r = s.post(
                "/tickets",
                Map.of(
                        "csrf",
                        token,
                        "type",
                        "frequent_interruption",
                        "village",
                        village.code().value(),
                        "rectification",
                        "on_the_spot",
                        "description",
                        description));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        return r.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void scriptInEveryTextFieldIsShownAsTextWhereverTheTextAppears() throws Exception {
        Session staff = p.as("staff1");
        Session officer = p.as("officer");
        String token = TestPlatform.token(staff.get("/tickets").body());
        String ticket = opened(staff, token, SCRIPT);
        for (String step : List.of("assign", "rectify", "verify")) {
            assertThat(staff.post(ticket + "/" + step, Map.of("csrf", token, "text", SCRIPT))
                            .statusCode())
                    .as(step)
                    .isEqualTo(303);
        }
        String officerToken = TestPlatform.token(officer.get("/tickets").body());
        assertThat(officer.post(ticket + "/close", Map.of("csrf", officerToken, "text", SCRIPT))
                        .statusCode())
                .isEqualTo(303);
        assertThat(officer.post(ticket + "/reopen", Map.of("csrf", officerToken, "text", SCRIPT))
                        .statusCode())
                .isEqualTo(303);
        // A subject that is no id is refused, and shown back as text in the form.
        HttpResponse<String> refused = staff.post(
                "/tickets",
                Map.of(
                        "csrf",
                        token,
                        "type",
                        "drought",
                        "village",
                        village.code().value(),
                        "subject",
                        SCRIPT,
                        "rectification",
                        "staged",
                        "description",
                        SCRIPT));
        assertThat(refused.statusCode()).isEqualTo(422);
        for (String page : List.of(
                ticket,
                "/tickets",
                "/ledger",
                "/ledger?region=" + village.code().value(),
                "/ledger/monthly",
                "/audit",
                "/tickets?state=" + URLEncoder.encode(SCRIPT, StandardCharsets.UTF_8))) {
            String body = officer.get(page).body();
            assertThat(body).as(page).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
        }
        assertThat(refused.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
        assertThat(officer.get(ticket).body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void sqlInEveryParameterIsATextLikeAnyOther() throws Exception {
        Session officer = p.as("officer");
        String q = URLEncoder.encode(SQL, StandardCharsets.UTF_8);
        assertThat(officer.get("/tickets/" + q).statusCode()).isEqualTo(404);
        for (String page : List.of("/tickets?state=" + q, "/tickets?overdue=" + q)) {
            assertThat(officer.get(page).statusCode()).as(page).isEqualTo(200);
        }
        for (String page : List.of(
                "/tickets?township=" + q,
                "/ledger?region=" + q,
                "/ledger?on=" + q,
                "/ledger/monthly?month=" + q,
                "/screening?region=" + q)) {
            assertThat(officer.get(page).statusCode()).as(page).isEqualTo(404);
        }
        String token = TestPlatform.token(officer.get("/tickets").body());
        assertThat(officer.post("/tickets/" + q + "/assign", Map.of("csrf", token, "text", SQL))
                        .statusCode())
                .isEqualTo(404);
        String ticket = opened(officer, token, SQL);
        assertThat(officer.post(ticket + "/assign", Map.of("csrf", token, "text", SQL))
                        .statusCode())
                .isEqualTo(303);
        String id = ticket.substring("/tickets/".length());
        Ticket stored = p.store.tickets().ticket(Scope.everything(), id).orElseThrow();
        assertThat(stored.history().get(0).note()).isEqualTo(SQL);
        assertThat(stored.history().get(1).by()).isEqualTo(SQL);
        assertThat(p.store.tickets().tickets(Scope.everything())).hasSizeGreaterThan(1);
    }
}
