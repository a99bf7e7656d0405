package cn.jledu.studentstatus.award;

import static cn.jledu.studentstatus.award.AwardContract.Vars;

import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.platform.CaseVariables;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Facade of the award process: the only code that starts it. */
@Component
public class AwardProcess {

    private final RuntimeService runtime;
    private final AwardService service;
    private final Organisation organisation;

    AwardProcess(RuntimeService runtime, AwardService service, Organisation organisation) {
        this.runtime = runtime;
        this.service = service;
        this.organisation = organisation;
    }

    @Transactional
    public ProcessInstance propose(long studentId, String title, AwardLevel level, AwardKind kind, String awardingBody,
                                   LocalDate awardedOn, String reason) {
        String caseKey = service.propose(studentId, title, level, kind, awardingBody, awardedOn, reason);
        AwardService.Award a = service.get(caseKey);
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.SCHOOL_CODE, a.schoolCode());
        vars.put(Vars.STUDENT_ID, studentId);
        vars.put(CaseVariables.STUDENT_NAME, service.student(studentId).name());
        vars.put(CaseVariables.SCHOOL_NAME, organisation.school(a.schoolCode()).name());
        vars.put(Vars.CASE_TITLE, "学生奖励：" + service.student(studentId).name() + "（" + a.title() + "）");
        vars.put(Vars.CASE_SUMMARY, a.summary());
        return runtime.startProcessInstanceByKey(AwardContract.PROCESS_KEY, caseKey, vars);
    }
}
