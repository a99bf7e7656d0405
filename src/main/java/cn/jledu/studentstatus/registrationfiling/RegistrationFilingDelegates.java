package cn.jledu.studentstatus.registrationfiling;

import static cn.jledu.studentstatus.registrationfiling.RegistrationFilingContract.Vars;


import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.platform.FormRefusal;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Service tasks and listeners of processes/registration-filing.bpmn. */
@Configuration
class RegistrationFilingDelegates {

    static long filingId(VariableScope scope) {
        return ((Number) scope.getVariable(Vars.FILING_ID)).longValue();
    }

    /** 生成备案名单. */
    @Bean
    JavaDelegate registrationFilingGenerateListDelegate(RegistrationFilingService service) {
        return execution -> execution.setVariables(service.generate(filingId(execution), execution.getProcessInstanceId()));
    }

    /** 记录备案. */
    @Bean
    JavaDelegate registrationFilingRecordDelegate(RegistrationFilingService service) {
        return execution -> service.recordFiled(filingId(execution));
    }

    /** Each signer confirms the paper list; remarks (e.g. transfers, R-TRF-4) are kept on the filing. */
    @Bean
    TaskListener registrationFilingConfirmationCheck(RegistrationFilingService service, AuditTrail audit) {
        return task -> {
            if (!Boolean.TRUE.equals(task.getVariable(Vars.CONFIRMED))) {
                throw new FormRefusal("请核对纸质备案名单并签字、盖章后勾选确认。");
            }
            service.addRemark(filingId(task), step(task.getName()), (String) task.getVariable(Vars.REMARKS));
            task.setVariable(Vars.FILING_REMARKS, service.remarks(filingId(task)));
            task.setVariable(Vars.CONFIRMED, false);
            task.setVariable(Vars.REMARKS, null);
            audit.record("FILING_CONFIRMED", "registration_filing", String.valueOf(filingId(task)), task.getName());
        };
    }

    /** The step of a task name without the case it names ("县级教育局审核盖章：注册备案：…" → "县级教育局审核盖章"). */
    static String step(String taskName) {
        int colon = taskName.indexOf('：');
        return colon > 0 ? taskName.substring(0, colon) : taskName;
    }
}
