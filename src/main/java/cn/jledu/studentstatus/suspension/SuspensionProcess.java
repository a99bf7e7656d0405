package cn.jledu.studentstatus.suspension;

import static cn.jledu.studentstatus.suspension.SuspensionContract.Vars;

import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.suspension.SuspensionService.Request;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of processes/suspension.bpmn: the only code that starts a suspension case or hands it an extension or a
 * resumption application (messages to the case waiting in its suspension period).
 */
@Component
public class SuspensionProcess {

    private final RuntimeService runtime;
    private final SuspensionService service;
    private final Organisation organisation;

    SuspensionProcess(RuntimeService runtime, SuspensionService service, Organisation organisation) {
        this.runtime = runtime;
        this.service = service;
        this.organisation = organisation;
    }

    /** Student and guardian apply through the registrar; the principal approves, the supervising bureau reviews. */
    @Transactional
    public ProcessInstance apply(long studentId, SuspensionService.Application application) {
        Request r = service.checkApplication(studentId, application, null);
        Student s = service.student(studentId);
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.STUDENT_ID, s.id());
        vars.put(Vars.SCHOOL_CODE, s.schoolCode());
        vars.put(Vars.SCHOOL_NAME, organisation.school(s.schoolCode()).name());
        vars.put(Vars.STUDENT_NAME, s.name());
        vars.put(Vars.CASE_TITLE, service.caseTitle(s));
        vars.put(Vars.CASE_SUMMARY, service.summary(r));
        vars.put(Vars.REQUEST_KIND, r.kind().name());
        vars.put(Vars.SUSPENDED_UNTIL, r.endsOn().toString());
        return runtime.startProcessInstanceByKey(SuspensionContract.PROCESS_KEY, r.caseKey(), vars);
    }

    /** 继续休学 (R-SUS-2): the same approval as the suspension. */
    @Transactional
    public void applyForExtension(String caseKey, SuspensionService.Extension extension) {
        Request r = service.checkExtension(caseKey, extension);
        correlate(caseKey, SuspensionContract.MESSAGE_EXTENSION, r);
    }

    /** 复学 (R-RES-1…3). */
    @Transactional
    public void applyForResumption(String caseKey, SuspensionService.Resumption resumption) {
        Request r = service.checkResumption(caseKey, resumption);
        correlate(caseKey, SuspensionContract.MESSAGE_RESUMPTION, r);
    }

    private void correlate(String caseKey, String message, Request r) {
        try {
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(caseKey)
                    .setVariable(Vars.REQUEST_KIND, r.kind().name())
                    .setVariable(Vars.CASE_SUMMARY, service.summary(r))
                    .setVariable(Vars.SUSPENDED_UNTIL, String.valueOf(r.endsOn() == null
                            ? service.currentPeriod(caseKey).map(Request::endsOn).orElse(null) : r.endsOn()))
                    .correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new RuleViolation("R-RES-1", "休学案件 " + caseKey + " 当前不在休学期间（正在审批或已办结），不能提出"
                    + r.kind().label() + "申请。", HttpStatus.CONFLICT);
        }
    }
}
