package cn.jledu.studentstatus.suspension;

import static cn.jledu.studentstatus.suspension.SuspensionContract.Vars;

import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.platform.FormRefusal;
import cn.jledu.studentstatus.student.StudentRecords;
import cn.jledu.studentstatus.student.WithdrawalProposals;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Service tasks, listeners and form checks of processes/suspension.bpmn. */
@Configuration
class SuspensionDelegates {

    @Bean
    JavaDelegate suspensionApplyDelegate(SuspensionService service) {
        return execution -> service.applyApproved(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    }

    @Bean
    JavaDelegate suspensionCertificateDelegate(SuspensionService service) {
        return execution -> service.issueCertificate(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    }

    @Bean
    JavaDelegate suspensionResumeDelegate(SuspensionService service) {
        return execution -> service.resume(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    }

    @Bean
    JavaDelegate suspensionProposeExpiredDelegate(SuspensionService service) {
        return execution -> service.proposeWithdrawal(execution.getProcessBusinessKey(),
                WithdrawalProposals.Ground.SUSPENSION_EXPIRED);
    }

    @Bean
    JavaDelegate suspensionProposeTwoYearsDelegate(SuspensionService service) {
        return execution -> service.proposeWithdrawal(execution.getProcessBusinessKey(),
                WithdrawalProposals.Ground.SUSPENDED_TWO_YEARS);
    }

    /** Entering the suspension period lets the student go for other procedures (PROC-1) until the next request. */
    @Bean
    ExecutionListener suspensionReleased(StudentRecords records) {
        return execution -> records.releaseProcedure(execution.getProcessBusinessKey());
    }

    /** Every end of the case releases the student (PROC-1). */
    @Bean
    ExecutionListener suspensionEnded(StudentRecords records) {
        return execution -> records.releaseProcedure(execution.getProcessBusinessKey());
    }

    @Bean
    TaskListener suspensionSchoolDecisionCheck(SuspensionService service) {
        return task -> service.decideBySchool(task.getExecution().getProcessBusinessKey(),
                (String) task.getVariable(Vars.DECISION), (String) task.getVariable(Vars.DECISION_NOTE), null);
    }

    @Bean
    TaskListener suspensionBureauReviewCheck(SuspensionService service) {
        return task -> service.decideByBureau(task.getExecution().getProcessBusinessKey(),
                (String) task.getVariable(Vars.REVIEW_DECISION), (String) task.getVariable(Vars.REVIEW_NOTE));
    }

    @Bean
    TaskListener suspensionResumptionSchoolCheck(SuspensionService service) {
        return task -> service.decideBySchool(task.getExecution().getProcessBusinessKey(),
                (String) task.getVariable(Vars.DECISION), (String) task.getVariable(Vars.DECISION_NOTE),
                (Boolean) task.getVariable(Vars.RECHECK_PASSED));
    }

    /** The registrar confirms that student and guardian were asked to apply for resumption or extension. */
    @Bean
    TaskListener suspensionReminderCheck(AuditTrail audit) {
        return task -> {
            if (!Boolean.TRUE.equals(task.getVariable(Vars.CONTACTED))) {
                throw new FormRefusal("请联系学生和监护人后勾选“已联系”。");
            }
            audit.record("RESUMPTION_REMINDER_DONE", "student", String.valueOf(task.getVariable(Vars.STUDENT_ID)),
                    String.valueOf(task.getVariable(Vars.CONTACT_NOTE)));
        };
    }
}
