package cn.jledu.studentstatus.informationchange;

import cn.jledu.studentstatus.student.StudentRecords;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Service task and form checks of processes/information-change.bpmn. */
@Configuration
class InformationChangeDelegates {

    @Bean
    TaskListener informationChangeSchoolDecisionCheck(InformationChangeService service) {
        return task -> service.decide(task.getExecution().getProcessBusinessKey(), task.getProcessInstanceId(), false,
                task.getVariable(InformationChangeContract.Vars.SCHOOL_DECISION),
                task.getVariable(InformationChangeContract.Vars.SCHOOL_REASON),
                task.getVariable(InformationChangeContract.Vars.PROOF_CHECKED));
    }

    @Bean
    TaskListener informationChangeBureauReviewCheck(InformationChangeService service) {
        return task -> service.decide(task.getExecution().getProcessBusinessKey(), task.getProcessInstanceId(), true,
                task.getVariable(InformationChangeContract.Vars.BUREAU_DECISION),
                task.getVariable(InformationChangeContract.Vars.BUREAU_REASON),
                task.getVariable(InformationChangeContract.Vars.STAMPED));
    }

    @Bean
    JavaDelegate informationChangeChangeRecordDelegate(InformationChangeService service) {
        return execution -> service.change(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    }

    /** Every end lets the student go (PROC-1). */
    @Bean
    ExecutionListener informationChangeEnded(StudentRecords records) {
        return execution -> records.releaseProcedure(execution.getProcessBusinessKey());
    }
}
