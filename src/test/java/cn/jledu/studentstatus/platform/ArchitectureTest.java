package cn.jledu.studentstatus.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Shared modules never depend on a procedure package (docs/architecture.md). */
class ArchitectureTest {

    static final String BASE = "cn.jledu.studentstatus";
    static final String[] SHARED = {BASE + ".platform..", BASE + ".organisation..", BASE + ".student..",
        BASE + ".archive..", BASE + ".calendar..", BASE + ".document..", BASE + ".national.."};

    @Test
    void sharedModulesDoNotDependOnProcedures() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
        noClasses().that().resideInAnyPackage(SHARED)
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a procedure or bootstrap class",
                        c -> c.getPackageName().startsWith(BASE + ".") && !isShared(c.getPackageName())))
                .check(classes);
        noClasses().that().resideInAnyPackage(SHARED).should().accessClassesThat()
                .resideInAPackage(BASE + ".bootstrap..").check(classes);
    }

    @Test
    void platformDependsOnNoDomainModule() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
        noClasses().that().resideInAPackage(BASE + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".organisation..", BASE + ".student..",
                        BASE + ".archive..")
                .check(classes);
    }

    static boolean isShared(String pkg) {
        for (String s : SHARED) {
            String root = s.substring(0, s.length() - 2);
            if (pkg.equals(root) || pkg.startsWith(root + ".")) {
                return true;
            }
        }
        return false;
    }
}
