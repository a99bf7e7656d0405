package cn.jledu.studentstatus.repeatyear;

import static cn.jledu.studentstatus.repeatyear.RepeatYearContract.Vars;

import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.student.Student;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Facade of processes/repeat-year.bpmn (留级): the only code that starts it. */
@Component
public class RepeatYearProcess {

    private final RuntimeService runtime;
    private final RepeatYearService service;
    private final Organisation organisation;

    RepeatYearProcess(RuntimeService runtime, RepeatYearService service, Organisation organisation) {
        this.runtime = runtime;
        this.service = service;
        this.organisation = organisation;
    }

    /** The registrar proposes a repeat; the school decides under its own rules. */
    @Transactional
    public ProcessInstance propose(RepeatYearService.Proposal proposal) {
        RepeatYearService.RepeatCase c = service.propose(proposal);
        Student s = service.student(c.studentId());
        Map<String, Object> display = service.display(c, s);
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.STUDENT_ID, s.id());
        vars.put(Vars.SCHOOL_CODE, s.schoolCode());
        vars.put(Vars.SCHOOL_NAME, organisation.school(s.schoolCode()).name());
        vars.put(Vars.STUDENT_NAME, s.name());
        vars.put(Vars.CASE_TITLE, display.get("title"));
        vars.put(Vars.CASE_SUMMARY, display.get("summary"));
        vars.put(Vars.SCHOOL_RULES, service.schoolRules(s.schoolCode()));
        return runtime.startProcessInstanceByKey(RepeatYearContract.PROCESS_KEY, c.caseKey(), vars);
    }
}
