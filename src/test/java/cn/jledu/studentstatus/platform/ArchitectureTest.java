package cn.jledu.studentstatus.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The procedure skeleton (docs/architecture.md): shared modules never depend on procedures, procedures never on
 * each other, no package cycles, only a procedure's {@code *Process} facade drives the engine, controller → facade →
 * service and never the reverse, and every diagram has its package, contract, facade and test of the same name.
 */
class ArchitectureTest {

    static final String BASE = "cn.jledu.studentstatus";
    static final String[] SHARED = {BASE + ".platform..", BASE + ".organisation..", BASE + ".student..",
        BASE + ".archive..", BASE + ".calendar..", BASE + ".document..", BASE + ".national..",
        BASE + ".assessment.."};
    /** Diagrams whose procedure lives in another procedure's package: the revocation acts on the sanction case. */
    static final Map<String, String> PACKAGE_OF = Map.of("sanctionRevocation", "sanction", "transferIn", "transfer");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void sharedModulesDoNotDependOnProcedures() {
        noClasses().that().resideInAnyPackage(SHARED)
                .should().dependOnClassesThat(DescribedPredicate.describe("a procedure or bootstrap class",
                        c -> c.getPackageName().startsWith(BASE + ".") && !isShared(c.getPackageName())))
                .check(classes);
    }

    @Test
    void platformDependsOnNoDomainModule() {
        noClasses().that().resideInAPackage(BASE + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".organisation..", BASE + ".student..",
                        BASE + ".archive..")
                .check(classes);
    }

    @Test
    void proceduresDoNotDependOnEachOther() {
        for (String procedure : procedurePackages()) {
            noClasses().that().resideInAPackage(BASE + "." + procedure + "..")
                    .should().dependOnClassesThat(DescribedPredicate.describe("another procedure",
                            (JavaClass c) -> isProcedure(c.getPackageName())
                                    && !c.getPackageName().startsWith(BASE + "." + procedure)))
                    .because("one procedure reads another's data through a query interface in a shared module")
                    .check(classes);
        }
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheProcessFacadeDrivesTheEngine() {
        for (String procedure : procedurePackages()) {
            noClasses().that().resideInAPackage(BASE + "." + procedure + "..")
                    .and().haveSimpleNameNotEndingWith("Process")
                    .should().dependOnClassesThat().areAssignableTo(RuntimeService.class)
                    .orShould().dependOnClassesThat().areAssignableTo(TaskService.class)
                    .orShould().dependOnClassesThat().areAssignableTo(ManagementService.class)
                    .because("a procedure's *Process facade is the only code that starts or correlates it")
                    .check(classes);
        }
    }

    @Test
    void controllerCallsFacadeCallsServiceNeverTheReverse() {
        DescribedPredicate<JavaClass> facade = DescribedPredicate.describe("a process facade",
                c -> c.getPackageName().startsWith(BASE) && c.getSimpleName().endsWith("Process"));
        DescribedPredicate<JavaClass> controller = DescribedPredicate.describe("a controller",
                c -> c.getPackageName().startsWith(BASE) && c.getSimpleName().endsWith("Controller"));
        noClasses().that().haveSimpleNameEndingWith("Service").should().dependOnClassesThat(facade).check(classes);
        noClasses().that().haveSimpleNameEndingWith("Process").or().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat(controller).check(classes);
    }

    @Test
    void everyDiagramHasItsPackageContractFacadeAndTest() throws IOException {
        Pattern key = Pattern.compile("<bpmn:process id=\"([a-zA-Z]+)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> diagrams = Files.list(Path.of("processes"))) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Matcher m = key.matcher(Files.readString(diagram));
                if (!m.find()) {
                    missing.add(diagram + ": no process id");
                    continue;
                }
                String processKey = m.group(1);
                String name = Character.toUpperCase(processKey.charAt(0)) + processKey.substring(1);
                String pkg = PACKAGE_OF.getOrDefault(processKey, processKey.toLowerCase());
                String owner = Character.toUpperCase(pkg.charAt(0)) + pkg.substring(1);
                String pkgName = BASE + "." + pkg;
                requireClass(missing, pkgName, ownerName(owner, pkg) + "Contract");
                requireClass(missing, pkgName, ownerName(owner, pkg) + "Process");
                Path test = Path.of("src/test/java", pkgName.replace('.', '/'), name + "ProcessTest.java");
                if (!Files.exists(test)) {
                    missing.add(test.toString());
                }
                if (Files.isDirectory(Path.of("forms"))
                        && Files.readString(diagram).contains("camunda:formRef")
                        && !Files.isDirectory(Path.of("forms", diagram.getFileName().toString().replace(".bpmn", "")))) {
                    missing.add("forms/" + diagram.getFileName().toString().replace(".bpmn", "") + "/");
                }
            }
        }
        Assertions.assertThat(missing).as("files a procedure needs (docs/architecture.md, 'Adding a procedure')")
                .isEmpty();
    }

    @Test
    void everyFormLivesInTheFolderOfTheDiagramThatUsesIt() throws IOException {
        Pattern formRef = Pattern.compile("camunda:formRef=\"([a-zA-Z]+)\"");
        Pattern formId = Pattern.compile("\"id\"\\s*:\\s*\"([a-zA-Z]+Form)\"");
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> diagrams = Files.list(Path.of("processes"))) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                String folder = diagram.getFileName().toString().replace(".bpmn", "");
                Set<String> refs = new TreeSet<>();
                formRef.matcher(Files.readString(diagram)).results().forEach(r -> refs.add(r.group(1)));
                Set<String> inFolder = new TreeSet<>();
                Path dir = Path.of("forms", folder);
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> forms = Files.list(dir)) {
                        for (Path form : forms.toList()) {
                            Matcher m = formId.matcher(Files.readString(form));
                            if (m.find()) {
                                inFolder.add(m.group(1));
                            }
                        }
                    }
                }
                for (String ref : refs) {
                    if (!inFolder.contains(ref)) {
                        wrong.add(diagram + " uses " + ref + ", which is not in forms/" + folder + "/");
                    }
                }
            }
        }
        Assertions.assertThat(wrong).isEmpty();
    }

    private static String ownerName(String owner, String pkg) {
        // the contract of a package is named after its procedure in camel case: registrationcancellation →
        // RegistrationCancellationContract; find it among the imported classes by case-insensitive match
        return classes.stream().filter(c -> c.getPackageName().equals(BASE + "." + pkg))
                .map(JavaClass::getSimpleName).filter(n -> n.endsWith("Contract"))
                .map(n -> n.substring(0, n.length() - "Contract".length()))
                .filter(n -> n.equalsIgnoreCase(pkg)).findFirst().orElse(owner);
    }

    private static void requireClass(List<String> missing, String pkg, String simpleName) {
        if (!classes.contain(pkg + "." + simpleName)) {
            missing.add(pkg + "." + simpleName);
        }
    }

    static Set<String> procedurePackages() {
        return classes.stream().map(JavaClass::getPackageName).filter(ArchitectureTest::isProcedure)
                .map(p -> p.substring(BASE.length() + 1).split("\\.")[0]).collect(Collectors.toCollection(TreeSet::new));
    }

    static boolean isProcedure(String pkg) {
        return pkg.startsWith(BASE + ".") && !isShared(pkg) && !pkg.startsWith(BASE + ".bootstrap");
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
