package cn.jledu.studentstatus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A task list of ten identical names is unusable: every user task's name says whose case it is (the student, the
 * class or the batch) through an expression such as {@code 校长确认奖励：${studentName}}.
 */
class TaskNamesTest {

    @Test
    void everyUserTaskNameCarriesTheCase() throws Exception {
        List<String> plain = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path diagram : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                var factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                NodeList tasks = factory.newDocumentBuilder().parse(diagram.toFile())
                        .getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", "userTask");
                for (int i = 0; i < tasks.getLength(); i++) {
                    Element task = (Element) tasks.item(i);
                    String name = task.getAttribute("name");
                    if (!name.matches(".*\\p{IsHan}.*\\$\\{.+}.*")) {
                        plain.add(diagram.getFileName() + " " + task.getAttribute("id") + " \"" + name + "\"");
                    }
                }
            }
        }
        assertThat(plain).as("user tasks whose name does not say whose case it is").isEmpty();
    }
}
