package cn.jledu.studentstatus.award;

import static cn.jledu.studentstatus.award.AwardContract.Vars;

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

    AwardProcess(RuntimeService runtime, AwardService service) {
        this.runtime = runtime;
        this.service = service;
    }

    @Transactional
    public ProcessInstance propose(long studentId, String title, AwardLevel level, AwardKind kind, String awardingBody,
                                   LocalDate awardedOn, String reason) {
        String caseKey = service.propose(studentId, title, level, kind, awardingBody, awardedOn, reason);
        AwardService.Award a = service.get(caseKey);
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.SCHOOL_CODE, a.schoolCode());
        vars.put(Vars.STUDENT_ID, studentId);
        vars.put(Vars.CASE_TITLE, "学生奖励：" + service.student(studentId).name() + "（" + a.title() + "）");
        vars.put(Vars.CASE_SUMMARY, a.summary());
        return runtime.startProcessInstanceByKey(AwardContract.PROCESS_KEY, caseKey, vars);
    }
}
