package cn.jledu.studentstatus.repeatyear;

import cn.jledu.studentstatus.student.StudentRecords;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Service task and form checks of processes/repeat-year.bpmn. */
@Configuration
class RepeatYearDelegates {

    @Bean
    TaskListener repeatYearSchoolDecisionCheck(RepeatYearService service) {
        return task -> service.decide(task.getExecution().getProcessBusinessKey(), false,
                task.getVariable(RepeatYearContract.Vars.SCHOOL_DECISION),
                task.getVariable(RepeatYearContract.Vars.SCHOOL_REASON), null);
    }

    @Bean
    TaskListener repeatYearBureauReviewCheck(RepeatYearService service) {
        return task -> service.decide(task.getExecution().getProcessBusinessKey(), true,
                task.getVariable(RepeatYearContract.Vars.BUREAU_DECISION),
                task.getVariable(RepeatYearContract.Vars.BUREAU_REASON),
                task.getVariable(RepeatYearContract.Vars.STAMPED));
    }

    @Bean
    JavaDelegate repeatYearRepeatDelegate(RepeatYearService service) {
        return execution -> service.repeat(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    }

    /** Every end lets the student go (PROC-1). */
    @Bean
    ExecutionListener repeatYearEnded(StudentRecords records) {
        return execution -> records.releaseProcedure(execution.getProcessBusinessKey());
    }
}
