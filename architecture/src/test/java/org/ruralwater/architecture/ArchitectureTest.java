package org.ruralwater.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The architecture of the whole reactor, checked on every module's compiled classes. */
class ArchitectureTest {

    private static final Map<ReactorModule, JavaClasses> CLASSES = new LinkedHashMap<>();

    @BeforeAll
    static void importEveryModule() {
        for (ReactorModule m : ReactorModule.all()) {
            if (m.hasClasses()) {
                CLASSES.put(m, ours().importPath(m.classes()));
            }
        }
    }

    @Test
    void findsTheModulesOfTheReactor() {
        assertThat(ReactorModule.all()).extracting(ReactorModule::name).contains("core", "benchmarks", "architecture");
        assertThat(CLASSES.keySet()).extracting(ReactorModule::name).contains("core");
    }

    @Test
    void everyCodeModuleHasBeenCompiledBeforeTheseRulesRun() {
        List<String> missing = ReactorModule.all().stream()
                .filter(m -> m.kind() != ReactorModule.Kind.TOOLING && !m.hasClasses())
                .map(m -> m.name() + " (" + m.classes() + ")")
                .toList();
        assertThat(missing)
                .as("modules without compiled classes; run the whole reactor, e.g. mvn verify from the root")
                .isEmpty();
    }

    @TestFactory
    List<DynamicTest> eachModuleUsesOnlyWhatItsKindAllows() {
        List<DynamicTest> tests = new ArrayList<>();
        for (var entry : CLASSES.entrySet()) {
            ReactorModule module = entry.getKey();
            Set<String> forbidden = new HashSet<>();
            List<String> forbiddenModules = new ArrayList<>();
            for (var other : CLASSES.entrySet()) {
                ReactorModule o = other.getKey();
                if (o.equals(module) || mayUse(module.kind(), o.kind())) {
                    continue;
                }
                forbiddenModules.add(o.name());
                for (JavaClass c : other.getValue()) {
                    forbidden.add(c.getName());
                }
            }
            tests.add(DynamicTest.dynamicTest(
                    module.name() + " (" + module.kind() + ") does not use " + forbiddenModules,
                    () -> ArchitectureRules.mayNotUse(module.name(), forbidden, "modules " + forbiddenModules)
                            .check(entry.getValue())));
        }
        return tests;
    }

    @Test
    void packagesAcrossAllModulesFormNoCycle() {
        ArchitectureRules.packagesAreFreeOfCycles("org.ruralwater").check(all());
    }

    @Test
    void noPackageIsAGrabBag() {
        ArchitectureRules.noGrabBagPackages().check(all());
    }

    @Test
    void everyModuleKeepsItsClassesUnderItsOwnPackage() {
        for (var entry : CLASSES.entrySet()) {
            String expected = "org.ruralwater." + entry.getKey().name().replace("-", "");
            Set<String> outside = entry.getValue().stream()
                    .map(JavaClass::getPackageName)
                    .filter(p -> !p.equals(expected) && !p.startsWith(expected + ".") && !p.isEmpty())
                    .collect(Collectors.toSet());
            assertThat(outside)
                    .as(entry.getKey().name() + " packages outside " + expected)
                    .isEmpty();
        }
    }

    /** Which kind of module may use which. */
    static boolean mayUse(ReactorModule.Kind user, ReactorModule.Kind used) {
        return switch (user) {
            case CORE -> false;
            case DOMAIN, FORMAT -> used == ReactorModule.Kind.CORE;
            case LINK -> used == ReactorModule.Kind.CORE || used == ReactorModule.Kind.DOMAIN;
            case STORE ->
                used == ReactorModule.Kind.CORE || used == ReactorModule.Kind.DOMAIN || used == ReactorModule.Kind.LINK;
            case APP ->
                used == ReactorModule.Kind.CORE
                        || used == ReactorModule.Kind.DOMAIN
                        || used == ReactorModule.Kind.FORMAT
                        || used == ReactorModule.Kind.LINK
                        || used == ReactorModule.Kind.STORE;
            case TOOLING -> used != ReactorModule.Kind.TOOLING;
        };
    }

    /**
     * An importer of our own classes: the classes jte generates from web-app's templates (package
     * {@code gg.jte.generated}) are the template compiler's, named and shaped by it.
     */
    private static ClassFileImporter ours() {
        return new ClassFileImporter().withImportOption(location -> !location.contains("/gg/jte/generated/"));
    }

    private static JavaClasses all() {
        List<String> paths =
                CLASSES.keySet().stream().map(m -> m.classes().toString()).toList();
        return ours().importPaths(paths.toArray(String[]::new));
    }
}
