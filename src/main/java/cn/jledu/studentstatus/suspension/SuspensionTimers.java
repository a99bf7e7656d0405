package cn.jledu.studentstatus.suspension;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The dates of the suspension period's timers, as bean {@code suspensionTimers}. */
@Component("suspensionTimers")
public class SuspensionTimers {

    private final SuspensionService service;

    SuspensionTimers(SuspensionService service) {
        this.service = service;
    }

    public Date reminder(DelegateExecution execution) {
        return service.reminderAt(execution.getProcessBusinessKey());
    }

    public Date expiry(DelegateExecution execution) {
        return service.expiryProposalAt(execution.getProcessBusinessKey());
    }

    public Date twoYears(DelegateExecution execution) {
        return service.twoYearsAt(execution.getProcessBusinessKey());
    }
}
