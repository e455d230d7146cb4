package org.ruralwater.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/** The rules, as values, so that tests can show each one failing on a class that breaks it. */
final class ArchitectureRules {

    /** Package names that say nothing about the domain and grow into grab-bags. */
    static final String[] BANNED_PACKAGES = {
        "..util..",
        "..utils..",
        "..common..",
        "..model..",
        "..models..",
        "..service..",
        "..services..",
        "..manager..",
        "..managers.."
    };

    private ArchitectureRules() {}

    /** No class may depend on the classes named (those of modules it must not use). */
    static ArchRule mayNotUse(String module, Set<String> forbiddenClassNames, String why) {
        return noClasses()
                .should()
                .dependOnClassesThat(new DescribedPredicate<JavaClass>("belong to " + why) {
                    @Override
                    public boolean test(JavaClass c) {
                        return forbiddenClassNames.contains(c.getName());
                    }
                })
                .as("classes of " + module + " must not use " + why)
                .allowEmptyShould(true);
    }

    /** Packages form no cycle: each package is a slice. */
    static ArchRule packagesAreFreeOfCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles().allowEmptyShould(false);
    }

    static ArchRule noGrabBagPackages() {
        return noClasses()
                .should()
                .resideInAnyPackage(BANNED_PACKAGES)
                .as("no package is named util, common, model, service or manager: name packages by domain concept")
                .allowEmptyShould(true);
    }
}
