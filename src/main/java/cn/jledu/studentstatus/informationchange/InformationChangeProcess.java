package cn.jledu.studentstatus.informationchange;

import static cn.jledu.studentstatus.informationchange.InformationChangeContract.Vars;

import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.student.Student;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Facade of processes/information-change.bpmn (信息变更): the only code that starts it. */
@Component
public class InformationChangeProcess {

    private final RuntimeService runtime;
    private final InformationChangeService service;
    private final Organisation organisation;

    InformationChangeProcess(RuntimeService runtime, InformationChangeService service, Organisation organisation) {
        this.runtime = runtime;
        this.service = service;
        this.organisation = organisation;
    }

    /** The registrar submits the change with the proof; the principal decides, the bureau stamps and files. */
    @Transactional
    public ProcessInstance apply(InformationChangeService.Application application,
                                 InformationChangeService.ProofFile proof) {
        InformationChangeService.InformationChangeCase c = service.apply(application, proof);
        Student s = service.student(c.studentId());
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.STUDENT_ID, s.id());
        vars.put(Vars.SCHOOL_CODE, s.schoolCode());
        vars.put(Vars.SCHOOL_NAME, organisation.school(s.schoolCode()).name());
        vars.put(Vars.STUDENT_NAME, s.name());
        vars.put(Vars.CASE_TITLE, service.title(s));
        vars.put(Vars.CASE_SUMMARY, service.summary(c, s));
        vars.put(Vars.CHANGES, service.changes(c));
        vars.put(Vars.PROOF, service.proofText(c));
        return runtime.startProcessInstanceByKey(InformationChangeContract.PROCESS_KEY, c.caseKey(), vars);
    }
}
