package cn.jledu.studentstatus.withdrawal;

import static cn.jledu.studentstatus.withdrawal.WithdrawalContract.Vars;

import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.platform.FormRefusal;
import cn.jledu.studentstatus.student.StudentRecords;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Service tasks, listeners and form checks of processes/withdrawal.bpmn. */
@Configuration
class WithdrawalDelegates {

    @Bean
    JavaDelegate withdrawalWithdrawDelegate(WithdrawalService service) {
        return execution -> service.withdraw(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    }

    @Bean
    JavaDelegate withdrawalCertificateDelegate(WithdrawalService service) {
        return execution -> service.issueStudyCertificate(execution.getProcessBusinessKey(),
                execution.getProcessInstanceId());
    }

    @Bean
    JavaDelegate withdrawalRemindDelegate(WithdrawalService service) {
        return execution -> service.remindBureau(execution.getProcessBusinessKey());
    }

    @Bean
    ExecutionListener withdrawalEnded(StudentRecords records) {
        return execution -> records.releaseProcedure(execution.getProcessBusinessKey());
    }

    @Bean
    TaskListener withdrawalDecisionCheck(WithdrawalService service) {
        return task -> service.decideBySchool(task.getExecution().getProcessBusinessKey(),
                (String) task.getVariable(Vars.DECISION), (String) task.getVariable(Vars.DECISION_NOTE));
    }

    @Bean
    TaskListener withdrawalReviewCheck(WithdrawalService service) {
        return task -> service.decideByBureau(task.getExecution().getProcessBusinessKey(),
                (String) task.getVariable(Vars.REVIEW_DECISION), (String) task.getVariable(Vars.REVIEW_NOTE));
    }

    @Bean
    TaskListener withdrawalSupervisionCheck(AuditTrail audit) {
        return task -> {
            if (!Boolean.TRUE.equals(task.getVariable(Vars.ACKNOWLEDGED))) {
                throw new FormRefusal("请督促主管教育行政部门完成审核后勾选“已督办”。");
            }
            audit.record("WITHDRAWAL_REVIEW_SUPERVISED", "withdrawal_case", task.getExecution().getProcessBusinessKey(),
                    String.valueOf(task.getVariable(Vars.SUPERVISION_NOTE)));
        };
    }
}
