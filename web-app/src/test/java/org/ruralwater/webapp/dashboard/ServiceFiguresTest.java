package org.ruralwater.webapp.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.billing.collection.CollectionRate;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.maintenance.workorder.ResponseCommitments;
import org.ruralwater.maintenance.workorder.Timeliness;
import org.ruralwater.qualityrules.compliance.Rate;
import org.ruralwater.store.Location;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.collection.FeeCollection;
import org.ruralwater.store.history.HistoryRecords;
import org.ruralwater.store.maintenance.RepairTimeliness;
import org.ruralwater.store.people.Passwords;
import org.ruralwater.store.people.Role;
import org.ruralwater.store.people.User;
import org.ruralwater.store.quality.PassRate;
import org.ruralwater.store.quality.QualityRecords;
import org.ruralwater.store.tickets.OpenProblems;
import org.ruralwater.webapp.Platform;
import org.ruralwater.webapp.demo.Loading;
import org.ruralwater.webapp.signin.SignInTest.Session;

/**
 * The dashboard's service indicators over HTTP on a small demo county with its year (bill runs and the fee
 * summary counted), on a clock in mid-December of the demo year: each figure is the store's query counted by
 * its domain module, with its trend month by month, its target, and each township's figure below.
 */
class ServiceFiguresTest {

    private static final County COUNTY = DemoCounty.generate(300, 9);
    private static final Region CODE =
            COUNTY.regions().atLevel(RegionLevel.COUNTY).get(0);
    private static final List<Region> TOWNSHIPS = COUNTY.regions().childrenOf(CODE.code());
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 15);
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    private static final java.util.concurrent.atomic.AtomicReference<Optional<Loading>> LOADING =
            new java.util.concurrent.atomic.AtomicReference<>(Optional.empty());

    private static Store store;
    private static Platform platform;
    private static Platform loading;

    @BeforeAll
    static void start(@TempDir Path dir) {
        store = Store.open(Location.embeddedIn(dir.resolve("store")));
        store.history()
                .importDemoYear(Scope.everything(), Actor.cli(), COUNTY, 9, 2026, HistoryRecords.Rules.bundled());
        store.collection().countSummary(TODAY);
        Passwords p = Passwords.argon2id();
        store.people()
                .add(
                        Scope.everything(),
                        Actor.cli(),
                        new User("officer", "县水利局", Role.OFFICER, CODE.code(), p.hash("pw")));
        Clock clock =
                Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        Platform.Settings settings = new Platform.Settings("127.0.0.1", 0, store, clock, false, Optional::empty);
        platform = Platform.start(settings);
        loading = Platform.start(settings.withDemoYear(LOADING::get));
    }

    @AfterAll
    static void stop() {
        loading.close();
        platform.close();
        store.close();
    }

    private static String dashboard(Platform on, String query) throws Exception {
        Session s = new Session(on);
        assertThat(s.signIn("officer", "pw").statusCode()).isEqualTo(303);
        HttpResponse<String> r = s.get("/" + query);
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    /** The text of the element with the id's indicator card, up to the card's end. */
    private static String card(String page, String id) {
        int at = page.indexOf("<article class=\"indicator\" id=\"" + id + "\">");
        assertThat(at).as(id).isNotNegative();
        return page.substring(at, page.indexOf("</article>", at));
    }

    @Test
    void theCountysFourServiceFiguresAreTheDomainModulesCountsOfTheStoresYear() throws Exception {
        String page = dashboard(platform, "?lang=zh-CN");
        assertThat(page).contains("水质达标率", "水费收缴率", "维修及时率", "问题动态清零", "2026 年 1 月至 12 月");
        Scope scope = Scope.of(CODE.code());

        long passed = 0;
        long samples = 0;
        for (PassRate r : store.quality()
                .passRates(scope, RegionLevel.COUNTY, JANUARY, DECEMBER, QualityRecords.FINISHED_WATER)) {
            passed += r.passed();
            samples += r.samples();
        }
        assertThat(samples).isPositive();
        assertThat(card(page, "water_quality"))
                .contains(new Rate(passed, samples).percent().orElseThrow().toPlainString() + "%")
                .contains(passed + " / " + samples + " 份水样达标")
                .contains("目标：90%")
                .contains("data-trend=");

        CollectionRate fees = null;
        for (FeeCollection f : store.collection().feeCollection(scope, RegionLevel.COUNTY, JANUARY, DECEMBER, TODAY)) {
            CollectionRate r = new CollectionRate(f.collected(), f.due());
            fees = fees == null ? r : fees.plus(r);
        }
        assertThat(card(page, "fee_collection"))
                .contains(fees.percent().orElseThrow().toPlainString() + "%")
                .contains("缴费计至 2026-12-15");

        int met = 0;
        int due = 0;
        for (RepairTimeliness t : store.maintenance()
                .repairTimeliness(scope, RegionLevel.COUNTY, JANUARY, DECEMBER, ResponseCommitments.countyExample())) {
            met += t.met();
            due += t.due();
        }
        assertThat(card(page, "repair_timeliness"))
                .contains(new Timeliness(met, due).percent().orElseThrow().toPlainString() + "%")
                .contains(met + " / " + due + " 次维修按时完成");

        OpenProblems open =
                store.tickets().openProblems(scope, RegionLevel.COUNTY, TODAY).get(0);
        List<OpenProblems> below = store.tickets().openProblems(scope, RegionLevel.TOWNSHIP, TODAY);
        assertThat(card(page, "open_problems"))
                .contains("<p class=\"figure\">" + open.open() + "</p>")
                .contains("未销号 " + open.open() + " 个，其中超期 " + open.overdue() + " 个")
                .contains("下级区域 " + below.stream().filter(OpenProblems::atZero).count() + " / " + TOWNSHIPS.size()
                        + " 个已动态清零")
                .contains("目标：动态清零");
    }

    @Test
    void eachTrendHasTwelveMonthsInItsChartDataAndInATableForReadersWithoutJavaScript() throws Exception {
        String quality = card(dashboard(platform, "?lang=zh-CN"), "water_quality");
        Matcher m = Pattern.compile("data-trend=\"([^\"]*)\"").matcher(quality);
        assertThat(m.find()).isTrue();
        String json = m.group(1).replace("&#34;", "\"").replace("&quot;", "\"");
        assertThat(json).startsWith("{\"labels\":[\"1 月\",\"2 月\"").contains("\"target\":90", "\"percent\":true");
        assertThat(quality.split("<tr><td>", -1)).hasSize(13);
        List<PassRate> january = store.quality()
                .passRates(Scope.of(CODE.code()), RegionLevel.COUNTY, JANUARY, JANUARY, QualityRecords.FINISHED_WATER);
        assertThat(quality)
                .contains("<tr><td>1 月</td><td class=\"number\">"
                        + january.get(0).percent().orElseThrow().toPlainString() + "%</td>");
    }

    @Test
    void eachTownshipBelowHasItsOwnFourFiguresAndItsLinkDown() throws Exception {
        String page = dashboard(platform, "?lang=zh-CN");
        Region first = TOWNSHIPS.get(0);
        int row = page.indexOf("<a href=\"/?region=" + first.code().value() + "\">");
        assertThat(row).isPositive();
        String tr = page.substring(row, page.indexOf("</tr>", row));
        List<PassRate> rates = store.quality()
                .passRates(
                        Scope.of(first.code()), RegionLevel.TOWNSHIP, JANUARY, DECEMBER, QualityRecords.FINISHED_WATER);
        long passed = rates.stream().mapToLong(PassRate::passed).sum();
        long samples = rates.stream().mapToLong(PassRate::samples).sum();
        String expected = samples == 0
                ? "—"
                : new Rate(passed, samples).percent().orElseThrow().toPlainString() + "%";
        assertThat(tr)
                .contains("data-indicator=\"water_quality\">" + expected + "<")
                .contains("data-indicator=\"fee_collection\"")
                .contains("data-indicator=\"repair_timeliness\"")
                .contains("data-indicator=\"open_problems\"");

        // One level down, the township's own figures, and its villages below.
        String township =
                dashboard(platform, "?lang=zh-CN&region=" + first.code().value());
        assertThat(card(township, "water_quality")).contains(expected);
        Region village = COUNTY.regions().childrenOf(first.code()).get(0);
        assertThat(township).contains("<a href=\"/?region=" + village.code().value() + "\">");
        String atVillage = dashboard(platform, "?region=" + village.code().value());
        assertThat(atVillage).contains("id=\"open_problems\"").doesNotContain("下级区域");
    }

    @Test
    void whileTheDemoYearLoadsTheDashboardSaysHowFarItHasCome() throws Exception {
        LOADING.set(Optional.of(new Loading(1, 14, Loading.Step.YEAR, Optional.empty(), false)));
        assertThat(dashboard(loading, "?lang=zh-CN")).contains("（第 1 / 14 步：水样、筛查、问题、工单、巡检和收费台账）");
        LOADING.set(Optional.of(new Loading(14, 14, Loading.Step.COLLECTION, Optional.empty(), false)));
        assertThat(dashboard(loading, "?lang=zh-CN")).contains("（第 14 / 14 步：水费收缴汇总）");
        LOADING.set(Optional.of(new Loading(5, 14, Loading.Step.BILL_RUN, Optional.of(YearMonth.of(2026, 4)), true)));
        assertThat(dashboard(loading, "?lang=zh-CN")).contains("演示年度数据未能载入；下次启动时将再次尝试。");
        LOADING.set(Optional.of(new Loading(3, 14, Loading.Step.BILL_RUN, Optional.of(YearMonth.of(2026, 2)), false)));
        assertThat(dashboard(loading, "?lang=zh-CN")).contains("演示年度数据正在载入（第 3 / 14 步：2026-02 账单）");
        assertThat(dashboard(loading, "?lang=en"))
                .contains("The demo year is loading (3 of 14 steps: the bill run of 2026-02)");
        assertThat(dashboard(platform, "?lang=zh-CN")).doesNotContain("正在载入");
        LOADING.set(Optional.empty());
        assertThat(dashboard(loading, "?lang=zh-CN")).doesNotContain("正在载入");
    }

    @Test
    void aLoadingStepOutsideItsStepsIsRefused() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Loading(15, 14, Loading.Step.YEAR, Optional.empty(), false))
                .withMessage("step 15 of 14");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Loading(0, 14, Loading.Step.YEAR, Optional.empty(), false));
    }
}
