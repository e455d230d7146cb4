package org.ruralwater.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ruralwater.architecture.fixture.alpha.Alpha;
import org.ruralwater.architecture.fixture.beta.Beta;
import org.ruralwater.architecture.fixture.cyclea.First;
import org.ruralwater.architecture.fixture.cycleb.Second;
import org.ruralwater.architecture.fixture.util.Helpers;

/** Shows that each rule fails on a class that breaks it, so that the architecture test can fail. */
class ArchitectureRulesTest {

    private static JavaClasses classes(Class<?>... types) {
        return new ClassFileImporter().importClasses(types);
    }

    @Test
    void aModuleUsingAForbiddenModuleFails() {
        assertThatThrownBy(() -> ArchitectureRules.mayNotUse("alpha", Set.of(Beta.class.getName()), "module beta")
                        .check(classes(Alpha.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("classes of alpha must not use module beta");
        ArchitectureRules.mayNotUse("beta", Set.of(Alpha.class.getName()), "module alpha")
                .check(classes(Beta.class));
    }

    @Test
    void aPackageCycleFails() {
        assertThatThrownBy(() -> ArchitectureRules.packagesAreFreeOfCycles("org.ruralwater.architecture.fixture")
                        .check(classes(First.class, Second.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
    }

    @Test
    void aUtilPackageFails() {
        assertThatThrownBy(() -> ArchitectureRules.noGrabBagPackages().check(classes(Helpers.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("fixture.util");
        ArchitectureRules.noGrabBagPackages().check(classes(Alpha.class));
    }

    @Test
    void kindsMayUseOnlyWhatTheRulesSay() {
        assertThat(ArchitectureTest.mayUse(ReactorModule.Kind.DOMAIN, ReactorModule.Kind.CORE))
                .isTrue();
        assertThat(ArchitectureTest.mayUse(ReactorModule.Kind.DOMAIN, ReactorModule.Kind.DOMAIN))
                .isFalse();
        assertThat(ArchitectureTest.mayUse(ReactorModule.Kind.DOMAIN, ReactorModule.Kind.APP))
                .isFalse();
        assertThat(ArchitectureTest.mayUse(ReactorModule.Kind.CORE, ReactorModule.Kind.DOMAIN))
                .isFalse();
        assertThat(ArchitectureTest.mayUse(ReactorModule.Kind.APP, ReactorModule.Kind.DOMAIN))
                .isTrue();
        assertThat(ArchitectureTest.mayUse(ReactorModule.Kind.APP, ReactorModule.Kind.APP))
                .isFalse();
        assertThat(ArchitectureTest.mayUse(ReactorModule.Kind.DOMAIN, ReactorModule.Kind.TOOLING))
                .isFalse();
    }

    @Test
    void aFormatModuleUsesCoreAloneAndOnlyAppsUseIt() {
        assertThat(ArchitectureTest.mayUse(ReactorModule.Kind.FORMAT, ReactorModule.Kind.CORE))
                .isTrue();
        assertThat(ArchitectureTest.mayUse(ReactorModule.Kind.FORMAT, ReactorModule.Kind.DOMAIN))
                .isFalse();
        assertThat(ArchitectureTest.mayUse(ReactorModule.Kind.APP, ReactorModule.Kind.FORMAT))
                .isTrue();
        assertThat(ArchitectureTest.mayUse(ReactorModule.Kind.DOMAIN, ReactorModule.Kind.FORMAT))
                .isFalse();
        assertThat(ArchitectureTest.mayUse(ReactorModule.Kind.CORE, ReactorModule.Kind.FORMAT))
                .isFalse();
    }

    @Test
    void theStoreUsesCoreAndTheDomainAndOnlyTheAppsUseTheStore() {
        assertThat(ArchitectureTest.mayUse(ReactorModule.Kind.STORE, ReactorModule.Kind.CORE))
                .isTrue();
        assertThat(ArchitectureTest.mayUse(ReactorModule.Kind.STORE, ReactorModule.Kind.DOMAIN))
                .isTrue();
        assertThat(ArchitectureTest.mayUse(ReactorModule.Kind.STORE, ReactorModule.Kind.APP))
                .isFalse();
        assertThat(ArchitectureTest.mayUse(ReactorModule.Kind.APP, ReactorModule.Kind.STORE))
                .isTrue();
        assertThat(ArchitectureTest.mayUse(ReactorModule.Kind.DOMAIN, ReactorModule.Kind.STORE))
                .isFalse();
        assertThat(ArchitectureTest.mayUse(ReactorModule.Kind.CORE, ReactorModule.Kind.STORE))
                .isFalse();
    }

    @Test
    void theLinksUseCoreAndTheDomainAndOnlyTheStoreAndTheAppsUseThem() {
        assertThat(ArchitectureTest.mayUse(ReactorModule.Kind.LINK, ReactorModule.Kind.CORE))
                .isTrue();
        assertThat(ArchitectureTest.mayUse(ReactorModule.Kind.LINK, ReactorModule.Kind.DOMAIN))
                .isTrue();
        assertThat(ArchitectureTest.mayUse(ReactorModule.Kind.LINK, ReactorModule.Kind.STORE))
                .isFalse();
        assertThat(ArchitectureTest.mayUse(ReactorModule.Kind.LINK, ReactorModule.Kind.APP))
                .isFalse();
        assertThat(ArchitectureTest.mayUse(ReactorModule.Kind.LINK, ReactorModule.Kind.LINK))
                .isFalse();
        assertThat(ArchitectureTest.mayUse(ReactorModule.Kind.DOMAIN, ReactorModule.Kind.LINK))
                .isFalse();
        assertThat(ArchitectureTest.mayUse(ReactorModule.Kind.STORE, ReactorModule.Kind.LINK))
                .isTrue();
        assertThat(ArchitectureTest.mayUse(ReactorModule.Kind.APP, ReactorModule.Kind.LINK))
                .isTrue();
        assertThat(ReactorModule.all())
                .filteredOn(m -> m.name().equals("escalation"))
                .extracting(ReactorModule::kind)
                .containsExactly(ReactorModule.Kind.LINK);
    }

    @Test
    void theStoreModuleIsClassifiedAsTheStore() {
        assertThat(ReactorModule.all())
                .filteredOn(m -> m.name().equals("store"))
                .extracting(ReactorModule::kind)
                .containsExactly(ReactorModule.Kind.STORE);
    }
}
