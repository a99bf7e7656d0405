package cn.jledu.studentstatus.rosterverification;

import static cn.jledu.studentstatus.rosterverification.RosterVerificationContract.Vars;

import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.organisation.SchoolClass;
import cn.jledu.studentstatus.platform.AppClock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Facade of the roster verification process: the only place that talks to the engine about it. */
@Component
public class RosterVerificationProcess {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final RuntimeService runtime;
    private final RosterVerificationService service;
    private final Organisation organisation;

    RosterVerificationProcess(RuntimeService runtime, RosterVerificationService service, Organisation organisation) {
        this.runtime = runtime;
        this.service = service;
        this.organisation = organisation;
    }

    /** Starts a verification of one class; the business key is RV-&lt;classId&gt;-&lt;timestamp&gt;. */
    @Transactional
    public ProcessInstance start(long classId) {
        SchoolClass c = service.schoolClass(classId);
        String schoolName = organisation.school(c.schoolCode()).name();
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.SCHOOL_CODE, c.schoolCode());
        vars.put(Vars.SCHOOL_NAME, schoolName);
        vars.put(Vars.CLASS_ID, c.id());
        vars.put(Vars.CLASS_NAME, c.name());
        vars.put(Vars.HEAD_TEACHER, c.headTeacherUserId());
        vars.put(Vars.CASE_TITLE, "学籍信息核对：" + c.name());
        String businessKey = "RV-" + c.id() + "-" + AppClock.nowOffset().format(STAMP);
        return runtime.startProcessInstanceByKey(RosterVerificationContract.PROCESS_KEY, businessKey, vars);
    }
}
