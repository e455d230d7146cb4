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
        assertThat(r.out()).contains("H2,539821101201,3,BASICALLY_MET,").contains(",UNSAFE,false\n");
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

        Run r = Run.of("assurance", "distribute", "--available", "60", "--format", "csv", villages.toString());

        // 60 m³ for 4,000 people is 15 L each: above the 7.5 L minimum, below the 35 L target.
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .isEqualTo("village,people,litres,litres_per_person,reaches_minimum\n"
                        + "539821101201,3000,45000,15.00,true\n539821101202,1000,15000,15.00,true\n");
        assertThat(r.err()).contains("L not handed out");
        assertThat(Run.of("assurance", "distribute", "--available", "0.0005", villages.toString())
                        .code())
                .isEqualTo(3);
        Files.writeString(villages, "village,people\n539821101201,3000\n539821101201,10\n");
        assertThat(Run.of("assurance", "distribute", "--available", "6", villages.toString())
                        .err())
                .contains("twice");
    }
}
