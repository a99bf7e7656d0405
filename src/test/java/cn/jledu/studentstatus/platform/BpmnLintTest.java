package cn.jledu.studentstatus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * bpmnlint (bpmnlint:recommended + camunda-compat 7.24) accepts every diagram in processes/ and rejects a
 * deliberately broken one; Maven runs the same lint just before the tests (phase process-test-classes, not part
 * of spring-boot:run), so such a diagram fails the build.
 */
class BpmnLintTest {

    @Test
    void brokenDiagramFailsTheLint() throws Exception {
        Result result = lint("src/test/resources/lint/broken-diagram.bpmn");
        assertThat(result.exitCode).isNotZero();
        assertThat(result.output).contains("history-time-to-live").contains("no-disconnected");
    }

    @Test
    void everyProcessPassesTheLint() throws Exception {
        File[] diagrams = new File("processes").listFiles((d, n) -> n.endsWith(".bpmn"));
        assertThat(diagrams).isNotEmpty();
        List<String> files = new ArrayList<>();
        for (File f : diagrams) {
            files.add(f.getPath());
        }
        Result result = lint(files.toArray(String[]::new));
        assertThat(result.exitCode).as(result.output).isZero();
    }

    record Result(int exitCode, String output) {
    }

    static Result lint(String... files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", "node_modules/bpmnlint/bin/bpmnlint.js"));
        command.addAll(List.of(files));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }
}
