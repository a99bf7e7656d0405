package cn.jledu.studentstatus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.platform.TaskFormFields.Field;
import cn.jledu.studentstatus.platform.TaskFormFields.Kind;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** Which variables a Camunda Form submits, and the guard's type and read-only rules (plain JUnit). */
class TaskFormFieldsTest {

    static Map<String, Field> parse(String json) throws IOException {
        return TaskFormFields.parse(new ObjectMapper().readTree(json.replace('\'', '"')));
    }

    @Test
    void keyedFieldsGroupsAndDynamicListsGiveTopLevelNamesWithTheirTypes() throws IOException {
        Map<String, Field> fields = parse("""
                {'components': [
                  {'type': 'text', 'text': '说明'},
                  {'type': 'textfield', 'key': 'caseTitle', 'readonly': true},
                  {'type': 'number', 'key': 'count'},
                  {'type': 'checkbox', 'key': 'approved'},
                  {'type': 'select', 'key': 'level'},
                  {'type': 'datetime', 'key': 'until', 'disabled': true},
                  {'type': 'table', 'dataSource': '=roster'},
                  {'type': 'group', 'components': [{'type': 'textarea', 'key': 'note', 'readonly': '=approved'}]},
                  {'type': 'group', 'path': 'address', 'components': [{'type': 'textfield', 'key': 'street'}]},
                  {'type': 'dynamiclist', 'path': 'items', 'components': [{'type': 'textfield', 'key': 'name'}]},
                  {'type': 'textfield', 'key': 'person.name'},
                  {'type': 'taglist', 'key': 'tags'}
                ]}""");

        assertThat(fields).containsOnlyKeys("caseTitle", "count", "approved", "level", "until", "note", "address",
                "items", "person", "tags");
        assertThat(fields.get("caseTitle")).isEqualTo(new Field("caseTitle", Kind.TEXT, true));
        assertThat(fields.get("count").kind()).isEqualTo(Kind.NUMBER);
        assertThat(fields.get("approved").kind()).isEqualTo(Kind.BOOLEAN);
        assertThat(fields.get("level")).isEqualTo(new Field("level", Kind.TEXT, false));
        assertThat(fields.get("until").readonly()).as("disabled fields are not submitted by Tasklist").isTrue();
        assertThat(fields.get("note").readonly()).as("a read-only expression may hold").isTrue();
        assertThat(fields.get("address")).isEqualTo(new Field("address", Kind.ANY, false));
        assertThat(fields.get("items").kind()).isEqualTo(Kind.ANY);
        assertThat(fields.get("person").kind()).isEqualTo(Kind.ANY);
        assertThat(fields.get("tags").kind()).isEqualTo(Kind.ANY);
    }

    @Test
    void aNameDeclaredTwiceIsWritableIfEitherFieldIs() throws IOException {
        Map<String, Field> fields = parse("""
                {'components': [{'type': 'textfield', 'key': 'x', 'readonly': true}, {'type': 'number', 'key': 'x'}]}""");
        assertThat(fields.get("x")).isEqualTo(new Field("x", Kind.ANY, false));
    }

    @Test
    void typesAreCheckedOnPlainAndTypedValues() {
        assertThat(TaskVariableGuard.fits(Kind.TEXT, "通过")).isTrue();
        assertThat(TaskVariableGuard.fits(Kind.TEXT, Variables.stringValue("通过"))).isTrue();
        assertThat(TaskVariableGuard.fits(Kind.TEXT, 21L)).isFalse();
        assertThat(TaskVariableGuard.fits(Kind.TEXT, Variables.longValue(21L))).isFalse();
        assertThat(TaskVariableGuard.fits(Kind.TEXT, Variables.objectValue(Map.of("a", 1)).create())).isFalse();
        assertThat(TaskVariableGuard.fits(Kind.NUMBER, 3)).isTrue();
        assertThat(TaskVariableGuard.fits(Kind.NUMBER, Variables.untypedValue(3.5))).isTrue();
        assertThat(TaskVariableGuard.fits(Kind.NUMBER, "3")).isFalse();
        assertThat(TaskVariableGuard.fits(Kind.BOOLEAN, true)).isTrue();
        assertThat(TaskVariableGuard.fits(Kind.BOOLEAN, "true")).isFalse();
        assertThat(TaskVariableGuard.fits(Kind.BOOLEAN, null)).as("an empty field").isTrue();
        assertThat(TaskVariableGuard.fits(Kind.NUMBER, Variables.untypedNullValue())).isTrue();
        assertThat(TaskVariableGuard.fits(Kind.ANY, Variables.objectValue(List.of(1)).create())).isTrue();
    }

    @Test
    void aReadOnlyFieldCountsAsUnchangedWhenTasklistSendsBackWhatItLoaded() {
        assertThat(TaskVariableGuard.same(Kind.TEXT, "学籍信息核对", "学籍信息核对")).isTrue();
        assertThat(TaskVariableGuard.same(Kind.TEXT, "", null)).as("absent variable shown as empty").isTrue();
        assertThat(TaskVariableGuard.same(Kind.NUMBER, 12, 12L)).isTrue();
        assertThat(TaskVariableGuard.same(Kind.NUMBER, 12.0, 12)).isTrue();
        assertThat(TaskVariableGuard.same(Kind.BOOLEAN, false, null)).isTrue();
        assertThat(TaskVariableGuard.same(Kind.TEXT, "另一个标题", "学籍信息核对")).isFalse();
        assertThat(TaskVariableGuard.same(Kind.NUMBER, 13, 12L)).isFalse();
    }

    @Test
    void messagesShowPrintableNamesOnly() {
        assertThat(TaskVariableGuard.shown("student\u202eId\u0000")).isEqualTo("studentId");
        assertThat(TaskVariableGuard.shown("x".repeat(100))).hasSize(41).endsWith("…");
    }

    /** The case facts can never be a writable field of any form in forms/. */
    @Test
    void noFormLetsACompletionChangeACaseFact() throws IOException {
        List<Path> forms;
        try (Stream<Path> files = Files.walk(Path.of("forms"))) {
            forms = files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
        }
        assertThat(forms).isNotEmpty();
        for (Path form : forms) {
            Map<String, Field> fields;
            try (InputStream in = Files.newInputStream(form)) {
                fields = TaskFormFields.parse(in);
            }
            assertThat(fields).as(form + " declares fields").isNotEmpty();
            fields.values().stream().filter(f -> CaseVariables.IDENTIFYING.contains(f.name()))
                    .forEach(f -> assertThat(f.readonly()).as(form + ": " + f.name() + " identifies the case").isTrue());
        }
    }
}
