package cn.jledu.studentstatus.latereporting;

import static cn.jledu.studentstatus.latereporting.LateReportingContract.Vars;

import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.FormRefusal;
import cn.jledu.studentstatus.platform.RuleViolation;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Service tasks and listeners of processes/late-reporting.bpmn. */
@Configuration
class LateReportingDelegates {

    static long admissionId(VariableScope scope) {
        return ((Number) scope.getVariable(Vars.ADMISSION_ID)).longValue();
    }

    /** 记录报到. */
    @Bean
    JavaDelegate lateReportingRecordReportedDelegate(LateReportingService service) {
        return execution -> service.recordReported(admissionId(execution));
    }

    /**
     * 记录延期报到期限: the timer now waits for the end of the last reporting day, which an approval only ever
     * moves later (R-REG-5).
     */
    @Bean
    JavaDelegate lateReportingRecordDelayDelegate(LateReportingService service) {
        return (DelegateExecution execution) -> {
            long id = admissionId(execution);
            LocalDate until = LateReportingService.parseDay((String) execution.getVariable(Vars.DELAY_UNTIL));
            boolean longer = Boolean.TRUE.equals(execution.getVariable(Vars.LONGER_DELAY));
            LocalDate last = service.recordDelay(id, until, (String) execution.getVariable(Vars.EXCEPTIONAL_REASON),
                    longer);
            execution.setVariable(Vars.REPORTING_DEADLINE, LateReportingService.endOf(last));
        };
    }

    /**
     * 记录不批准: the deadline stays. If it has already passed while the request waited for the decision, the
     * student gets one more working day from the refusal (the timer after the refusal), not a cancellation at once.
     */
    @Bean
    JavaDelegate lateReportingRecordRefusalDelegate(LateReportingService service) {
        return (DelegateExecution execution) -> {
            boolean byPrincipal = LateReportingContract.REJECT.equals(execution.getVariable(Vars.PRINCIPAL_DECISION));
            service.recordRefusal(admissionId(execution), byPrincipal ? "校长" : "学生管理部门负责人",
                    (String) execution.getVariable(byPrincipal ? Vars.PRINCIPAL_NOTE : Vars.DECISION_NOTE));
            Date deadline = (Date) execution.getVariable(Vars.REPORTING_DEADLINE);
            execution.setVariable(Vars.REFUSED_ON, AppClock.today().toString());
            execution.setVariable(Vars.GRACE_OVER, !AppClock.now().isBefore(deadline.toInstant()));
        };
    }

    /** 取消入学资格. */
    @Bean
    JavaDelegate lateReportingCancelAdmissionDelegate(LateReportingService service) {
        return execution -> service.cancel(admissionId(execution));
    }

    /**
     * The student-affairs head's form: a decision; for an approval a date, and beyond two weeks the exceptional
     * reason (then the principal decides, {@link Vars#LONGER_DELAY}).
     */
    @Bean
    TaskListener lateReportingDecisionCheck(LateReportingService service) {
        return task -> {
            Object decision = task.getVariable(Vars.DECISION);
            if (!LateReportingContract.APPROVE.equals(decision) && !LateReportingContract.REJECT.equals(decision)) {
                throw new FormRefusal("请选择审批意见：批准延期报到或不批准。");
            }
            boolean longer = false;
            if (LateReportingContract.APPROVE.equals(decision)) {
                try {
                    longer = service.checkDelay(admissionId(task), (String) task.getVariable(Vars.DELAY_UNTIL),
                            (String) task.getVariable(Vars.EXCEPTIONAL_REASON)).longer();
                } catch (RuleViolation e) {
                    throw FormRefusal.of(e);
                }
            }
            task.setVariable(Vars.LONGER_DELAY, longer);
            task.setVariable(Vars.PRINCIPAL_DECISION, null);
        };
    }

    /** The principal's form for a delay beyond two weeks: a decision. */
    @Bean
    TaskListener lateReportingPrincipalDecisionCheck() {
        return task -> {
            Object decision = task.getVariable(Vars.PRINCIPAL_DECISION);
            if (!LateReportingContract.APPROVE.equals(decision) && !LateReportingContract.REJECT.equals(decision)) {
                throw new FormRefusal("请选择：批准超过两周的延期报到，或不批准。");
            }
        };
    }
}
