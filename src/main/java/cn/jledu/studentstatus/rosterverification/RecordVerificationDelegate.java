package cn.jledu.studentstatus.rosterverification;

import static cn.jledu.studentstatus.rosterverification.RosterVerificationContract.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录核对结果: marks the class verified and writes the audit record. */
@Component("rosterVerificationRecordDelegate")
class RecordVerificationDelegate implements JavaDelegate {

    private final RosterVerificationService service;

    RecordVerificationDelegate(RosterVerificationService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long classId = ((Number) execution.getVariable(Vars.CLASS_ID)).longValue();
        boolean correct = Boolean.TRUE.equals(execution.getVariable(Vars.ROSTER_CORRECT));
        service.recordResult(classId, correct, (String) execution.getVariable(Vars.DISCREPANCIES),
                (String) execution.getVariable(Vars.CORRECTION_NOTE), execution.getProcessBusinessKey());
    }
}
