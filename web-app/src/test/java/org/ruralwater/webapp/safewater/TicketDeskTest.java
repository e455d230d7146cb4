package org.ruralwater.webapp.safewater;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.assurance.monitoring.ProblemType;
import org.ruralwater.assurance.monitoring.RectificationClass;
import org.ruralwater.assurance.monitoring.Ticket;
import org.ruralwater.core.household.Village;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.history.HistoryRecords;
import org.ruralwater.store.people.Passwords;
import org.ruralwater.store.people.Role;
import org.ruralwater.store.people.User;
import org.ruralwater.webapp.TestPlatform;
import org.ruralwater.webapp.access.Permissions;
import org.ruralwater.webapp.signin.SignInTest.Session;

/** The ticket desk over HTTP: each route asked by each role, inside and outside its region. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketDeskTest {

    private TestPlatform p;
    private Village village;
    private Village otherVillage;
    private SupplyWorks works;

    /** The users of the test by role: all of the first township, but the county's officer and auditor. */
    private static final Map<Role, String> BY_ROLE = Map.of(
            Role.OFFICER, "officer",
            Role.TOWNSHIP_STAFF, "staff1",
            Role.WATER_MANAGER, "manager",
            Role.CREW_MEMBER, "crew1",
            Role.AUDITOR, "auditor",
            Role.ADMINISTRATOR, "admin");

    @BeforeAll
    void start(@TempDir Path dir) {
        p = TestPlatform.start(dir);
        RegionCode first = p.townships.get(0).code();
        RegionCode second = p.townships.get(1).code();
        // The water manager's village: the first of the first township, where every role of the test may act.
        village = p.county.villages().stream()
                .filter(v -> v.township().equals(first))
                .findFirst()
                .orElseThrow();
        otherVillage = p.county.villages().stream()
                .filter(v -> v.township().equals(second))
                .findFirst()
                .orElseThrow();
        works = p.county.works().stream()
                .filter(w -> w.villages().stream().anyMatch(v -> v.isWithin(first)))
                .findFirst()
                .orElseThrow();
        p.store
                .people()
                .add(
                        Scope.everything(),
                        Actor.cli(),
                        new User(
                                "crew1",
                                "一镇维修队",
                                Role.CREW_MEMBER,
                                first,
                                Passwords.argon2id().hash("pw")));
    }

    @AfterAll
    void stop() {
        if (p != null) {
            p.close();
        }
    }

    private String opened(Session s, String description) throws Exception {
        String form = s.get("/tickets/new").body();
        HttpResponse<String> r = s.post(
                "/tickets",
                Map.of(
                        "csrf",
                        TestPlatform.token(form),
                        "type",
                        "frequent_interruption",
                        "village",
                        village.code().value(),
                        "subject",
                        "",
                        "rectification",
                        "on_the_spot",
                        "description",
                        description));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        return r.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> step(Session s, String ticket, String step, String text) throws Exception {
        String page = s.get(ticket).body();
        return s.post(ticket + "/" + step, Map.of("csrf", TestPlatform.token(page), "text", text));
    }

    @Test
    void aTicketGoesThroughItsLifecycleByTheRolesAllowedAndItsPageShowsEveryStep() throws Exception {
        Session staff = p.as("staff1");
        Session crew = p.as("crew1");
        Session officer = p.as("officer");
        String ticket = opened(staff, "三组停水两天");
        assertThat(staff.get(ticket + "?lang=zh-CN").body()).contains("频繁停水断水", "立查立改", "已登记", "三组停水两天", "交办");
        assertThat(step(staff, ticket, "assign", "一镇维修队").statusCode()).isEqualTo(303);
        assertThat(step(crew, ticket, "rectify", "更换阀门").statusCode()).isEqualTo(303);
        assertThat(step(staff, ticket, "verify", "现场核查供水正常").statusCode()).isEqualTo(303);
        HttpResponse<String> closed = step(officer, ticket, "close", "回访记录");
        assertThat(closed.statusCode()).isEqualTo(303);
        assertThat(closed.headers().firstValue("Location")).hasValue(ticket + "?done=close");
        String page = officer.get(ticket + "?done=close").body();
        assertThat(page)
                .contains("已销号", "已销号。")
                .contains("一镇维修队", "更换阀门", "现场核查供水正常", "回访记录")
                .contains("staff1", "crew1", "officer")
                .contains("/reopen")
                .doesNotContain("/close\"");
        String id = ticket.substring("/tickets/".length());
        Ticket stored = p.store.tickets().ticket(Scope.everything(), id).orElseThrow();
        assertThat(stored.history())
                .extracting(Ticket.Step::state)
                .containsExactly(
                        Ticket.State.OPEN,
                        Ticket.State.ASSIGNED,
                        Ticket.State.RECTIFYING,
                        Ticket.State.VERIFIED,
                        Ticket.State.CLOSED);
        assertThat(stored.history())
                .extracting(Ticket.Step::by)
                .containsExactly("staff1", "一镇维修队", "crew1", "staff1", "officer");
        assertThat(stored.deadline()).isEqualTo(LocalDate.now().plusDays(10));
        // The audit log holds every step with who recorded it.
        assertThat(p.store.audit().changesOf(Scope.everything(), "ticket_events", id + "#2"))
                .extracting(c -> c.actor())
                .containsExactly("staff1");
        assertThat(step(officer, ticket, "reopen", "回访发现又停水").statusCode()).isEqualTo(303);
        assertThat(p.store
                        .tickets()
                        .ticket(Scope.everything(), id)
                        .orElseThrow()
                        .wasReopened())
                .isTrue();
    }

    @Test
    void eachStepIsOfferedOnlyToTheRolesAllowedAndRefusedToTheOthersOnTheServer() throws Exception {
        Map<Role, Session> sessions = new HashMap<>();
        for (Role role : Role.values()) {
            sessions.put(role, p.as(BY_ROLE.get(role)));
        }
        for (TicketStep step : TicketStep.values()) {
            for (Role role : Role.values()) {
                String ticket = ticketReadyFor(step);
                Session s = sessions.get(role);
                String page = s.get(ticket).body();
                boolean allowed = Permissions.allows(role, step.action());
                assertThat(page.contains("action=\"" + ticket + "/" + step.code() + "\""))
                        .as("%s offered to %s", step, role)
                        .isEqualTo(allowed);
                HttpResponse<String> r =
                        s.post(ticket + "/" + step.code(), Map.of("csrf", TestPlatform.token(page), "text", "做了"));
                assertThat(r.statusCode()).as("%s by %s", step, role).isEqualTo(allowed ? 303 : 403);
            }
        }
    }

    /** A ticket of the water manager's village whose state allows the step. */
    private String ticketReadyFor(TicketStep step) {
        LocalDateTime at = LocalDateTime.now().minusDays(1).withNano(0);
        String id = "T-" + step.code() + "-" + System.nanoTime();
        Ticket t = new Ticket(
                id,
                ProblemType.NO_WATER_IN_PIPES,
                village.code().value(),
                village.code(),
                RectificationClass.STAGED,
                at.toLocalDate().plusDays(90),
                List.of(new Ticket.Step(Ticket.State.OPEN, at, "12345热线", "不出水")));
        Set<TicketStep> before = switch (step) {
            case ASSIGN -> EnumSet.noneOf(TicketStep.class);
            case RECTIFY -> EnumSet.of(TicketStep.ASSIGN);
            case VERIFY -> EnumSet.of(TicketStep.ASSIGN, TicketStep.RECTIFY);
            case CLOSE, REOPEN -> EnumSet.of(TicketStep.ASSIGN, TicketStep.RECTIFY, TicketStep.VERIFY);
        };
        if (before.contains(TicketStep.ASSIGN)) {
            t = t.assign(at.plusMinutes(1), "一镇维修队");
        }
        if (before.contains(TicketStep.RECTIFY)) {
            t = t.startRectifying(at.plusMinutes(2), "crew1", "抢修");
        }
        if (before.contains(TicketStep.VERIFY)) {
            t = t.verify(at.plusMinutes(3), "staff1", "正常");
        }
        p.store.tickets().open(Scope.everything(), Actor.cli(), t);
        return TicketView.href(id);
    }

    @Test
    void theListShowsTheRegionsTicketsByStateTownshipAndOverdueWithTheirMarks() throws Exception {
        LocalDateTime at = LocalDateTime.now().minusDays(30).withNano(0);
        Ticket late = new Ticket(
                "T-late-" + System.nanoTime(),
                ProblemType.DROUGHT,
                village.code().value(),
                village.code(),
                RectificationClass.ON_THE_SPOT,
                at.toLocalDate().plusDays(10),
                List.of(new Ticket.Step(Ticket.State.OPEN, at, "12345热线", "旱情")));
        p.store.tickets().open(Scope.everything(), Actor.cli(), late);
        Ticket theirs = new Ticket(
                "T-theirs-" + System.nanoTime(),
                ProblemType.DROUGHT,
                otherVillage.code().value(),
                otherVillage.code(),
                RectificationClass.ON_THE_SPOT,
                at.toLocalDate().plusDays(10),
                List.of(new Ticket.Step(Ticket.State.OPEN, at, "12345热线", "旱情")));
        p.store.tickets().open(Scope.everything(), Actor.cli(), theirs);
        Session officer = p.as("officer");
        String all = officer.get("/tickets?lang=zh-CN").body();
        assertThat(all).contains(late.id(), theirs.id(), "逾期 20 天", "干旱缺水");
        String first = "/tickets?township=" + p.townships.get(0).code().value();
        assertThat(officer.get(first).body()).contains(late.id()).doesNotContain(theirs.id());
        assertThat(officer.get("/tickets?overdue=on&state=open").body())
                .contains(late.id())
                .doesNotContain("T-assign-");
        assertThat(officer.get("/tickets?state=closed").body()).doesNotContain(late.id());
        Session staff = p.as("staff1");
        assertThat(staff.get("/tickets").body()).contains(late.id()).doesNotContain(theirs.id());
        assertThat(staff.get("/tickets?township=" + p.townships.get(0).code().value())
                        .body())
                .contains(late.id());
        assertThat(p.as("manager")
                        .get("/tickets?township=" + p.townships.get(0).code().value())
                        .body())
                .contains(late.id());
        assertThat(staff.get("/tickets?township=" + p.townships.get(1).code().value())
                        .statusCode())
                .isEqualTo(404);
        assertThat(staff.get(TicketView.href(theirs.id())).statusCode()).isEqualTo(404);
        assertThat(p.as("staff2").get(TicketView.href(theirs.id())).statusCode())
                .isEqualTo(200);
    }

    @Test
    void anotherRegionsTicketIsNotFoundForEveryStepAndAnUnknownStepOrIdIsNotFoundEither() throws Exception {
        Session theirs = p.as("staff2");
        String ticket = ticketReadyFor(TicketStep.ASSIGN);
        String token = TestPlatform.token(theirs.get("/tickets").body());
        for (TicketStep step : TicketStep.values()) {
            HttpResponse<String> r = theirs.post(ticket + "/" + step.code(), Map.of("csrf", token, "text", "x"));
            assertThat(r.statusCode()).as(step.code()).isEqualTo(404);
        }
        assertThat(theirs.get(ticket).statusCode()).isEqualTo(404);
        Session staff = p.as("staff1");
        String mine = TestPlatform.token(staff.get("/tickets").body());
        assertThat(staff.post(ticket + "/destroy", Map.of("csrf", mine, "text", "x"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(staff.get("/tickets/T-none").statusCode()).isEqualTo(404);
        HttpResponse<String> elsewhere = staff.post(
                "/tickets",
                Map.of(
                        "csrf",
                        mine,
                        "type",
                        "drought",
                        "village",
                        otherVillage.code().value(),
                        "rectification",
                        "staged",
                        "description",
                        "x"));
        assertThat(elsewhere.statusCode()).isEqualTo(404);
    }

    @Test
    void aStepTheLifecycleDoesNotTakeNowOrWithoutItsTextIsRefusedWithAMessage() throws Exception {
        String ticket = ticketReadyFor(TicketStep.ASSIGN);
        Session officer = p.as("officer");
        HttpResponse<String> early = step(officer, ticket, "close", "照片");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("现在不能销号：工单已登记");
        HttpResponse<String> blank = step(officer, ticket, "assign", "   ");
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(blank.body()).contains("交办给：请填写 1 至 2000 个字符");
        HttpResponse<String> tooLong = step(officer, ticket, "assign", "长".repeat(2001));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        Session staff = p.as("staff1");
        String form = staff.get("/tickets/new").body();
        Map<String, String> fields = new HashMap<>(Map.of(
                "csrf", TestPlatform.token(form),
                "type", "nothing",
                "village", village.code().value(),
                "rectification", "staged",
                "description", "x"));
        assertThat(staff.post("/tickets", fields).body()).contains("请选择问题类型");
        fields.put("type", "drought");
        fields.put("rectification", "never");
        assertThat(staff.post("/tickets", fields).body()).contains("请选择整改类型");
        fields.put("rectification", "staged");
        fields.put("subject", "no spaces allowed");
        HttpResponse<String> badSubject = staff.post("/tickets", fields);
        assertThat(badSubject.statusCode()).isEqualTo(422);
        assertThat(badSubject.body()).contains("问题对象");
        fields.put("subject", "");
        fields.put("description", "");
        assertThat(staff.post("/tickets", fields).statusCode()).isEqualTo(422);
        assertThat(p.as("auditor").get("/tickets/new").statusCode()).isEqualTo(403);
        fields.put("description", "x");
        Session auditor = p.as("auditor");
        fields.put("csrf", TestPlatform.token(auditor.get("/tickets").body()));
        assertThat(auditor.post("/tickets", fields).statusCode()).isEqualTo(403);
    }

    @Test
    void aWaterQualityTicketAboutAWorksClosesOnlyOnAPassingRetestTakenAfterItWasReported(@TempDir Path dir)
            throws Exception {
        LocalDateTime at = LocalDateTime.now().minusDays(5).withNano(0);
        String id = "WQ-S1-repeat_sampling-arsenic-" + System.nanoTime();
        Ticket t = new Ticket(
                        id,
                        ProblemType.POOR_QUALITY,
                        works.id().value(),
                        works.villages().get(0),
                        RectificationClass.ON_THE_SPOT,
                        at.toLocalDate().plusDays(3),
                        List.of(new Ticket.Step(Ticket.State.OPEN, at, "escalation:overdue-alert-to-ticket", "砷超标")))
                .assign(at.plusHours(1), "水厂")
                .startRectifying(at.plusHours(2), "crew1", "更换滤料")
                .verify(at.plusHours(3), "staff1", "已整改");
        p.store.tickets().open(Scope.everything(), Actor.cli(), t);
        String ticket = TicketView.href(id);
        Session officer = p.as("officer");
        String page = officer.get(ticket + "?lang=zh-CN").body();
        assertThat(page).contains("closing-needs-retest", "尚无合格的复检水样");
        HttpResponse<String> refused = step(officer, ticket, "close", "整改报告");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("须有工程 " + works.id().value());

        Path quality = Files.createDirectories(dir.resolve("quality"));
        String w = works.id().value();
        Files.writeString(
                quality.resolve("samples.csv"),
                "sample_id,works_id,point,sampled_at,supply,disinfection,indicator,value,unit,detection_limit,limited\n"
                        + "R-before," + w + ",tap," + at.minusDays(1).toLocalDate()
                        + " 09:00,small_centralized,none,砷,0.003,mg/L,,\n"
                        + "R-failed," + w + ",tap," + at.plusDays(1).toLocalDate()
                        + " 09:00,small_centralized,none,砷,0.05,mg/L,,\n"
                        + "R-passed," + w + ",tap," + at.plusDays(2).toLocalDate()
                        + " 09:00,small_centralized,none,砷,0.003,mg/L,,\n",
                StandardCharsets.UTF_8);
        p.store.history().importFolder(Scope.everything(), Actor.cli(), dir, HistoryRecords.Rules.bundled());
        String withRetests = officer.get(ticket).body();
        assertThat(withRetests).contains("<option value=\"R-passed\"").doesNotContain("R-before", "R-failed");
        String token = TestPlatform.token(withRetests);
        HttpResponse<String> notARetest =
                officer.post(ticket + "/close", Map.of("csrf", token, "text", "报告", "retest", "R-failed"));
        assertThat(notARetest.statusCode()).isEqualTo(422);
        HttpResponse<String> closed =
                officer.post(ticket + "/close", Map.of("csrf", token, "text", "报告", "retest", "R-passed"));
        assertThat(closed.statusCode()).isEqualTo(303);
        Ticket stored = p.store.tickets().ticket(Scope.everything(), id).orElseThrow();
        assertThat(stored.state()).isEqualTo(Ticket.State.CLOSED);
        assertThat(stored.history().get(4).note()).contains("报告", "R-passed");
    }

    @Test
    void aTicketTheLinksOpenedClosesOnTheRetestTheirWatchFindsAndThroughTheirOwnRule(@TempDir Path dir)
            throws Exception {
        SupplyWorks other = p.county.works().stream()
                .filter(w -> w.villages().stream()
                        .anyMatch(v -> v.isWithin(p.townships.get(0).code())))
                .filter(w -> !w.id().equals(works.id()))
                .findFirst()
                .orElse(works);
        LocalDateTime failed = LocalDateTime.now()
                .minusDays(6)
                .withHour(9)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        String w = other.id().value();
        Path quality = Files.createDirectories(dir.resolve("quality"));
        Files.writeString(
                quality.resolve("samples.csv"),
                "sample_id,works_id,point,sampled_at,supply,disinfection,indicator,value,unit,detection_limit,limited\n"
                        + "L-failed," + w + ",tap," + failed.toLocalDate()
                        + " 09:00,small_centralized,none,砷,0.05,mg/L,,\n"
                        + "L-retest," + w + ",tap," + failed.toLocalDate().plusDays(3)
                        + " 09:00,small_centralized,none,砷,0.003,mg/L,,\n",
                StandardCharsets.UTF_8);
        p.store.history().importFolder(Scope.everything(), Actor.cli(), dir, HistoryRecords.Rules.bundled());
        var watch = org.ruralwater.escalation.watch.Watch.of(
                org.ruralwater.escalation.links.Links.bundled(),
                HistoryRecords.Rules.bundled().evaluator(),
                org.ruralwater.qualityrules.alert.AlertPolicy.DEFAULT);
        var raised = watch
                .over(
                        p.store
                                .quality()
                                .taken(
                                        Scope.everything(),
                                        java.time.YearMonth.from(failed).minusMonths(1),
                                        java.time.YearMonth.now()),
                        p.county.works(),
                        LocalDateTime.now())
                .tickets()
                .stream()
                .filter(e -> e.ticket().subject().equals(w))
                .findFirst()
                .orElseThrow();
        assertThat(raised.passingRetest()).hasValue("L-retest");
        Ticket t = raised.ticket();
        LocalDateTime at = t.openedAt();
        t = t.assign(at.plusHours(1), "水厂")
                .startRectifying(at.plusHours(2), "crew1", "更换滤料")
                .verify(at.plusHours(3), "staff1", "已整改");
        p.store.tickets().open(Scope.everything(), Actor.cli(), t);
        String ticket = TicketView.href(t.id());
        Session officer = p.as("officer");
        String page = officer.get(ticket).body();
        assertThat(page).contains("<option value=\"L-retest\"").doesNotContain("<option value=\"L-failed\"");
        String token = TestPlatform.token(page);
        assertThat(officer.post(ticket + "/close", Map.of("csrf", token, "text", "报告", "retest", "L-failed"))
                        .statusCode())
                .isEqualTo(422);
        assertThat(officer.post(ticket + "/close", Map.of("csrf", token, "text", "报告", "retest", "L-retest"))
                        .statusCode())
                .isEqualTo(303);
        Ticket stored = p.store.tickets().ticket(Scope.everything(), t.id()).orElseThrow();
        assertThat(stored.state()).isEqualTo(Ticket.State.CLOSED);
        assertThat(stored.history().get(4).note()).contains("报告", "L-retest");
    }
}
