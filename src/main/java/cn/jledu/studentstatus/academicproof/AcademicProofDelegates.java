package cn.jledu.studentstatus.academicproof;

import static cn.jledu.studentstatus.academicproof.AcademicProofContract.Vars;

import cn.jledu.studentstatus.platform.FormRefusal;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Service tasks and the form check of processes/academic-proof.bpmn. */
@Configuration
class AcademicProofDelegates {

    static long proofId(VariableScope scope) {
        return ((Number) scope.getVariable(Vars.PROOF_ID)).longValue();
    }

    /** R-GRD-7: issued only with the three originals checked against the filed sheet; a refusal needs reasons. */
    @Bean
    TaskListener academicProofCheck() {
        return task -> {
            Object decision = task.getVariable(Vars.PROOF_DECISION);
            Object note = task.getVariable(Vars.PROOF_NOTE);
            if (AcademicProofContract.ISSUE.equals(decision)) {
                if (!Boolean.TRUE.equals(task.getVariable(Vars.ID_CARD_SEEN))
                        || !Boolean.TRUE.equals(task.getVariable(Vars.VOID_NOTICE_SEEN))
                        || !Boolean.TRUE.equals(task.getVariable(Vars.SHEET_MATCHES))) {
                    throw new FormRefusal("R-GRD-7", "（第四十七条）出具学历证明书前须核验身份证原件、登报声明原件，"
                            + "并核对学校验印单原件与留存验印单一致。");
                }
            } else if (AcademicProofContract.REFUSE.equals(decision)) {
                if (note == null || note.toString().isBlank()) {
                    throw new FormRefusal("R-GRD-7", "不予出具须写明理由。");
                }
            } else {
                throw new FormRefusal("R-GRD-7", "请选择核对结论：出具学历证明书或不予出具。");
            }
        };
    }

    @Bean
    JavaDelegate academicProofIssueDelegate(AcademicProofService service) {
        return execution -> service.issue(proofId(execution), execution.getProcessInstanceId());
    }

    @Bean
    JavaDelegate academicProofRecordRefusalDelegate(AcademicProofService service) {
        return execution -> service.refuse(proofId(execution), String.valueOf(execution.getVariable(Vars.PROOF_NOTE)));
    }
}
