package cn.jledu.studentstatus.registrationfiling;

import static cn.jledu.studentstatus.registrationfiling.RegistrationFilingContract.Vars;


import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.student.Intake;
import cn.jledu.studentstatus.student.StudentEnums.Season;
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

    /** 为每所开办学校开启注册截止期限案件 (the season's timer start event). */
    @Bean
    JavaDelegate registrationFilingOpenIntakeDeadlinesDelegate(RegistrationFilingProcess process) {
        return execution -> execution.setVariable("openedCases", process.openCurrentIntake().size());
    }

    /** 开启注册备案案件 at the deadline (R-REG-11), at most once per school and intake. */
    @Bean
    JavaDelegate registrationFilingStartAtDeadlineDelegate(RegistrationFilingProcess process) {
        return execution -> execution.setVariable(Vars.DEADLINE_OUTCOME, process.startAtDeadline(
                (String) execution.getVariable(Vars.SCHOOL_CODE),
                new Intake(((Number) execution.getVariable(Vars.INTAKE_YEAR)).intValue(),
                        Season.valueOf((String) execution.getVariable(Vars.INTAKE_SEASON)))));
    }

    /** The registrar or the bureau acknowledges the deadline reminder (R-REG-6). */
    @Bean
    TaskListener registrationFilingReminderCheck(AuditTrail audit) {
        return task -> {
            if (!Boolean.TRUE.equals(task.getVariable(Vars.ACKNOWLEDGED))) {
                throw new FormRefusal("R-REG-6", "请阅知注册截止日期后勾选“已阅知”。");
            }
            task.setVariable(Vars.ACKNOWLEDGED, false);
            audit.record("INTAKE_REMINDER_ACKNOWLEDGED", "intake_deadline", task.getExecution().getProcessBusinessKey(),
                    task.getName());
        };
    }

    /** The step of a task name without the case it names ("县级教育局审核盖章：注册备案：…" → "县级教育局审核盖章"). */
    static String step(String taskName) {
        int colon = taskName.indexOf('：');
        return colon > 0 ? taskName.substring(0, colon) : taskName;
    }
}
