package org.ruralwater.cliapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssuranceCommandsTest {

    private static final String OBSERVATIONS = """
            id,village,people,zone,litres_per_person_day,supply,quality,connection,connection_declined,round_trip_minutes,horizontal_metres,vertical_metres,shortfall_days
            H1,539821101201,4,water_rich,80,small_centralized,meets_full_limits,in_house_tap,false,,,,5
            H2,539821101201,3,water_rich,40,dispersed,sensory_check_passed,none,false,15,,,30
            H3,539821102201,5,water_rich,10,dispersed,sensory_check_passed,none,false,15,,,30
            """;

    @Test
    void screenGradesEachHouseholdAndExitsOneWhenOneIsUnsafe(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("observations.csv");
        Files.writeString(f, OBSERVATIONS);

        Run r = Run.of("assurance", "screen", "--format", "csv", f.toString());
        Run townships = Run.of("assurance", "screen", "--roll-up", "township", "--format", "csv", f.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("H2,539821101201,3,basically_met,").contains(",unsafe,false\n");
        assertThat(townships.out())
                .startsWith("region,people_safe,people_basically_safe,people_unsafe,")
                .contains("539821102000,");
    }

    @Test
    void assessRanksAssesseesUnderABundledScheme(@TempDir Path dir) throws Exception {
        Path inputs = dir.resolve("kpis.csv");
        StringBuilder csv = new StringBuilder("assessee,name,input,value\n");
        String[][] counties = {{"539821", "清源县", "97.4"}, {"539822", "石桥县", "90"}};
        for (String[] c : counties) {
            for (String[] kv : new String[][] {
                {"tap_water_coverage", c[2]},
                {"large_scale_share", "71"},
                {"water_quality_pass_rate", "98"},
                {"collection_rate", "92"},
                {"repair_timeliness", "99.2"},
                {"open_problems", "0"},
                {"county_wide_management", "1"},
                {"overdue_problems", "0"},
                {"major_quality_incidents", "0"}
            }) {
                csv.append(c[0])
                        .append(',')
                        .append(c[1])
                        .append(',')
                        .append(kv[0])
                        .append(',')
                        .append(kv[1])
                        .append('\n');
            }
        }
        Files.writeString(inputs, csv);

        Run r = Run.of(
                "assurance",
                "assess",
                "--scheme",
                "county-annual-example.json",
                "--inputs",
                inputs.toString(),
                "--format",
                "csv");

        assertThat(r.code()).isZero();
        assertThat(r.out())
                .isEqualTo("rank,assessee,name,total,grade,passed,failed_key_items,vetoed_by\n"
                        + "1,539821,清源县,105.00,优秀,,,\n"
                        + "2,539822,石桥县,89.44,良好,,,\n");
        assertThat(Run.of("assurance", "assess", "--scheme", "nope.json", "--inputs", inputs.toString())
                        .code())
                .isEqualTo(3);
    }

    @Test
    void distributeSharesAShortDaysWaterAndExplainsItself(@TempDir Path dir) throws Exception {
        Path villages = dir.resolve("villages.csv");
        Files.writeString(villages, "village,people\n539821101201,3000\n539821101202,1000\n");

        Run r = Run.of(
                "assurance", "distribute", "--available", "60", "--format", "csv", "--villages", villages.toString());

        // 60 m³ for 4,000 people is 15 L each: above the 7.5 L minimum, below the 35 L target.
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .isEqualTo("village,people,litres,litres_per_person,reaches_minimum\n"
                        + "539821101201,3000,45000,15.00,true\n539821101202,1000,15000,15.00,true\n");
        assertThat(r.err()).contains("L not handed out");
        assertThat(Run.of("assurance", "distribute", "--available", "0.0005", "--villages", villages.toString())
                        .code())
                .isEqualTo(3);
        Files.writeString(villages, "village,people\n539821101201,3000\n539821101201,10\n");
        assertThat(Run.of("assurance", "distribute", "--available", "6", "--villages", villages.toString())
                        .err())
                .contains("twice");
    }

    @Test
    void problemsListsOpenOverdueAndRecurringTicketsAndTheMonthlyReport(@TempDir Path dir) throws Exception {
        Path tickets = dir.resolve("tickets.json");
        Files.writeString(tickets, """
                [
                 {"id": "T1", "type": "no_water_in_pipes", "subject": "H1", "village": "539821101201",
                  "rectification": "on_the_spot", "deadline": "2026-11-10",
                  "history": [{"state": "open", "at": "2026-11-07T09:00", "by": "county", "note": "36 h without water"}]},
                 {"id": "T2", "type": "poor_quality", "subject": "W1", "village": "539821101202",
                  "rectification": "staged", "deadline": "2026-12-31",
                  "history": [{"state": "open", "at": "2026-11-02T09:00", "by": "county", "note": "turbidity"},
                              {"state": "assigned", "at": "2026-11-03T09:00", "by": "county", "note": "李"},
                              {"state": "rectifying", "at": "2026-11-04T09:00", "by": "李", "note": "filter"},
                              {"state": "verified", "at": "2026-11-20T09:00", "by": "county", "note": "ok"},
                              {"state": "closed", "at": "2026-11-21T09:00", "by": "county", "note": "lab report 17"}]}
                ]
                """);

        Run open = Run.of("assurance", "problems", "--format", "csv", tickets.toString());
        Run overdue = Run.of("assurance", "problems", "--overdue", "--on", "2026-11-30", tickets.toString());
        Run monthly = Run.of("assurance", "problems", "--monthly", "2026-11", "--format", "csv", tickets.toString());
        Run recurring = Run.of("assurance", "problems", "--recurring", "30", "--format", "csv", tickets.toString());

        assertThat(open.out().lines().skip(1))
                .singleElement()
                .satisfies(l -> assertThat(l).startsWith("T1,"));
        assertThat(overdue.code()).isEqualTo(1);
        assertThat(monthly.out())
                .startsWith("county,opened,closed,open_at_end,overdue_at_end,opened_by_type\n539821,2,1,1,1,");
        assertThat(recurring.out().lines()).hasSize(1);
        Files.writeString(tickets, "[{\"id\": \"T1\"}]");
        assertThat(Run.of("assurance", "problems", tickets.toString()).code()).isEqualTo(3);
    }
}
