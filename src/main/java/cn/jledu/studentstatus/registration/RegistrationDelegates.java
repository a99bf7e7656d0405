package cn.jledu.studentstatus.registration;

import static cn.jledu.studentstatus.registration.RegistrationContract.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of processes/registration.bpmn, one thin delegate per activity: read the batch id, call
 * one method of {@link RegistrationService}.
 */
@Configuration
class RegistrationDelegates {

    static long batchId(DelegateExecution execution) {
        return ((Number) execution.getVariable(Vars.BATCH_ID)).longValue();
    }

    /** 核验注册条件. */
    @Bean
    JavaDelegate registrationCheckDelegate(RegistrationService service) {
        return execution -> service.recheck(batchId(execution));
    }

    /** 确认学籍（在籍）. */
    @Bean
    JavaDelegate registrationActivateStatusDelegate(RegistrationService service) {
        return execution -> service.activate(batchId(execution), execution.getProcessInstanceId());
    }

    /** 报送全国中职学生管理信息系统. */
    @Bean
    JavaDelegate registrationSubmitToNationalRegistryDelegate(RegistrationService service) {
        return execution -> service.submitToNationalRegistry(batchId(execution));
    }

    /** 提醒本月底前完成注册审核 (R-MON-2). */
    @Bean
    JavaDelegate registrationRemindReviewerDelegate(cn.jledu.studentstatus.archive.AuditTrail audit) {
        return execution -> audit.record("REGISTRATION_REVIEW_REMINDER", "registration_batch",
                String.valueOf(batchId(execution)), "（R-MON-2）注册审核须在本月底前完成：" + execution.getVariable(Vars.CASE_TITLE));
    }

    /** 撤回注册申请. */
    @Bean
    JavaDelegate registrationWithdrawDelegate(RegistrationService service) {
        return execution -> service.withdraw(batchId(execution), execution.getProcessInstanceId());
    }
}
