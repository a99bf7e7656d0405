package cn.jledu.studentstatus.sanction;

import static cn.jledu.studentstatus.sanction.SanctionContract.Vars;

import cn.jledu.studentstatus.student.StudentRecords;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The service tasks of the sanction diagrams: one thin delegate per activity, each calling SanctionService. */
final class SanctionDelegates {

    private SanctionDelegates() {
    }

    static String text(DelegateExecution e, String name) {
        Object v = e.getVariable(name);
        return v == null ? null : v.toString();
    }

    static LocalDate date(DelegateExecution e, String name) {
        String v = text(e, name);
        return v == null || v.isBlank() ? null : LocalDate.parse(v.trim());
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, Object value) {
        return value == null || value.toString().isBlank() ? null : Enum.valueOf(type, value.toString());
    }

    /** 记录不予处分. */
    @Component("sanctionRecordNotSanctionedDelegate")
    static class RecordNotSanctionedDelegate implements JavaDelegate {
        private final SanctionService service;

        RecordNotSanctionedDelegate(SanctionService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution e) {
            String note = Boolean.FALSE.equals(e.getVariable(Vars.PROPOSAL_SUPPORTED))
                    ? "学生管理部门不同意：" + text(e, Vars.REVIEW_NOTE) : "校长决定不予处分：" + text(e, Vars.DECISION_NOTE);
            service.recordNotSanctioned(e.getProcessBusinessKey(), note);
        }
    }

    /** 记录处分决定并通知学生: the letter's date and the school's appeal window (counted from the receipt). */
    @Component("sanctionRecordDecisionDelegate")
    static class RecordDecisionDelegate implements JavaDelegate {
        private final SanctionService service;

        RecordDecisionDelegate(SanctionService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution e) {
            LocalDate notified = service.recordDecision(e.getProcessBusinessKey(),
                    enumValue(SanctionLevel.class, e.getVariable(Vars.DECIDED_LEVEL)), date(e, Vars.MEETING_DATE),
                    text(e, Vars.MEETING_MINUTES_REF), text(e, Vars.DECISION_NOTE), e.getProcessInstanceId());
            e.setVariable(Vars.DECISION_NOTIFIED_ON, notified.toString());
            // R-APL-1: the school's window as the letter states it; the timer counts it from the recorded receipt
            e.setVariable(Vars.SCHOOL_APPEAL_WORKING_DAYS, service.get(e.getProcessBusinessKey()).schoolAppealDays());
            e.setVariable(Vars.CASE_SUMMARY, service.summary(e.getProcessBusinessKey()));
        }
    }

    /** 记录复查决定并通知学生. */
    @Component("sanctionRecordReviewDecisionDelegate")
    static class RecordReviewDecisionDelegate implements JavaDelegate {
        private final SanctionService service;

        RecordReviewDecisionDelegate(SanctionService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution e) {
            service.recordReviewDecision(e.getProcessBusinessKey(),
                    enumValue(AppealOutcome.class, e.getVariable(Vars.REVIEW_OUTCOME)),
                    enumValue(SanctionLevel.class, e.getVariable(Vars.REVIEWED_LEVEL)), text(e, Vars.REVIEW_REASONS),
                    e.getProcessInstanceId());
            e.setVariable(Vars.CASE_SUMMARY, service.summary(e.getProcessBusinessKey()));
        }
    }

    /** 提醒答复期限. */
    @Component("sanctionRemindBureauDelegate")
    static class RemindBureauDelegate implements JavaDelegate {
        private final SanctionService service;

        RemindBureauDelegate(SanctionService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution e) {
            service.recordReminder(e.getProcessBusinessKey(), date(e, Vars.BUREAU_APPEAL_RECEIVED_ON));
        }
    }

    /** 记录超期未答复. */
    @Component("sanctionRecordBreachDelegate")
    static class RecordBreachDelegate implements JavaDelegate {
        private final SanctionService service;
        private final AppealRouting routing;

        RecordBreachDelegate(SanctionService service, AppealRouting routing) {
            this.service = service;
            this.routing = routing;
        }

        @Override
        public void execute(DelegateExecution e) {
            String schoolCode = text(e, Vars.SCHOOL_CODE);
            service.recordBreach(e.getProcessBusinessKey(), date(e, Vars.BUREAU_APPEAL_RECEIVED_ON),
                    routing.escalationBureau(schoolCode).name());
        }
    }

    /** 记录申诉处理决定. */
    @Component("sanctionRecordBureauDecisionDelegate")
    static class RecordBureauDecisionDelegate implements JavaDelegate {
        private final SanctionService service;

        RecordBureauDecisionDelegate(SanctionService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution e) {
            service.recordBureauDecision(e.getProcessBusinessKey(),
                    enumValue(AppealOutcome.class, e.getVariable(Vars.BUREAU_OUTCOME)),
                    enumValue(SanctionLevel.class, e.getVariable(Vars.BUREAU_LEVEL)), text(e, Vars.BUREAU_REASONS),
                    e.getProcessInstanceId());
        }
    }

    /** 处分决定生效. */
    @Component("sanctionFinaliseDelegate")
    static class FinaliseSanctionDelegate implements JavaDelegate {
        private final SanctionService service;

        FinaliseSanctionDelegate(SanctionService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution e) {
            boolean expelled = service.finalise(e.getProcessBusinessKey(), e.getProcessInstanceId());
            e.setVariable(Vars.EXPULSION_FINAL, expelled);
            e.setVariable(Vars.CASE_SUMMARY, service.summary(e.getProcessBusinessKey()));
        }
    }

    /** Every end of a sanction case lets the student go (an expulsion case holds the student, PROC-1). */
    @Component("sanctionEnded")
    static class SanctionEndedListener implements ExecutionListener {
        private final StudentRecords records;

        SanctionEndedListener(StudentRecords records) {
            this.records = records;
        }

        @Override
        public void notify(DelegateExecution e) {
            records.releaseProcedure(e.getProcessBusinessKey());
        }
    }

    /** 撤销处分并移出档案材料 (sanction-revocation.bpmn). */
    @Component("sanctionRevocationRevokeDelegate")
    static class RevokeSanctionDelegate implements JavaDelegate {
        private final SanctionService service;

        RevokeSanctionDelegate(SanctionService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution e) {
            service.revoke(e.getProcessBusinessKey(), text(e, Vars.REVOCATION_REASON), e.getProcessInstanceId());
        }
    }
}
