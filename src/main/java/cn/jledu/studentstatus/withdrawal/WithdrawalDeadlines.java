package cn.jledu.studentstatus.withdrawal;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The review's dates in the month of the submission, as bean {@code withdrawalDeadlines}. */
@Component("withdrawalDeadlines")
public class WithdrawalDeadlines {

    private final WithdrawalService service;

    WithdrawalDeadlines(WithdrawalService service) {
        this.service = service;
    }

    public Date reminder(DelegateExecution execution) {
        return service.reminderAt(execution.getProcessBusinessKey());
    }

    public Date escalation(DelegateExecution execution) {
        return service.escalationAt(execution.getProcessBusinessKey());
    }
}
