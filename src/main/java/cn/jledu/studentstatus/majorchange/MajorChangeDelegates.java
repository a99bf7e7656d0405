package cn.jledu.studentstatus.majorchange;

import cn.jledu.studentstatus.student.StudentRecords;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Service task and form checks of processes/major-change.bpmn. */
@Configuration
class MajorChangeDelegates {

    /** The school's, the bureau's and the province's decision: choice, reason, and the bureau's stamp (R-MJC-4). */
    @Bean
    TaskListener majorChangeDecisionCheck(MajorChangeService service) {
        return task -> {
            MajorChangeContract.Step step = MajorChangeContract.Step.ofTask(task.getTaskDefinitionKey());
            service.decide(task.getExecution().getProcessBusinessKey(), step, task.getVariable(step.decisionVariable()),
                    task.getVariable(step.reasonVariable()), task.getVariable(MajorChangeContract.Vars.STAMPED));
        };
    }

    /** 转专业: the transition, the archived stamped approval form, the national port. */
    @Bean
    JavaDelegate majorChangeChangeMajorDelegate(MajorChangeService service) {
        return execution -> service.change(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    }

    /** Every end lets the student go (PROC-1, claimed at the application). */
    @Bean
    ExecutionListener majorChangeEnded(StudentRecords records) {
        return execution -> records.releaseProcedure(execution.getProcessBusinessKey());
    }
}
