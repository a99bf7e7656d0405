package cn.jledu.studentstatus.registrationcancellation;

import static cn.jledu.studentstatus.registrationcancellation.RegistrationCancellationContract.Vars;

import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.student.Student;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Facade of processes/registration-cancellation.bpmn (注销, R-REG-13): the only code that starts it. */
@Component
public class RegistrationCancellationProcess {

    private final RuntimeService runtime;
    private final RegistrationCancellationService service;
    private final Organisation organisation;

    RegistrationCancellationProcess(RuntimeService runtime, RegistrationCancellationService service,
                                    Organisation organisation) {
        this.runtime = runtime;
        this.service = service;
        this.organisation = organisation;
    }

    /** The registrar proposes to cancel a registered student's status; the principal decides. */
    @Transactional
    public ProcessInstance propose(long studentId, RegistrationCancellationContract.Ground ground, String facts) {
        Student s = service.checkProposal(studentId, ground, facts);
        String caseKey = RegistrationCancellationService.caseKey(s);
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.STUDENT_ID, s.id());
        vars.put(Vars.SCHOOL_CODE, s.schoolCode());
        vars.put(Vars.SCHOOL_NAME, organisation.school(s.schoolCode()).name());
        vars.put(Vars.STUDENT_NAME, s.name());
        vars.put(Vars.CASE_TITLE, "注销学籍：" + s.name() + "（学籍号 " + s.studentNumber() + "）");
        vars.put(Vars.GROUND, ground.name());
        vars.put(Vars.GROUND_LABEL, ground.label());
        vars.put(Vars.FACTS, facts.strip());
        return runtime.startProcessInstanceByKey(RegistrationCancellationContract.PROCESS_KEY, caseKey, vars);
    }
}
