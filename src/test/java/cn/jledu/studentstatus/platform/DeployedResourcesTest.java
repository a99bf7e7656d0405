package cn.jledu.studentstatus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Everything under processes/ and forms/ is deployed at start-up (the engine parser checks each diagram). */
@IntegrationTest
class DeployedResourcesTest {

    static final Pattern PROCESS_ID = Pattern.compile("<bpmn:process id=\"([^\"]+)\"[^>]*isExecutable=\"true\"");

    @Autowired
    RepositoryService repository;

    @Test
    void everyDiagramIsDeployedAndItsProcessIsNamedInChinese() throws IOException {
        List<Path> diagrams = list("processes", ".bpmn");
        assertThat(diagrams).isNotEmpty();
        for (Path diagram : diagrams) {
            String xml = Files.readString(diagram);
            assertThat(xml).contains("modeler:executionPlatformVersion=\"7.24.0\"").contains("bpmndi:BPMNDiagram")
                    .contains("camunda:historyTimeToLive");
            Matcher m = PROCESS_ID.matcher(xml);
            assertThat(m.find()).as(diagram + " has an executable process").isTrue();
            ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(m.group(1))
                    .latestVersion().singleResult();
            assertThat(definition).as(diagram.toString()).isNotNull();
            assertThat(definition.getName()).matches(".*\\p{IsHan}.*");
            String fileName = diagram.getFileName().toString().replace(".bpmn", "");
            assertThat(toKebab(m.group(1))).as("file name = kebab-case process key").isEqualTo(fileName);
        }
    }

    @Test
    void everyFormIsPartOfTheAutoDeployment() throws IOException {
        // the start-up deployment holds the diagrams and the forms together (a Modeler deployment holds one file)
        Deployment auto = repository.createDeploymentQuery().orderByDeploymentTime().desc().list().stream()
                .filter(d -> repository.getDeploymentResourceNames(d.getId()).stream().anyMatch(r -> r.endsWith(".form")))
                .findFirst().orElseThrow();
        List<String> resources = repository.getDeploymentResourceNames(auto.getId());
        for (Path form : list("forms", ".form")) {
            // forms are grouped per procedure: forms/<process file name>/<form>.form
            assertThat(resources).anyMatch(r -> r.endsWith(form.toString().replace('\\', '/')));
        }
        for (Path diagram : list("processes", ".bpmn")) {
            assertThat(resources).anyMatch(r -> r.endsWith("processes/" + diagram.getFileName()));
        }
    }

    static List<Path> list(String dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(dir))) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    static String toKebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
