package cn.jledu.studentstatus.rosterverification;

import static cn.jledu.studentstatus.rosterverification.RosterVerificationContract.Vars;

import cn.jledu.studentstatus.platform.FormRefusal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Server-side check of the head teacher's form: a roster with errors needs a description of them. */
@Component("rosterVerificationVerifyCheck")
class VerifyRosterCompletionCheck implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object correct = task.getVariable(Vars.ROSTER_CORRECT);
        if (!(correct instanceof Boolean)) {
            throw new FormRefusal("请勾选“名单无误”，或填写差错说明。");
        }
        if (!((Boolean) correct) && isBlank(task.getVariable(Vars.DISCREPANCIES))) {
            throw new FormRefusal("名单有误时必须填写差错说明（写明学生姓名和差错内容）。");
        }
    }

    static boolean isBlank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
