package cn.jledu.studentstatus.deathreport;

import static cn.jledu.studentstatus.deathreport.DeathReportContract.Vars;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Form checks of processes/death-report.bpmn. */
@Configuration
class DeathReportDelegates {

    /** Each level confirms that it filed the report. */
    @Bean
    TaskListener deathReportAcknowledgementCheck(DeathReportService service) {
        return task -> service.acknowledge(task.getExecution().getProcessBusinessKey(),
                task.getVariable(Vars.ACKNOWLEDGED), task.getVariable(Vars.ACKNOWLEDGEMENT_NOTE), task.getName());
    }
}
