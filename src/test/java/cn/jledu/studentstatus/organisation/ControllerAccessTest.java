package cn.jledu.studentstatus.organisation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.Forbidden;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/**
 * Access rules live in {@link StaffScope}: every controller asks it, and no controller looks at the user's groups
 * itself (no {@link CurrentUser}, {@link GroupIds}, engine identity or authorization service, no hand-made 403).
 */
class ControllerAccessTest {

    static final String BASE = "cn.jledu.studentstatus";
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);

    @Test
    void controllersDoNotInspectGroups() {
        noClasses().that().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().belongToAnyOf(CurrentUser.class, GroupIds.class, IdentityService.class,
                        AuthorizationService.class, Forbidden.class)
                .because("access checks belong to StaffScope (docs/security.md)")
                .check(CLASSES);
    }

    @Test
    void everyControllerAsksStaffScope() {
        classes().that().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().belongToAnyOf(StaffScope.class)
                .check(CLASSES);
    }

    /** What the class files cannot show: a group id spelled out in a controller's source. */
    @Test
    void noControllerSourceNamesAGroup() throws IOException {
        List<Path> controllers;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            controllers = files.filter(f -> f.toString().endsWith(".java")).filter(f -> read(f).contains("@RestController\n"))
                    .toList();
        }
        assertThat(controllers).hasSizeGreaterThan(5);
        for (Path controller : controllers) {
            assertThat(read(controller)).as(controller.toString())
                    .doesNotContain("camunda-admin", "\"school-", "\"bureau-", "groupIds()", "inGroup(", "isAdmin()");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
