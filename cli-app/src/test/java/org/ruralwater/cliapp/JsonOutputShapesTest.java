package org.ruralwater.cliapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.household.Household;

/**
 * Every documented JSON output validates against its schema in {@code docs/schemas/} (JSON Schema 2020-12,
 * checked by networknt's validator), run on the command's real output; and the schemas refuse what the
 * issue forbids, such as money as a float.
 */
class JsonOutputShapesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static Schema schema(String name) throws Exception {
        Path file = Path.of("").toAbsolutePath().getParent().resolve("docs/schemas/" + name + ".schema.json");
        return SCHEMAS.getSchema(Files.readString(file));
    }

    private static JsonNode valid(String schema, Run r) throws Exception {
        assertThat(r.err()).doesNotContain("internal error");
        JsonNode output = JSON.readTree(r.out());
        List<Error> errors = schema(schema).validate(output);
        assertThat(errors).as(schema + " for\n" + r.out()).isEmpty();
        return output;
    }

    @Test
    void aQuoteHasTypedLinesAndItsTotalBesideThem() throws Exception {
        JsonNode quote = valid(
                "billing-quote",
                Run.of(
                        "billing",
                        "quote",
                        "--tariff",
                        "CN-JS-JIANGDU-RURAL-RESIDENTIAL",
                        "--consumption",
                        "12",
                        "--period",
                        "2015-05",
                        "--format",
                        "json"));

        assertThat(quote.get("total").get("amount").get("amount").isTextual()).isTrue();
        assertThat(quote.get("total").get("amount").get("amount").asText()).isEqualTo("34.80");
        assertThat(quote.get("total").get("amount").get("currency").asText()).isEqualTo("CNY");
        assertThat(quote.get("rows").findValues("component"))
                .extracting(JsonNode::asText)
                .doesNotContain("total");
        assertThat(quote.get("rows").get(0).get("quantity").isNumber()).isTrue();
    }

    @Test
    void aBillRunsDocumentsHaveNumbersMoneyBooleansAndLists(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("accounts.csv"), """
                household,tariff,members,meters,subsidy_category,quota
                H1,CN-JS-JIANGDU-RURAL-RESIDENTIAL,3,M1,,
                H2,CN-JS-JIANGDU-RURAL-RESIDENTIAL,5,M2,dibao,
                """);
        Files.writeString(dir.resolve("meters.csv"), """
                id,household,diameter,digits,verified_on
                M1,H1,15,5,2014-01-01
                M2,H2,15,5,2014-01-01
                """);
        Files.writeString(
                dir.resolve("readings.csv"),
                "meter,read_on,value,kind\n"
                        + "M1,2015-04-28,100,actual\nM1,2015-05-29,112,actual\n"
                        + "M2,2015-04-28,500,actual\nM2,2015-05-29,520,actual\n");
        JsonNode bills = valid(
                "billing-run",
                Run.of(
                        "billing",
                        "run",
                        "--period",
                        "2015-05",
                        "--subsidies",
                        "jiangdu-2015",
                        "--dry-run",
                        "--format",
                        "json",
                        dir.toString()));

        assertThat(bills).hasSize(2);
        assertThat(bills.get(0).get("m3").isNumber()).isTrue();
        assertThat(bills.get(0).get("estimated").isBoolean()).isTrue();
        assertThat(bills.get(0).get("flags").isArray()).isTrue();
    }

    @Test
    void aDistributionHasWholeNumbersAndTruthValues(@TempDir Path dir) throws Exception {
        Path villages = dir.resolve("villages.csv");
        Files.writeString(villages, "village,people\n539821101201,3000\n539821101202,1000\n");
        JsonNode lines = valid(
                "assurance-distribute",
                Run.of(
                        "assurance",
                        "distribute",
                        "--available",
                        "60",
                        "--format",
                        "json",
                        "--villages",
                        villages.toString()));

        assertThat(lines.get(0).get("people").asLong()).isEqualTo(3000);
        assertThat(lines.get(0).get("reaches_minimum").asBoolean()).isTrue();
    }

    @Test
    void verdictsAreCodesAndFailingIndicatorsAList(@TempDir Path dir) throws Exception {
        Path samples = dir.resolve("samples.csv");
        Files.writeString(samples, """
                sample_id,works_id,point,sampled_at,supply,disinfection,indicator,value,unit,note
                S1,W539821-002,tap,2026-03-02 09:10,small_centralized,chlorine,浑浊度,0.8,NTU,
                S2,W539821-006,outlet,2026-03-02 10:00,centralized,chlorine_dioxide,fluoride,1.1,mg/L,
                """);
        JsonNode verdicts =
                valid("quality-evaluate", Run.of("quality", "evaluate", "--format", "json", samples.toString()));

        assertThat(verdicts.get(1).get("verdict").asText()).isEqualTo("fail");
        assertThat(verdicts.get(1).get("failing_indicators").isArray()).isTrue();
    }

    @Test
    void passRatesAreCountsPercentsAndTruthValues(@TempDir Path dir) throws Exception {
        Path samples = dir.resolve("samples.csv");
        Files.writeString(samples, """
                sample_id,works_id,point,sampled_at,supply,disinfection,indicator,value,unit,note
                S1,W539821-002,tap,2026-03-02 09:10,small_centralized,chlorine,浑浊度,0.8,NTU,
                S2,W539821-006,tap,2026-03-02 10:00,centralized,chlorine_dioxide,fluoride,1.1,mg/L,
                """);
        JsonNode rates = valid(
                "quality-rates",
                Run.of("quality", "rates", "--period", "2026-Q1", "--format", "json", samples.toString()));

        assertThat(rates.get(0).get("item").asText()).isEqualTo("samples");
        assertThat(rates.get(0).get("judged").asInt()).isEqualTo(2);
    }

    @Test
    void aStandardsIndicatorsAndTwoStandardsDifferences() throws Exception {
        JsonNode indicators =
                valid("standard-indicators", Run.of("standard", "show", "GB5749-2022", "--format", "json"));
        JsonNode diff =
                valid("standard-diff", Run.of("standard", "diff", "GB5749-2006", "GB5749-2022", "--format", "json"));

        assertThat(indicators.size()).isGreaterThan(90);
        assertThat(diff.findValues("change")).extracting(JsonNode::asText).contains("added", "removed");
    }

    @Test
    void breachesHaveDeadlinesMinutesAndTruthValues(@TempDir Path dir) throws Exception {
        Path orders = dir.resolve("work-orders.csv");
        Files.writeString(orders, """
                id,target,village,severity,origin,reported_at,reporter,description,on_site_at,repaired_at
                WO-1,PIPE-7,539821101201,minor,hotline,2026-12-04T19:00,hotline,burst service pipe,,
                """);
        JsonNode breaches = valid(
                "maintenance-breaches",
                Run.of("maintenance", "breaches", "--at", "2026-12-04T21:30", "--format", "json", orders.toString()));

        assertThat(breaches).isNotEmpty();
        assertThat(breaches.get(0).get("late_min").isIntegralNumber()).isTrue();
    }

    private static final String RESOURCES = "src/test/resources/org/ruralwater/cliapp/";
    private static final String GOLDEN = RESOURCES + "golden/";
    private static final String COUNTY = RESOURCES + "schedule-county";

    @Test
    void aScreeningHasGradesAndVerdictsByCodeAndItsRollUpCounts() throws Exception {
        JsonNode households = valid(
                "assurance-screen",
                Run.of("assurance", "screen", "--county", COUNTY, "--format", "json", GOLDEN + "observations.csv"));
        JsonNode regions = valid(
                "assurance-screen",
                Run.of(
                        "assurance",
                        "screen",
                        "--roll-up",
                        "township",
                        "--county",
                        COUNTY,
                        "--format",
                        "json",
                        GOLDEN + "observations.csv"));

        assertThat(households.get(0).get("passes_poverty_check").isBoolean()).isTrue();
        assertThat(regions.get(0).get("people_safe").isIntegralNumber()).isTrue();
    }

    @Test
    void problemTicketsHaveTheirStateAndDays(@TempDir Path dir) throws Exception {
        Path tickets = dir.resolve("tickets.json");
        Files.writeString(tickets, """
                [{"id": "T1", "type": "no_water_in_pipes", "subject": "H1", "village": "539821101201",
                  "rectification": "on_the_spot", "deadline": "2026-11-10",
                  "history": [{"state": "open", "at": "2026-11-07T09:00", "by": "county", "note": "36 h"}]}]
                """);
        JsonNode open =
                valid("assurance-problems", Run.of("assurance", "problems", "--format", "json", tickets.toString()));

        assertThat(open.get(0).get("state").asText()).isEqualTo("open");
    }

    @Test
    void anAssessmentRanksWithNumbersAndLists(@TempDir Path dir) throws Exception {
        Path inputs = dir.resolve("kpis.csv");
        StringBuilder csv = new StringBuilder("assessee,name,input,value\n");
        for (String input : List.of(
                "tap_water_coverage",
                "large_scale_share",
                "water_quality_pass_rate",
                "collection_rate",
                "repair_timeliness",
                "open_problems",
                "county_wide_management",
                "overdue_problems",
                "major_quality_incidents")) {
            String value = input.endsWith("problems") || input.startsWith("major") ? "0" : "95";
            csv.append("539821,清源县,").append(input).append(',').append(value).append('\n');
        }
        Files.writeString(inputs, csv);
        JsonNode ranks = valid(
                "assurance-assess",
                Run.of(
                        "assurance",
                        "assess",
                        "--scheme",
                        "county-annual-example.json",
                        "--inputs",
                        inputs.toString(),
                        "--format",
                        "json"));

        assertThat(ranks.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(ranks.get(0).get("vetoed_by").isArray()).isTrue();
    }

    @Test
    void arrearsAreMoneyByBandOrByHousehold() throws Exception {
        JsonNode bands = valid(
                "billing-arrears",
                Run.of("billing", "arrears", "--as-of", "2015-07-20", "--format", "json", GOLDEN + "arrears"));
        JsonNode households = valid(
                "billing-arrears",
                Run.of(
                        "billing",
                        "arrears",
                        "--as-of",
                        "2015-07-20",
                        "--households",
                        "--format",
                        "json",
                        GOLDEN + "arrears"));

        assertThat(bands.findValuesAsText("band")).containsExactly("current", "1-30", "31-60", "61-90", "over 90");
        assertThat(households.get(0).get("credit").get("amount").isTextual()).isTrue();
    }

    @Test
    void aCollectionRateIsMoneyAndAPercent(@TempDir Path dir) throws Exception {
        County county = DemoCounty.writeTo(dir.resolve("county"), 300, 5);
        Household h = county.households().stream()
                .filter(x -> x.meter().isPresent())
                .findFirst()
                .orElseThrow();
        String m = h.meter().orElseThrow().value();
        Path folder = Files.createDirectories(dir.resolve("billing"));
        Files.writeString(
                folder.resolve("accounts.csv"),
                "household,tariff,members,meters,subsidy_category,quota\n" + h.id()
                        + ",CN-JS-JIANGDU-RURAL-RESIDENTIAL,3," + m + ",,\n");
        Files.writeString(
                folder.resolve("meters.csv"),
                "id,household,diameter,digits,verified_on\n" + m + "," + h.id() + ",15,5,2014-01-01\n");
        Files.writeString(
                folder.resolve("readings.csv"),
                "meter,read_on,value,kind\n" + m + ",2015-04-28,100,actual\n" + m + ",2015-05-29,110,actual\n");
        assertThat(Run.of("billing", "run", "--period", "2015-05", folder.toString())
                        .code())
                .isZero();

        JsonNode rates = valid(
                "billing-collection-rate",
                Run.of(
                        "billing",
                        "collection-rate",
                        "--period",
                        "2015",
                        "--as-of",
                        "2015-12-31",
                        "--county",
                        dir.resolve("county").toString(),
                        "--format",
                        "json",
                        folder.toString()));

        assertThat(rates.get(0).get("percent").isNumber()).isTrue();
    }

    @Test
    void aScheduleAndAPlanHaveDaysTimesMinutesAndSkills() throws Exception {
        JsonNode visits = valid(
                "maintenance-schedule",
                Run.of(
                        "maintenance",
                        "schedule",
                        "--county",
                        COUNTY,
                        "--work-orders",
                        COUNTY + "/work-orders.csv",
                        "--start",
                        "2026-12-01",
                        "--horizon",
                        "1d",
                        "--moves",
                        "200",
                        "--format",
                        "json"));
        JsonNode jobs = valid(
                "maintenance-plan",
                Run.of(
                        "maintenance",
                        "plan",
                        "--county",
                        COUNTY,
                        "--from",
                        "2026-11-30",
                        "--to",
                        "2026-12-06",
                        "--skip-overdue",
                        "--format",
                        "json"));

        assertThat(visits.get(0).get("late_min").isIntegralNumber()).isTrue();
        assertThat(jobs.get(0).get("skills").isArray()).isTrue();
        assertThat(jobs.get(0).get("provisional").isBoolean()).isTrue();
    }

    @Test
    void coverageWindowsHaveCountsAndIndicatorLists(@TempDir Path dir) throws Exception {
        Path county = dir.resolve("county");
        assertThat(Run.of("demo", "--out", county.toString(), "--households", "300")
                        .code())
                .isZero();
        JsonNode windows = valid(
                "quality-coverage",
                Run.of(
                        "quality",
                        "coverage",
                        "--county",
                        county.toString(),
                        "--period",
                        "2026-Q1",
                        "--format",
                        "json",
                        GOLDEN + "samples.csv"));

        assertThat(windows.get(0).get("required").isIntegralNumber()).isTrue();
        assertThat(windows.get(0).get("indicators").isArray()).isTrue();
    }

    @Test
    void detailAndComparisonAreVerdictsByCode() throws Exception {
        JsonNode detail = valid(
                "quality-evaluate-detail",
                Run.of("quality", "evaluate", "--detail", "--format", "json", GOLDEN + "samples.csv"));
        JsonNode compare = valid(
                "quality-evaluate-compare",
                Run.of(
                        "quality",
                        "evaluate",
                        "--compare",
                        "WHO",
                        "--compare",
                        "EU",
                        "--format",
                        "json",
                        GOLDEN + "samples.csv"));

        assertThat(detail.get(0).get("relaxed").isBoolean()).isTrue();
        assertThat(detail.get(0).get("reason").asText()).isEqualTo("within the limit");
        assertThat(compare.get(1).get("verdict_WHO-GDWQ-2022").asText()).isEqualTo("pass");
        assertThat(schema("quality-evaluate-compare")
                        .validate(JSON.readTree("[{\"sample_id\": \"S1\", "
                                + "\"verdict\": \"pass\", \"failing_indicators\": [], \"verdict_WHO\": \"safe\"}]")))
                .isNotEmpty();
    }

    @Test
    void theSchemasRefuseMoneyAsAFloatAndATotalAmongTheLines() throws Exception {
        JsonNode floatMoney = JSON.readTree("""
                {"rows": [], "total": {"component": "total", "amount": {"amount": 34.8, "currency": "CNY"}}}
                """);
        JsonNode noTotal = JSON.readTree("[{\"component\": \"total\"}]");
        assertThat(schema("billing-quote").validate(floatMoney)).isNotEmpty();
        assertThat(schema("billing-quote").validate(noTotal)).isNotEmpty();
    }
}
