package org.ruralwater.cliapp.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ruralwater.billing.subsidy.Subsidies;
import org.ruralwater.billing.subsidy.Subsidy;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.maintenance.workorder.ResponseCommitments;
import org.ruralwater.qualityrules.standard.Indicator;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;

/**
 * docs/input-files.md documents every input file, its columns, types and allowed values as the readers take
 * them: each section's table is made from the record type its reader reads, so a column, an enum code or a
 * range the readers accept cannot be missing from the page. After changing a reader's record, regenerate the
 * tables with {@code mvn -pl cli-app -am test -Dtest=InputFilesPageTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Druralwater.regenerate=true} and describe any new column in the prose.
 */
class InputFilesPageTest {

    static final Path PAGE = Path.of("..", "docs", "input-files.md");

    /** Every input file, in the order of the page. */
    static final List<InputFile> FILES = List.of(
            InputFile.csv("regions.csv", "org.ruralwater.core.region.Region"),
            InputFile.csv("villages.csv", "org.ruralwater.core.household.Village"),
            InputFile.csv("works.csv", "org.ruralwater.core.works.SupplyWorks"),
            InputFile.csv("households.csv", "org.ruralwater.core.household.Household"),
            InputFile.csv("meters.csv", "org.ruralwater.core.household.Meter"),
            InputFile.csv("assets.csv", "org.ruralwater.core.asset.Asset"),
            InputFile.csv("water_managers.csv", "org.ruralwater.core.staff.WaterManager"),
            InputFile.csv("crews.csv", "org.ruralwater.core.staff.Crew"),
            InputFile.json("calendar-year.json", "org.ruralwater.core.calendar.CalendarYear"),
            InputFile.csv("cn-lunar-dates.csv", "org.ruralwater.core.calendar.LunarDates"),
            InputFile.csv("samples.csv", "org.ruralwater.qualityrules.sample.SampleFile$Row"),
            InputFile.json("standard.json", "org.ruralwater.qualityrules.standard.StandardFile"),
            InputFile.json("sampling-programme.json", "org.ruralwater.qualityrules.coverage.SamplingProgramme"),
            InputFile.json("alert-policy.json", "org.ruralwater.qualityrules.alert.AlertPolicy"),
            InputFile.csv("accounts.csv", "org.ruralwater.billing.run.Account"),
            InputFile.csv("readings.csv", "org.ruralwater.billing.reading.MeterReading"),
            InputFile.csv("payments.csv", "org.ruralwater.billing.collection.Payment"),
            InputFile.json("ledger.json", "org.ruralwater.billing.run.Bill"),
            InputFile.json("tariff.json", "org.ruralwater.billing.tariff.TariffFile"),
            InputFile.json("subsidies.json", "org.ruralwater.billing.subsidy.SchemeFile$Subsidies"),
            InputFile.json("reading-policy.json", "org.ruralwater.billing.reading.ReadingPolicy"),
            InputFile.json("collection-policy.json", "org.ruralwater.billing.collection.CollectionPolicy"),
            InputFile.json("dunning-ladder.json", "org.ruralwater.billing.collection.DunningLadder"),
            InputFile.csv("observations.csv", "org.ruralwater.assurance.safewater.Observation"),
            InputFile.json("tickets.json", "org.ruralwater.assurance.monitoring.Ticket"),
            InputFile.csv("kpis.csv", "org.ruralwater.assurance.assessment.KpiFile$Row"),
            InputFile.csv("village-people.csv", "org.ruralwater.cliapp.assurance.DistributeCommand$Village"),
            InputFile.json("rule-set.json", "org.ruralwater.assurance.safewater.RuleSetFile"),
            InputFile.json("assessment-scheme.json", "org.ruralwater.assurance.assessment.AssessmentScheme"),
            InputFile.json("emergency-norms.json", "org.ruralwater.assurance.emergency.EmergencyNorms"),
            InputFile.json("risk-triggers.json", "org.ruralwater.assurance.monitoring.RiskTriggers"),
            InputFile.json("deadline-rules.json", "org.ruralwater.assurance.monitoring.DeadlineRules"),
            InputFile.json("manager-norms.json", "org.ruralwater.assurance.responsibility.ManagerNorms"),
            InputFile.csv("national-targets.csv", "org.ruralwater.assurance.coverage.NationalTargets$Figure"),
            InputFile.csv("work-orders.csv", "org.ruralwater.maintenance.workorder.WorkOrder"),
            InputFile.json("catalogue.json", "org.ruralwater.maintenance.plan.Catalogue"),
            InputFile.json("commitments.json", "org.ruralwater.maintenance.workorder.ResponseCommitments"),
            InputFile.csv("patrols.csv", "org.ruralwater.maintenance.patrol.PatrolVisit"));

    /** Lists of values the bundled data defines (not enums): what a file may name. */
    static final Map<String, Supplier<String>> VALUES = values();

    private static Map<String, Supplier<String>> values() {
        Map<String, Supplier<String>> m = new LinkedHashMap<>();
        m.put("indicators", InputFilesPageTest::indicators);
        m.put("subsidy-categories", () -> {
            StringBuilder b = new StringBuilder("| subsidy_category | scheme | relief |\n| --- | --- | --- |\n");
            Subsidies s = Subsidies.bundled("jiangdu-2015");
            for (Subsidy x : s.subsidies()) {
                b.append("| `")
                        .append(x.category())
                        .append("` | ")
                        .append(s.id())
                        .append(" | ")
                        .append(x.relief(Currency.getInstance("CNY")))
                        .append(" |\n");
            }
            return b.toString();
        });
        m.put("severities", () -> {
            StringBuilder b = new StringBuilder(
                    "| severity | on site within (h) | repaired within (h) | clock |\n| --- | --- | --- | --- |\n");
            ResponseCommitments c = ResponseCommitments.countyExample();
            for (ResponseCommitments.Tier t : c.tiers()) {
                b.append("| `")
                        .append(t.severity())
                        .append("` | ")
                        .append(t.onSiteHours().map(BigDecimal::toPlainString).orElse(""))
                        .append(" | ")
                        .append(t.repairHours().toPlainString())
                        .append(" | ")
                        .append(Coded.codeOf(t.clock()))
                        .append(" |\n");
            }
            return b.toString() + "\n(the bundled example, " + c.id()
                    + "; a county's commitments file sets its own.)\n";
        });
        return m;
    }

    private static String indicators() {
        Map<String, Indicator> byCode = new TreeMap<>();
        Map<String, List<String>> in = new TreeMap<>();
        for (Standard s : Standards.bundled().all()) {
            for (Indicator i : s.indicators()) {
                byCode.putIfAbsent(i.code(), i);
                in.computeIfAbsent(i.code(), k -> new ArrayList<>()).add(s.id());
            }
        }
        StringBuilder b = new StringBuilder("| code | 名称 | name | standards |\n| --- | --- | --- | --- |\n");
        byCode.forEach((code, i) -> b.append("| `")
                .append(code)
                .append("` | ")
                .append(i.nameZh())
                .append(" | ")
                .append(i.nameEn())
                .append(" | ")
                .append(String.join(", ", in.get(code)))
                .append(" |\n"));
        return b.toString();
    }

    private static final Pattern VALUE_BLOCK =
            Pattern.compile("<!-- values: (\\S+) -->\\n(.*?)<!-- end values -->\\n", Pattern.DOTALL);

    private static final Pattern BLOCK =
            Pattern.compile("<!-- columns: (\\S+) -->\\n(.*?)<!-- end columns -->\\n", Pattern.DOTALL);

    @Test
    void everyInputFileHasASectionWithTheColumnsItsReaderTakes() throws IOException {
        if (Boolean.getBoolean("ruralwater.regenerate")) {
            regenerate();
        }
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        for (InputFile f : FILES) {
            assertThat(page).as("the section of " + f.name()).contains("\n## " + f.name() + "\n");
            Matcher m = BLOCK.matcher(page);
            String found = null;
            while (m.find()) {
                if (m.group(1).equals(f.name())) {
                    found = m.group(2);
                }
            }
            assertThat(found)
                    .as("the columns of " + f.name() + " (regenerate: see this test's Javadoc)")
                    .isEqualTo(f.table());
        }
    }

    @Test
    void theValuesTheBundledDataDefinesAreOnThePage() throws IOException {
        if (Boolean.getBoolean("ruralwater.regenerate")) {
            regenerate();
        }
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = VALUE_BLOCK.matcher(page);
        while (m.find()) {
            found.put(m.group(1), m.group(2));
        }
        assertThat(found.keySet()).containsExactlyElementsOf(VALUES.keySet());
        VALUES.forEach((name, values) -> assertThat(found.get(name))
                .as(name + " (regenerate: see this test's Javadoc)")
                .isEqualTo(values.get()));
    }

    @Test
    void thePageDocumentsNoFileTheReadersDoNotRead() throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        Set<String> documented = new LinkedHashSet<>();
        Matcher m = BLOCK.matcher(page);
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertThat(documented)
                .containsExactlyElementsOf(FILES.stream().map(InputFile::name).toList());
    }

    @Test
    void eachSectionHasTheAnchorOfItsFileName() {
        assertThat(InputFile.anchor("households.csv")).isEqualTo("householdscsv");
        assertThat(InputFile.anchor("water_managers.csv")).isEqualTo("water_managerscsv");
        assertThat(InputFile.anchor("tickets.json")).isEqualTo("ticketsjson");
        assertThat(InputFile.anchor("village-people.csv")).isEqualTo("village-peoplecsv");
    }

    @Test
    void everyEnumCodeAndRangeTheReadersAcceptIsOnThePage() throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        for (InputFile f : FILES) {
            for (InputFile.Field field : f.fields()) {
                for (String allowed : field.allowed().split("[,;] ")) {
                    assertThat(page).as(f.name() + " " + field.name()).contains(allowed.strip());
                }
            }
        }
    }

    /** Rewrites each section's table in place, and appends a section for a file the page lacks. */
    private static void regenerate() throws IOException {
        String page = Files.exists(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : "# Input files\n";
        for (InputFile f : FILES) {
            String block = "<!-- columns: " + f.name() + " -->\n" + f.table() + "<!-- end columns -->\n";
            Matcher m = Pattern.compile(
                            "<!-- columns: " + Pattern.quote(f.name()) + " -->\\n.*?<!-- end columns -->\\n",
                            Pattern.DOTALL)
                    .matcher(page);
            if (m.find()) {
                page = page.substring(0, m.start()) + block + page.substring(m.end());
            } else {
                page = page + "\n## " + f.name() + "\n\n" + block;
            }
        }
        for (Map.Entry<String, Supplier<String>> v : VALUES.entrySet()) {
            Matcher m = Pattern.compile(
                            "<!-- values: " + Pattern.quote(v.getKey()) + " -->\\n.*?<!-- end values -->\\n",
                            Pattern.DOTALL)
                    .matcher(page);
            if (m.find()) {
                String block =
                        "<!-- values: " + v.getKey() + " -->\n" + v.getValue().get() + "<!-- end values -->\n";
                page = page.substring(0, m.start()) + block + page.substring(m.end());
            }
        }
        Files.createDirectories(PAGE.getParent());
        Files.writeString(PAGE, page, StandardCharsets.UTF_8);
    }
}
