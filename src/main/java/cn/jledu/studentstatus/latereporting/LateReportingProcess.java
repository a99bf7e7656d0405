package cn.jledu.studentstatus.latereporting;

import static cn.jledu.studentstatus.latereporting.LateReportingContract.Vars;

import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.organisation.School;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.IdType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of processes/late-reporting.bpmn: the only code that starts it or correlates its messages. The controller
 * calls it; the service records the admission.
 */
@Component
public class LateReportingProcess {

    private final RuntimeService runtime;
    private final LateReportingService service;
    private final Organisation organisation;

    LateReportingProcess(RuntimeService runtime, LateReportingService service, Organisation organisation) {
        this.runtime = runtime;
        this.service = service;
        this.organisation = organisation;
    }

    /** Records an admitted student who has not reported and starts waiting for the report (or the deadline). */
    @Transactional
    public Admission expect(String schoolCode, String name, IdType idType, String idNumber, String noticeNo,
                            LocalDate reportingDate) {
        Admission admission = service.expect(schoolCode, name, idType, idNumber, noticeNo, reportingDate);
        School school = organisation.school(schoolCode);
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.ADMISSION_ID, admission.id());
        vars.put(Vars.SCHOOL_CODE, schoolCode);
        vars.put(Vars.SCHOOL_NAME, school.name());
        vars.put(Vars.STUDENT_NAME, admission.name());
        vars.put(Vars.CASE_TITLE, "逾期报到：" + admission.name() + "（" + school.name() + "）");
        vars.put(Vars.REPORTING_DATE, admission.reportingDate().toString());
        vars.put(Vars.REPORTING_DEADLINE, LateReportingService.endOf(admission.lastReportingDay()));
        runtime.startProcessInstanceByKey(LateReportingContract.PROCESS_KEY, admission.caseKey(), vars);
        return admission;
    }

    /** The student reported (before the deadline). */
    @Transactional
    public void reported(String caseKey) {
        correlate(caseKey, LateReportingContract.MESSAGE_REPORTED, Map.of());
    }

    /** A written request for a delay arrived, with its proof. */
    @Transactional
    public void requestDelay(String caseKey, String reason, String proof, LocalDate requestedUntil) {
        service.checkDelayRequest(caseKey, reason, proof, requestedUntil);
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.LATE_REASON, reason.strip());
        vars.put(Vars.LATE_PROOF, proof.strip());
        vars.put(Vars.REQUESTED_UNTIL, requestedUntil == null ? null : requestedUntil.toString());
        correlate(caseKey, LateReportingContract.MESSAGE_LATE_REQUEST, vars);
    }

    private void correlate(String caseKey, String message, Map<String, Object> vars) {
        service.find(caseKey);
        try {
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(caseKey).setVariables(vars).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new RuleViolation("R-REG-5", "该报到事项当前不能办理此操作（已结束或正在审批延期申请）。", HttpStatus.CONFLICT);
        }
    }
}
