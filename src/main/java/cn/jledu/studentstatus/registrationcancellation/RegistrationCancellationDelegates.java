package cn.jledu.studentstatus.registrationcancellation;

import static cn.jledu.studentstatus.registrationcancellation.RegistrationCancellationContract.Vars;


import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.platform.FormRefusal;
import cn.jledu.studentstatus.student.StudentRecords;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Service task and form checks of processes/registration-cancellation.bpmn. */
@Configuration
class RegistrationCancellationDelegates {

    /** 注销学籍. */
    @Bean
    JavaDelegate registrationCancellationCancelStatusDelegate(RegistrationCancellationService service) {
        return execution -> service.cancel(((Number) execution.getVariable(Vars.STUDENT_ID)).longValue(),
                (String) execution.getVariable(Vars.GROUND_LABEL), (String) execution.getVariable(Vars.DECISION_NOTE),
                execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    }

    /** Every end of the case (cancelled or kept) lets the student go (PROC-1, claimed when the case started). */
    @Bean
    ExecutionListener registrationCancellationEnded(StudentRecords records) {
        return execution -> records.releaseProcedure(execution.getProcessBusinessKey());
    }

    /** The school's decision needs a choice and its reasons. */
    @Bean
    TaskListener registrationCancellationDecisionCheck(AuditTrail audit) {
        return task -> {
            Object decision = task.getVariable(Vars.DECISION);
            if (!RegistrationCancellationContract.CANCEL.equals(decision) && !RegistrationCancellationContract.KEEP.equals(decision)) {
                throw new FormRefusal("请选择学校决定：注销学籍或不予注销。");
            }
            Object note = task.getVariable(Vars.DECISION_NOTE);
            if (note == null || note.toString().isBlank()) {
                throw new FormRefusal("请填写决定说明。");
            }
            audit.record("CANCELLATION_" + decision, "student", String.valueOf(task.getVariable(Vars.STUDENT_ID)),
                    note.toString());
        };
    }

    /** The bureau confirms the filing. */
    @Bean
    TaskListener registrationCancellationFilingCheck(AuditTrail audit) {
        return task -> {
            if (!Boolean.TRUE.equals(task.getVariable(Vars.FILED))) {
                throw new FormRefusal("请核对材料后勾选“已核对并备案”。");
            }
            audit.record("CANCELLATION_FILED", "student", String.valueOf(task.getVariable(Vars.STUDENT_ID)),
                    task.getName());
        };
    }
}
