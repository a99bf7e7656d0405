package cn.jledu.studentstatus.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Assertions on API answers shared by the procedures' web tests (RFC 9457 problem details). */
public final class ApiCalls {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    private ApiCalls() {
    }

    /** The answer has the status, a Chinese detail and, where given, the rule id. */
    public static JsonNode assertProblem(ResponseEntity<JsonNode> answer, HttpStatus status, String ruleId) {
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(status);
        JsonNode body = answer.getBody();
        assertThat(body).as("problem body").isNotNull();
        assertThat(body.path("detail").asText()).as("Chinese detail").containsPattern(CHINESE);
        if (ruleId != null) {
            assertThat(body.path("ruleId").asText()).isEqualTo(ruleId);
            assertThat(body.path("detail").asText()).startsWith(ruleId + "：");
        }
        return body;
    }
}
