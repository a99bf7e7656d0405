package cn.jledu.studentstatus.rosterverification;

import static cn.jledu.studentstatus.rosterverification.RosterVerificationContract.Vars;

import cn.jledu.studentstatus.platform.FormRefusal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Server-side check of the registrar's form: the correction must be described. */
@Component("rosterVerificationCorrectCheck")
class CorrectRosterCompletionCheck implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (VerifyRosterCompletionCheck.isBlank(task.getVariable(Vars.CORRECTION_NOTE))) {
            throw new FormRefusal("请填写更正说明。");
        }
    }
}
