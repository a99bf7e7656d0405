package cn.jledu.studentstatus.registrationfiling;

import static cn.jledu.studentstatus.registrationfiling.RegistrationFilingContract.Vars;

import cn.jledu.studentstatus.organisation.Bureau;
import cn.jledu.studentstatus.organisation.BureauLevel;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.organisation.School;
import cn.jledu.studentstatus.student.Intake;
import cn.jledu.studentstatus.platform.AppClock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of processes/registration-filing.bpmn: the only code that starts its cases. The filing case and the
 * deadline case start from message start events that only this class sends; the season's timer start event runs
 * {@link #openCurrentIntake}.
 */
@Component
public class RegistrationFilingProcess {

    private final RuntimeService runtime;
    private final RegistrationFilingService service;
    private final Organisation organisation;

    RegistrationFilingProcess(RuntimeService runtime, RegistrationFilingService service, Organisation organisation) {
        this.runtime = runtime;
        this.service = service;
        this.organisation = organisation;
    }

    /**
     * Starts the filing of an intake (R-REG-11): county-run schools have the county bureau review the list before
     * the city bureau files it; city- and province-run schools file it with the city bureau over them.
     */
    @Transactional
    public RegistrationFilingService.Filing start(String schoolCode, Intake intake) {
        School school = organisation.school(schoolCode);
        long filingId = service.record(schoolCode, intake);
        String caseKey = RegistrationFilingService.caseKey(schoolCode, intake);
        List<Bureau> chain = organisation.reviewChain(schoolCode);
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.FILING_ID, filingId);
        vars.put(Vars.SCHOOL_CODE, schoolCode);
        vars.put(Vars.SCHOOL_NAME, school.name());
        vars.put(Vars.INTAKE_YEAR, intake.year());
        vars.put(Vars.INTAKE_SEASON, intake.season().name());
        vars.put(Vars.CASE_TITLE, "注册备案：" + school.name() + " " + intake.label());
        vars.put(Vars.COUNTY_REVIEW, chain.get(0).level() == BureauLevel.COUNTY);
        vars.put(Vars.COUNTY_BUREAU, chain.get(0).level() == BureauLevel.COUNTY ? chain.get(0).code() : null);
        vars.put(Vars.FILING_BUREAU, organisation.cityOver(schoolCode).code());
        vars.put(Vars.FILING_REMARKS, "");
        String instanceId = runtime.startProcessInstanceByMessage(RegistrationFilingContract.MESSAGE_FILING, caseKey,
                vars).getId();
        return service.filing(caseKey, instanceId);
    }

    /**
     * Opens the intake's deadline case of every open school that has none yet (R-REG-6); idempotent. The season's
     * timer start event runs it on 1 March (spring intake) and 1 October (autumn intake).
     */
    @Transactional
    public List<ProcessInstance> openIntake(Intake intake) {
        List<ProcessInstance> opened = new ArrayList<>();
        for (String school : service.openSchools()) {
            if (!service.deadlineCaseExists(school, intake)) {
                opened.add(openSchoolIntake(school, intake));
            }
        }
        return opened;
    }

    /** Opens one school's deadline case (refused for a closed school, R-MON-5, or a second case, R-REG-6). */
    @Transactional
    public ProcessInstance openSchoolIntake(String schoolCode, Intake intake) {
        Map<String, Object> vars = service.openDeadline(schoolCode, intake);
        return runtime.startProcessInstanceByMessage(RegistrationFilingContract.MESSAGE_INTAKE_DEADLINE,
                RegistrationFilingService.deadlineCaseKey(schoolCode, intake), vars);
    }

    /** The season's opening as the timer start event runs it: the intake whose registration is open or next. */
    @Transactional
    public List<ProcessInstance> openCurrentIntake() {
        return openIntake(Intake.current(AppClock.today()));
    }

    /**
     * At the deadline: starts the school's filing case of the intake (R-REG-11), unless the school is closed, has
     * no new students or already has its filing; returns what was done.
     */
    @Transactional
    public String startAtDeadline(String schoolCode, Intake intake) {
        String reason = service.noFilingReason(schoolCode, intake);
        String filingKey = null;
        String outcome;
        if (reason == null) {
            filingKey = start(schoolCode, intake).caseKey();
            outcome = "已开启注册备案案件 " + filingKey;
        } else {
            outcome = reason;
        }
        service.recordDeadlineOutcome(schoolCode, intake, filingKey, outcome);
        return outcome;
    }
}
