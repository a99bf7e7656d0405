package cn.jledu.studentstatus.platform;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * The one refusal of a task form or a task completion: a Chinese message for the person who submitted it, and
 * optionally the rule id it rests on. Thrown inside the engine (a {@code complete} task listener or the
 * {@link TaskVariableGuard}), it rolls the completion back: the task stays open and nothing changes.
 *
 * <p>It extends Camunda's {@link FormFieldValidationException} because that is the engine exception the REST API
 * answers with 400 on {@code /task/{id}/complete} and {@code /task/{id}/submit-form} (Tasklist uses the latter);
 * {@link EngineRestRefusals} answers every other engine REST call that hits a refusal with 400 as well.
 */
public class FormRefusal extends FormFieldValidationException {

    private final String ruleId;

    /** A refusal without a rule id (an incomplete form). */
    public FormRefusal(String message) {
        super(null, message);
        this.ruleId = null;
    }

    /** A refusal by a rule of rules.md; the message starts with the rule id, like {@link RuleViolation}'s. */
    public FormRefusal(String ruleId, String message) {
        super(ruleId, ruleId + "：" + message);
        this.ruleId = ruleId;
    }

    private FormRefusal(RuleViolation violation) {
        super(violation.ruleId(), violation.getMessage(), violation);
        this.ruleId = violation.ruleId();
    }

    /** The same refusal, raised while completing a task (keeps the rule id and the message). */
    public static FormRefusal of(RuleViolation violation) {
        return new FormRefusal(violation);
    }

    /** The rule id, or null when the refusal rests on no rule (e.g. a missing field). */
    public String ruleId() {
        return ruleId;
    }
}
