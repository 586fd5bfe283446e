package vn.chidoan.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;

/**
 * The walls between modules and the layers inside the core (docs/ARCHITECTURE.md, "Modules" and
 * "Layers"), checked on every main class of every module. Rules about modules that have no classes
 * yet are allowed to check nothing.
 */
@AnalyzeClasses(packages = "vn.chidoan",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreUsesNoPlatformOrSchedulerLibrary = noClasses()
            .that().resideInAPackage("vn.chidoan.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.telegram..", "com.github.messenger4j..",
                    "org.quartz..");

    @ArchTest
    static final ArchRule coreDoesNotDependOnTheApp = noClasses()
            .that().resideInAPackage("vn.chidoan.core..")
            .should().dependOnClassesThat().resideInAPackage("vn.chidoan.app..");

    @ArchTest
    static final ArchRule adaptersAndSchedulerNeverDependOnEachOther = slices()
            .assignedFrom(new OuterModules())
            .should().notDependOnEachOther()
            .allowEmptyShould(true);

    /**
     * The kernel (how messages come in, are handled and go out) knows nothing of the organisation;
     * the organisation (units, members and the shared services on them) knows no feature; features
     * stand on both. Adapters, the scheduler and the app stand on the core.
     */
    @ArchTest
    static final ArchRule coreLayersPointInward = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("kernel").definedBy("vn.chidoan.core.kernel..")
            .layer("organisation").definedBy("vn.chidoan.core.org..")
            .layer("features").definedBy("vn.chidoan.core.features..")
            .whereLayer("features").mayNotBeAccessedByAnyLayer()
            .whereLayer("organisation").mayOnlyBeAccessedByLayers("features")
            .whereLayer("kernel").mayOnlyBeAccessedByLayers("organisation", "features");

    /** Every class of the core sits in one of the three layers. */
    @ArchTest
    static final ArchRule everyCoreClassIsInALayer = classes()
            .that().resideInAPackage("vn.chidoan.core..")
            .should().resideInAnyPackage("vn.chidoan.core.kernel..", "vn.chidoan.core.org..",
                    "vn.chidoan.core.features..");

    /** Features meet only through events and ports of the layers below, never by importing each other. */
    @ArchTest
    static final ArchRule featuresNeverImportEachOther = slices().matching("vn.chidoan.core.features.(*)..")
            .should().notDependOnEachOther()
            .allowEmptyShould(true);

    /**
     * No cycle between the core's modules (a direct sub-package of a layer, with its own
     * sub-packages, is one module; cycles inside a module are its own business).
     */
    @ArchTest
    static final ArchRule coreModulesHaveNoCycles = slices().matching("vn.chidoan.core.(*).(*)..")
            .should().beFreeOfCycles();

    /**
     * Leaves out the modules' test jars (bot-core's test kit, the fake platform APIs): under {@code mvn
     * verify} the reactor hands them over as jars, which {@link ImportOption.DoNotIncludeTests} (test
     * class folders only) lets through.
     */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    /** One slice per adapter and the scheduler; everything else is left out. */
    private static final class OuterModules implements SliceAssignment {
        private static final List<String> MODULES = List.of("telegram", "messenger", "sandbox", "scheduler");

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName() + ".";
            return MODULES.stream()
                    .filter(module -> pkg.startsWith("vn.chidoan." + module + "."))
                    .findFirst()
                    .map(SliceIdentifier::of)
                    .orElse(SliceIdentifier.ignore());
        }

        @Override
        public String getDescription() {
            return "the adapters and the scheduler";
        }
    }
}
