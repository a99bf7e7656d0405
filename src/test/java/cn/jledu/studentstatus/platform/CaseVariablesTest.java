package cn.jledu.studentstatus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Routing reads only case facts: every variable that a candidate-group, candidate-user or assignee expression
 * of a user task in processes/ reads is in {@link CaseVariables#IDENTIFYING}, which no completion may change.
 */
class CaseVariablesTest {

    /** An identifier that is not a method or property name (after a dot) and not a bean (before a dot or call). */
    static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)(?![\\w.(])");

    @Test
    void everyRoutingInputIsACaseFact() throws IOException {
        List<Path> diagrams;
        try (Stream<Path> files = Files.walk(Path.of("processes"))) {
            diagrams = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
        Set<String> inputs = new LinkedHashSet<>();
        for (Path diagram : diagrams) {
            BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                List<String> expressions = new ArrayList<>();
                expressions.add(task.getCamundaAssignee());
                expressions.add(task.getCamundaCandidateGroups());
                expressions.add(task.getCamundaCandidateUsers());
                for (String e : expressions) {
                    inputs.addAll(variablesIn(e));
                }
            }
        }
        assertThat(inputs).contains("schoolCode", "headTeacher", "countyBureau");
        assertThat(CaseVariables.IDENTIFYING).containsAll(inputs);
    }

    @Test
    void variablesAreFoundInExpressions() {
        assertThat(variablesIn("${routing.schoolGroup(schoolCode, 'PRINCIPAL')}")).containsExactly("schoolCode");
        assertThat(variablesIn("${appealRouting.escalationGroup(schoolCode)}")).containsExactly("schoolCode");
        assertThat(variablesIn("${headTeacher}")).containsExactly("headTeacher");
        assertThat(variablesIn("school-1-registrar")).isEmpty();
        assertThat(variablesIn(null)).isEmpty();
    }

    static Set<String> variablesIn(String expression) {
        Set<String> names = new LinkedHashSet<>();
        if (expression == null) {
            return names;
        }
        Matcher expr = Pattern.compile("[$#]\\{([^}]*)}").matcher(expression);
        while (expr.find()) {
            String body = expr.group(1).replaceAll("'[^']*'|\"[^\"]*\"", "''");
            Matcher m = IDENTIFIER.matcher(body);
            while (m.find()) {
                String name = m.group(1);
                if (!Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne").contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
