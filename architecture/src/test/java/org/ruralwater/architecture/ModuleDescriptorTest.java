package org.ruralwater.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ruralwater.architecture.fixture.datafile.Readings;

/**
 * Every library module has a {@code module-info}, its exports are the packages its checked-in list names
 * (so the public surface cannot grow unnoticed), and what it opens, it opens to named modules only.
 */
class ModuleDescriptorTest {

    /** The checked-in export lists, one per library module. */
    static final Path LISTS = Path.of("src", "test", "resources", "exports");

    private static final String CORE = "org.ruralwater.core";

    @Test
    void everyLibraryModuleHasADescriptorNamedForItsRootPackage() {
        List<LibraryModule> libraries = LibraryModule.all();

        assertThat(libraries)
                .extracting(LibraryModule::name)
                .contains("core", "quality-rules", "billing", "assurance", "maintenance");
        for (LibraryModule m : libraries) {
            assertThat(m.descriptor())
                    .as(m.descriptorFile() + " (every library module has a module-info.java)")
                    .map(ModuleDescriptor::name)
                    .contains(m.expectedModuleName());
        }
    }

    @TestFactory
    List<DynamicTest> eachLibraryModuleExportsExactlyWhatItsListNames() {
        List<DynamicTest> tests = new ArrayList<>();
        for (LibraryModule m : LibraryModule.all()) {
            Path list = LISTS.resolve(m.name() + ".txt");
            tests.add(DynamicTest.dynamicTest(m.name() + " exports what " + list + " lists", () -> {
                ModuleDescriptor d = m.descriptor().orElseThrow();
                assertThat(ModuleSurface.difference(
                                m.name(), ModuleSurface.exports(d), ModuleSurface.pinned(list), list))
                        .isEmpty();
            }));
        }
        return tests;
    }

    @Test
    void aNewOrDroppedExportIsReportedUntilTheListSaysSo() {
        ModuleDescriptor d = ModuleDescriptor.newModule("example")
                .exports("example.tariff")
                .exports("example.tariff.internal")
                .exports("example.run", Set.of("example.app", "example.bench"))
                .build();
        List<String> exports = ModuleSurface.exports(d);
        Path list = Path.of("exports/example.txt");

        assertThat(exports)
                .containsExactly(
                        "example.run to example.app, example.bench", "example.tariff", "example.tariff.internal");
        assertThat(ModuleSurface.difference("example", exports, List.of("example.gone", "example.tariff"), list))
                .contains(
                        "exported but not listed: [example.run to example.app, example.bench, example.tariff.internal]")
                .contains("listed but not exported: [example.gone]")
                .contains("Maybe");
        assertThat(ModuleSurface.difference("example", exports, List.copyOf(exports), list))
                .isEmpty();
    }

    @Test
    void noLibraryModuleIsAnOpenModuleOrOpensAPackageToEveryone() {
        for (LibraryModule m : LibraryModule.all()) {
            ModuleDescriptor d = m.descriptor().orElseThrow();
            assertThat(d.isOpen()).as(m.name() + " is an open module").isFalse();
            assertThat(d.opens())
                    .as(m.name() + " opens packages to every module; open them to the module that needs them")
                    .allMatch(ModuleDescriptor.Opens::isQualified);
        }
    }

    @Test
    void everyRecordCoreBuildsReflectivelyIsPublicOrInAPackageOpenToCore() {
        List<String> missing = new ArrayList<>();
        List<LibraryModule> libraries = LibraryModule.all();
        for (LibraryModule m : libraries) {
            ModuleDescriptor d = m.descriptor().orElseThrow();
            if (d.name().equals(CORE)) {
                continue; // core may reflect on its own records
            }
            JavaClasses classes = new ClassFileImporter().importPath(m.module().classes());
            for (Class<?> r : ReflectiveRecords.notPubliclyConstructible(ReflectiveRecords.builtByReaders(classes))) {
                if (d.packages().contains(r.getPackageName()) && !opensToCore(d, r.getPackageName())) {
                    missing.add(m.name() + ": " + r.getName() + " needs `opens " + r.getPackageName() + " to " + CORE
                            + ";`");
                }
            }
        }
        assertThat(missing)
                .as("records that core's readers cannot build on the module path")
                .isEmpty();
    }

    @Test
    void theReflectiveRecordsAreFoundFromTheReadersThatBuildThem() {
        JavaClasses fixture = new ClassFileImporter().importPackagesOf(Readings.class);

        var records = ReflectiveRecords.builtByReaders(fixture);

        assertThat(records).extracting(Class::getSimpleName).containsExactlyInAnyOrder("Sheet", "Line", "Row");
        assertThat(ReflectiveRecords.notPubliclyConstructible(records))
                .extracting(Class::getSimpleName)
                .containsExactly("Line", "Row");
    }

    private static boolean opensToCore(ModuleDescriptor d, String pkg) {
        Optional<ModuleDescriptor.Opens> opens =
                d.opens().stream().filter(o -> o.source().equals(pkg)).findFirst();
        return opens.isPresent()
                && (!opens.get().isQualified() || opens.get().targets().contains(CORE));
    }
}
