package io.lodestone.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.lang.ArchRule;
import io.lodestone.LodestoneApplication;
import org.springframework.stereotype.Service;

/**
 * The package graph: features depend on each other in one direction only, and the web layer
 * (limits, error rendering) knows no feature, so a feature can change without the rest.
 */
@AnalyzeClasses(locations = PackageStructureTest.MainClasses.class, importOptions = ImportOption.DoNotIncludeTests.class)
class PackageStructureTest {

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("io.lodestone.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule servicesDoNotDependOnTheWebLayer = classes().that().areAnnotatedWith(Service.class)
            .should().onlyDependOnClassesThat().resideOutsideOfPackage("io.lodestone.web..")
            .because("services take typed, already validated input; checking requests is the controllers' job");

    @ArchTest
    static final ArchRule theWebLayerKnowsNoFeature = noClasses().that().resideInAPackage("io.lodestone.web..")
            .should().dependOnClassesThat(resideInAPackage("io.lodestone..")
                    .and(resideOutsideOfPackages("io.lodestone.web..", "io.lodestone.problem..")))
            .because("errors carry their own status and problem type (io.lodestone.problem), so rendering them"
                    + " needs no feature's classes");

    /** Only the service's own compiled classes: scanning every jar for the package takes most of a minute. */
    static final class MainClasses implements LocationProvider {

        @Override
        public Set<Location> get(Class<?> testClass) {
            return Set.of(Location.of(LodestoneApplication.class.getProtectionDomain().getCodeSource().getLocation()));
        }
    }
}
