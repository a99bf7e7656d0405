package cn.jledu.studentstatus.platform;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Every working-day count a diagram uses (10, 15, 25, 30 …) appears once: the diagram shows the number, and each
 * contract's {@code WORKING_DAY_PERIODS} declares the same number for the same timer or task — no more, no less. A
 * period that is a setting is a variable in the diagram and declared by that name in the contract's
 * {@code WORKING_DAY_VARIABLE_PERIODS}.
 */
class WorkingDayPeriodsTest {

    static final Pattern DEADLINE = Pattern.compile("workingDays\\.deadline\\(\\s*execution\\s*,\\s*\\w+\\s*,\\s*(\\w+)\\s*\\)");

    @Test
    void everyWorkingDayCountInTheDiagramsIsTheContractsCount() throws Exception {
        Map<String, String> inDiagrams = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path diagram : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                var factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                NodeList all = factory.newDocumentBuilder().parse(diagram.toFile()).getElementsByTagName("*");
                for (int i = 0; i < all.getLength(); i++) {
                    Element e = (Element) all.item(i);
                    NamedNodeMap attributes = e.getAttributes();
                    for (int a = 0; a < attributes.getLength(); a++) {
                        collect(inDiagrams, diagram, e, ((Attr) attributes.item(a)).getValue());
                    }
                    if ("timeDate".equals(e.getLocalName()) || "timeDuration".equals(e.getLocalName())) {
                        collect(inDiagrams, diagram, (Element) e.getParentNode(), e.getTextContent());
                    }
                }
            }
        }
        Map<String, String> inContracts = new TreeMap<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ArchitectureTest.BASE)) {
            if (c.getSimpleName().endsWith("Contract")) {
                try {
                    Field f = Class.forName(c.getName()).getField("WORKING_DAY_PERIODS");
                    @SuppressWarnings("unchecked")
                    Map<String, Integer> periods = (Map<String, Integer>) f.get(null);
                    periods.forEach((id, n) -> inContracts.put(id, String.valueOf(n)));
                } catch (NoSuchFieldException none) {
                    // a procedure without working-day periods
                }
                try { // periods read from a variable (a setting), declared by name: WORKING_DAY_VARIABLE_PERIODS
                    Field f = Class.forName(c.getName()).getField("WORKING_DAY_VARIABLE_PERIODS");
                    @SuppressWarnings("unchecked")
                    Map<String, String> periods = (Map<String, String>) f.get(null);
                    periods.forEach((id, variable) -> Assertions.assertThat(inContracts.put(id, variable))
                            .as(c.getName() + ": " + id + " declared twice").isNull());
                } catch (NoSuchFieldException none) {
                    // every period is a literal
                }
            }
        }
        Assertions.assertThat(inDiagrams).isNotEmpty().isEqualTo(inContracts);
    }

    private static void collect(Map<String, String> found, Path diagram, Element owner, String text) {
        Matcher m = DEADLINE.matcher(text);
        while (m.find()) {
            String id = owner.getAttribute("id");
            Assertions.assertThat(id).as(diagram + ": a working-day count without an element id").isNotBlank();
            Assertions.assertThat(found.put(id, m.group(1))).as(diagram + ": two counts on " + id).isNull();
        }
    }
}
