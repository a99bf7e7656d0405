package cn.jledu.studentstatus.platform;

import org.springframework.http.HttpStatus;

/**
 * A refusal by a rule of the provincial regulations (rules.md). The message is Chinese and starts with the
 * rule id, so staff and logs name the rule: {@code R-REG-4（第五条）：……}.
 */
public class RuleViolation extends RuntimeException {

    private final String ruleId;
    private final HttpStatus status;

    public RuleViolation(String ruleId, String message) {
        this(ruleId, message, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    public RuleViolation(String ruleId, String message, HttpStatus status) {
        super(ruleId + "：" + message);
        this.ruleId = ruleId;
        this.status = status;
    }

    public String ruleId() {
        return ruleId;
    }

    public HttpStatus status() {
        return status;
    }
}
