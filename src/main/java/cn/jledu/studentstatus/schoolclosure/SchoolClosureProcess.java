package cn.jledu.studentstatus.schoolclosure;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Facade of processes/school-closure.bpmn: the only code that starts it. */
@Component
public class SchoolClosureProcess {

    private final RuntimeService runtime;
    private final SchoolClosureService service;

    SchoolClosureProcess(RuntimeService runtime, SchoolClosureService service) {
        this.runtime = runtime;
        this.service = service;
    }

    /**
     * Starts the closure (撤销) or merger (合并) of a school; refused (R-MON-5) while students remain 在籍, 休学 or under
     * review, for a closed school, a second open case, or a merger without an open receiving school.
     */
    @Transactional
    public ProcessInstance start(String schoolCode, SchoolClosureService.Kind kind, String receivingSchoolCode,
                                 String reason) {
        Map<String, Object> vars = service.request(schoolCode, kind, receivingSchoolCode, reason);
        long id = ((Number) vars.get(SchoolClosureContract.Vars.CLOSURE_ID)).longValue();
        return runtime.startProcessInstanceByKey(SchoolClosureContract.PROCESS_KEY,
                SchoolClosureService.caseKey(schoolCode, id), vars);
    }
}
