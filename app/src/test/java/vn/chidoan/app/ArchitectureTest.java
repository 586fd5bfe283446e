package vn.chidoan.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;

/**
 * The walls between modules (STYLE.md §1), checked on every main class of every module. Rules about
 * modules that have no classes yet are allowed to check nothing.
 */
@AnalyzeClasses(packages = "vn.chidoan", importOptions = ImportOption.DoNotIncludeTests.class)
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
