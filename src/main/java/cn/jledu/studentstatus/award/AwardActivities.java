package cn.jledu.studentstatus.award;

import static cn.jledu.studentstatus.award.AwardContract.Vars;

import cn.jledu.studentstatus.platform.FormRefusal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The award diagram's delegate and form check. */
final class AwardActivities {

    private AwardActivities() {
    }

    /** 奖励存档并通知学生 (asyncBefore: printing the notice is a retried job, not part of the principal's request). */
    @Component("awardRecordDelegate")
    static class RecordAwardDelegate implements JavaDelegate {
        private final AwardService service;

        RecordAwardDelegate(AwardService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution e) {
            service.record(e.getProcessBusinessKey(), e.getProcessInstanceId());
        }
    }

    /** Server-side check of 校长确认奖励; a declined award is marked as such. */
    @Component("awardApproveCheck")
    static class ApproveAwardCompletionCheck implements TaskListener {
        private final AwardService service;

        ApproveAwardCompletionCheck(AwardService service) {
            this.service = service;
        }

        @Override
        public void notify(DelegateTask t) {
            Object approved = t.getVariable(Vars.AWARD_APPROVED);
            if (!(approved instanceof Boolean)) {
                throw new FormRefusal("请勾选“确认奖励属实”，或写明不确认的意见。");
            }
            if (!((Boolean) approved)) {
                Object note = t.getVariable(Vars.AWARD_NOTE);
                if (note == null || note.toString().isBlank()) {
                    throw new FormRefusal("不确认奖励时必须填写意见。");
                }
                service.decline(t.getExecution().getProcessBusinessKey());
            }
        }
    }
}
