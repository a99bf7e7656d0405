package cn.jledu.studentstatus.latereporting;

import static cn.jledu.studentstatus.latereporting.LateReportingContract.Vars;


import cn.jledu.studentstatus.platform.FormRefusal;
import cn.jledu.studentstatus.platform.RuleViolation;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Service tasks and listeners of processes/late-reporting.bpmn. */
@Configuration
class LateReportingDelegates {

    static long admissionId(org.camunda.bpm.engine.delegate.VariableScope scope) {
        return ((Number) scope.getVariable(Vars.ADMISSION_ID)).longValue();
    }

    /** 记录报到. */
    @Bean
    JavaDelegate lateReportingRecordReportedDelegate(LateReportingService service) {
        return execution -> service.recordReported(admissionId(execution));
    }

    /** 记录延期报到期限: the timer now waits for the end of the approved day. */
    @Bean
    JavaDelegate lateReportingRecordDelayDelegate(LateReportingService service) {
        return (DelegateExecution execution) -> {
            LocalDate until = service.checkDelay(admissionId(execution), (String) execution.getVariable(Vars.DELAY_UNTIL));
            service.recordDelay(admissionId(execution), until);
            execution.setVariable(Vars.REPORTING_DEADLINE, LateReportingService.endOf(until));
        };
    }

    /** 取消入学资格. */
    @Bean
    JavaDelegate lateReportingCancelAdmissionDelegate(LateReportingService service) {
        return execution -> service.cancel(admissionId(execution));
    }

    /** The approval form: a decision, and for an approval a date within two weeks of the reporting date. */
    @Bean
    TaskListener lateReportingDecisionCheck(LateReportingService service) {
        return task -> {
            Object decision = task.getVariable(Vars.DECISION);
            if (!LateReportingContract.APPROVE.equals(decision) && !LateReportingContract.REJECT.equals(decision)) {
                throw new FormRefusal("请选择审批意见：批准延期报到或不批准。");
            }
            if (LateReportingContract.APPROVE.equals(decision)) {
                try {
                    service.checkDelay(admissionId(task), (String) task.getVariable(Vars.DELAY_UNTIL));
                } catch (RuleViolation e) {
                    throw FormRefusal.of(e);
                }
            }
        };
    }
}
