package cn.jledu.studentstatus.student;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No code outside {@code student} writes a student's status (docs/student-record.md): procedures ask the
 * {@link Student} for a transition and hand it to {@link StudentRecords}; the repository's writes are reachable
 * from StudentRecords only, and no SQL outside {@code student} writes the student, history or lock tables.
 */
class StudentTransitionsArchitectureTest {

    static final String BASE = "cn.jledu.studentstatus";
    /** The repository methods anyone may call: reads. Everything else it declares is a write. */
    static final Set<String> READS = Set.of("find", "activeInClass", "activeByPerson", "history", "schoolHistory", "map",
            "lock", "informationFields");

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);

    static final DescribedPredicate<JavaMethodCall> REPOSITORY_WRITE = DescribedPredicate.describe(
            "a write of StudentRepository", call -> call.getTargetOwner().isEquivalentTo(StudentRepository.class)
                    && !READS.contains(call.getName()) && !call.getName().equals("<init>"));

    @Test
    void onlyStudentRecordsCallsTheRepositorysWrites() {
        noClasses().that().doNotHaveFullyQualifiedName(StudentRecords.class.getName())
                .and().doNotHaveFullyQualifiedName(StudentRepository.class.getName())
                .should().callMethodWhere(REPOSITORY_WRITE)
                .because("a status changes only through a Student transition applied by StudentRecords")
                .check(CLASSES);
    }

    @Test
    void theRepositorysWritesAreNotPublic() {
        methods().that().areDeclaredIn(StudentRepository.class)
                .and().haveNameMatching("insert.*|update.*|record.*|correct.*|delete.*")
                .should().notBePublic()
                .check(CLASSES);
        // the rule above is not empty: the writes it guards exist
        assertThat(CLASSES.get(StudentRepository.class).getMethods()).extracting(m -> m.getName())
                .contains("insert", "updateStatus", "recordChange", "correctWhileRegistering", "insertLock", "deleteLock",
                        "updatePersonalData", "recordInformationFields");
    }

    @Test
    void procedureCodeCallsNoRepositoryWriteEvenByAnotherName() {
        noClasses().that().resideOutsideOfPackage(BASE + ".student..")
                .should().callMethodWhere(DescribedPredicate.describe("anything of StudentRepository but a read",
                        call -> call.getTargetOwner().isEquivalentTo(StudentRepository.class)
                                && !READS.contains(call.getName())))
                .check(CLASSES);
    }

    /** SQL that writes the student record, its history or its locks. */
    static final Pattern STUDENT_WRITE = Pattern.compile(
            "(?i)(UPDATE\\s+student\\s+SET|INSERT\\s+INTO\\s+student\\s*\\(|DELETE\\s+FROM\\s+student\\b"
                    + "|INSERT\\s+INTO\\s+status_change\\b|UPDATE\\s+status_change\\b|DELETE\\s+FROM\\s+status_change\\b"
                    + "|student_procedure_lock)");

    @Test
    void noSqlOutsideStudentWritesTheStudentItsHistoryOrItsLocks() throws IOException {
        Path main = Path.of("src/main/java/cn/jledu/studentstatus");
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(main)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(main.resolve("student")))
                    .filter(p -> STUDENT_WRITE.matcher(read(p)).find()).toList();
        }
        assertThat(offenders).isEmpty();
        // the pattern does find the writes where they belong
        assertThat(STUDENT_WRITE.matcher(read(main.resolve("student/StudentRepository.java"))).results().count())
                .isGreaterThanOrEqualTo(5);
        assertThat(STUDENT_WRITE.matcher("UPDATE student_number_counter SET last_value = 1").find()).isFalse();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
