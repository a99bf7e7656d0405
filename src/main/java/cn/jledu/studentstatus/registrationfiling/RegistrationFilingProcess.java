package cn.jledu.studentstatus.registrationfiling;

import static cn.jledu.studentstatus.registrationfiling.RegistrationFilingContract.Vars;

import cn.jledu.studentstatus.organisation.Bureau;
import cn.jledu.studentstatus.organisation.BureauLevel;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.organisation.School;
import cn.jledu.studentstatus.student.Intake;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Facade of processes/registration-filing.bpmn: the only code that starts it. */
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
        String instanceId = runtime.startProcessInstanceByKey(RegistrationFilingContract.PROCESS_KEY, caseKey, vars)
                .getId();
        return service.filing(caseKey, instanceId);
    }
}
