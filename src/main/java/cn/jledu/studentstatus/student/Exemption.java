package cn.jledu.studentstatus.student;

import cn.jledu.studentstatus.platform.RuleViolation;
import org.springframework.http.HttpStatus;

/**
 * An exception to a rule the regulations state "in principle" (原则上), granted by an authorised higher level with
 * a recorded reason (rules.md): e.g. R-CHG-1, a flexible-learning student who may nevertheless suspend. The
 * transition that honours it writes it into the status-change row. Who may grant it is the procedure's concern.
 */
public record Exemption(String ruleId, String grantedBy, String reason) {

    public Exemption {
        if (ruleId == null || grantedBy == null || grantedBy.isBlank() || reason == null || reason.isBlank()) {
            throw new RuleViolation(ruleId == null ? "R-CHG-1" : ruleId,
                    "例外批准须写明批准机关和理由。", HttpStatus.BAD_REQUEST);
        }
    }

    boolean covers(String rule) {
        return ruleId.equals(rule);
    }

    String describe() {
        return "经" + grantedBy + "批准例外办理（" + ruleId + "）：" + reason;
    }
}
