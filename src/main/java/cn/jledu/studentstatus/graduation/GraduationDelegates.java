package cn.jledu.studentstatus.graduation;

import static cn.jledu.studentstatus.graduation.GraduationContract.Vars;

import cn.jledu.studentstatus.platform.FormRefusal;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Service tasks and form checks of processes/graduation.bpmn. */
@Configuration
class GraduationDelegates {

    static long graduationId(VariableScope scope) {
        return ((Number) scope.getVariable(Vars.GRADUATION_ID)).longValue();
    }

    private static String text(VariableScope scope, String name) {
        Object v = scope.getVariable(name);
        return v == null ? "" : v.toString().strip();
    }

    /** The list as a task-local JSON table for the form (display only; the data stays in the database). */
    @Bean
    TaskListener graduationListSnapshot(GraduationService service) {
        return task -> task.setVariableLocal(Vars.GRADUATE_LIST, Variables.objectValue(
                new ArrayList<>(service.listSnapshot(graduationId(task))))
                .serializationDataFormat(SerializationDataFormats.JSON).create());
    }

    /** R-GRD-3: the bureau approves the list or returns it with its reasons. */
    @Bean
    TaskListener graduationReviewListCheck() {
        return task -> {
            Object decision = task.getVariable(Vars.LIST_DECISION);
            if (!GraduationContract.APPROVE.equals(decision) && !GraduationContract.RETURN.equals(decision)) {
                throw new FormRefusal("R-GRD-3", "请选择审核意见：审核通过或退回学校。");
            }
            if (GraduationContract.RETURN.equals(decision) && text(task, Vars.LIST_NOTE).isEmpty()) {
                throw new FormRefusal("R-GRD-3", "退回名单须写明哪些学生、什么问题。");
            }
        };
    }

    @Bean
    JavaDelegate graduationRecordListReturnedDelegate(GraduationService service) {
        return execution -> service.recordReturned(graduationId(execution), text(execution, Vars.LIST_NOTE));
    }

    /** Numbers the certificates and renders the stamping sheet. */
    @Bean
    JavaDelegate graduationPrepareCertificatesDelegate(GraduationService service) {
        return execution -> execution.setVariable(Vars.SHEET_PDF_ID,
                service.prepare(graduationId(execution), execution.getProcessInstanceId()));
    }

    /** The school confirms it printed, signed and sealed, and took the certificates for stamping. */
    @Bean
    TaskListener graduationSubmitCheck(GraduationService service) {
        return task -> {
            if (!Boolean.TRUE.equals(task.getVariable(Vars.PRINTED))) {
                throw new FormRefusal("R-GRD-3", "请打印证书和验印单，校长签字、学校盖章并送验印部门后勾选确认。");
            }
            service.recordSubmitted(graduationId(task), text(task, Vars.SUBMIT_NOTE));
            task.setVariable(Vars.PRINTED, false);
        };
    }

    @Bean
    JavaDelegate graduationRemindSchoolDelegate(GraduationService service) {
        return execution -> execution.setVariable(Vars.REMINDER_NOTE, service.remind(graduationId(execution)));
    }

    @Bean
    TaskListener graduationSuperviseCheck(GraduationService service) {
        return task -> {
            if (!Boolean.TRUE.equals(task.getVariable(Vars.SUPERVISED)) || text(task, Vars.SUPERVISION_NOTE).isEmpty()) {
                throw new FormRefusal("R-GRD-3", "请督促学校办理后勾选确认，并填写督办情况。");
            }
            service.recordOverdue(graduationId(task), text(task, Vars.SUPERVISION_NOTE));
        };
    }

    /** R-GRD-4: stamped only with the number template imported and a copy of the sheet kept; a return needs reasons. */
    @Bean
    TaskListener graduationStampCheck(GraduationService service) {
        return task -> {
            Object decision = task.getVariable(Vars.STAMP_DECISION);
            if (GraduationContract.STAMPED.equals(decision)) {
                if (!Boolean.TRUE.equals(task.getVariable(Vars.TEMPLATE_IMPORTED))
                        || !Boolean.TRUE.equals(task.getVariable(Vars.SHEET_COPY_KEPT))) {
                    throw new FormRefusal("R-GRD-4", "（第四十三条）验印后须导入学校的证书编号模板并留存验印单一份，请确认两项。");
                }
                service.recordStamped(graduationId(task));
            } else if (GraduationContract.RETURNED.equals(decision)) {
                if (text(task, Vars.STAMP_NOTE).isEmpty()) {
                    throw new FormRefusal("R-GRD-4", "退回学校更正须写明验印意见。");
                }
                service.recordStampReturned(graduationId(task), text(task, Vars.STAMP_NOTE));
            } else {
                throw new FormRefusal("R-GRD-4", "请选择验印结果。");
            }
        };
    }

    /** Every student on the list becomes 毕业 or 结业 (R-GRD-1, R-GRD-6), archive and national system. */
    @Bean
    JavaDelegate graduationCompleteDelegate(GraduationService service) {
        return execution -> service.complete(graduationId(execution), execution.getProcessInstanceId());
    }
}
