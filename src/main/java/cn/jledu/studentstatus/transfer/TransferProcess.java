package cn.jledu.studentstatus.transfer;

import static cn.jledu.studentstatus.transfer.TransferContract.Vars;

import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentEnums.LearningForm;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of processes/transfer.bpmn (转学): the only code that starts the out-school's half and correlates the
 * messages between the two halves (by the case key, the business key of both instances).
 */
@Component
public class TransferProcess {

    private final RuntimeService runtime;
    private final TransferService service;
    private final Organisation organisation;

    TransferProcess(RuntimeService runtime, TransferService service, Organisation organisation) {
        this.runtime = runtime;
        this.service = service;
        this.organisation = organisation;
    }

    /** The registrar of the out-school records the application; checked before any human sees it. */
    @Transactional
    public ProcessInstance apply(TransferService.Application application) {
        TransferCase c = service.apply(application);
        Student s = service.student(c.studentId());
        Map<String, Object> vars = caseVariables(c, s, c.outSchoolCode(), c.inSchoolCode());
        vars.put(Vars.FLEXIBLE_LEARNING, s.learningForm() == LearningForm.FLEXIBLE);
        return runtime.startProcessInstanceByKey(TransferContract.PROCESS_KEY, c.caseKey(), vars);
    }

    /**
     * R-TRF-5: the out-school submits a joint programme's batch; one case (business key = batch key) with one
     * review per level and side, the list of students shown in every form.
     */
    @Transactional
    public ProcessInstance applyBatch(TransferService.BatchApplication application) {
        List<TransferCase> cases = service.applyBatch(application);
        TransferCase first = cases.get(0);
        Map<String, Object> vars = batchVariables(cases, first.outSchoolCode(), first.inSchoolCode());
        vars.put(Vars.FLEXIBLE_LEARNING, false);
        return runtime.startProcessInstanceByKey(TransferContract.PROCESS_KEY, first.batchKey(), vars);
    }

    /**
     * R-TRF-3: the in-school's registrar records a general senior-high student's transfer-in from outside this
     * system; checked before any human sees it, then the in-school's half starts directly (no out-half).
     */
    @Transactional
    public ProcessInstance applyGeneralHighSchool(TransferService.GeneralHighSchoolApplication application) {
        TransferCase c = service.applyGeneralHighSchool(application);
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.SCHOOL_CODE, c.inSchoolCode());
        vars.put(Vars.SCHOOL_NAME, organisation.school(c.inSchoolCode()).name());
        vars.put(Vars.OTHER_SCHOOL_NAME, c.sourceSchoolName() + "（普通高中）");
        vars.put(Vars.STUDENT_NAME, service.person(c).name());
        vars.put(Vars.CASE_TITLE, service.generalHighSchoolTitle(c));
        vars.put(Vars.CASE_SUMMARY, service.generalHighSchoolSummary(c));
        vars.put(Vars.ELIGIBILITY, c.eligibility());
        vars.put(Vars.PAPERS, service.papers(c.caseKey()));
        return runtime.startProcessInstanceByMessage(TransferContract.MESSAGE_GENERAL_HIGH_SCHOOL, c.caseKey(), vars);
    }

    /** After the out-bureau's review: the in-school receives the request (the in-half starts under the same key). */
    void requestTransferIn(String key) {
        List<TransferCase> cases = service.casesOf(key);
        TransferCase c = cases.get(0);
        Map<String, Object> vars = c.batchKey() == null
                ? caseVariables(c, service.student(c.studentId()), c.inSchoolCode(), c.outSchoolCode())
                : batchVariables(service.activeCasesOf(key), c.inSchoolCode(), c.outSchoolCode());
        runtime.createMessageCorrelation(TransferContract.MESSAGE_IN_REQUESTED).processInstanceBusinessKey(key)
                .setVariables(vars).correlateStartMessage();
    }

    /** The case facts of one half of a batch: its school, the batch, the list for the forms. */
    private Map<String, Object> batchVariables(List<TransferCase> cases, String schoolCode, String otherSchoolCode) {
        TransferCase first = cases.get(0);
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.BATCH_ID, first.id());
        vars.put(Vars.SCHOOL_CODE, schoolCode);
        vars.put(Vars.SCHOOL_NAME, organisation.school(schoolCode).name());
        vars.put(Vars.OTHER_SCHOOL_NAME, organisation.school(otherSchoolCode).name());
        vars.put(Vars.STUDENT_NAME, "联合办学批量转学（" + cases.size() + "人）");
        vars.put(Vars.CASE_TITLE, "联合办学批量转学（" + cases.size() + "人）：" + organisation.school(first.outSchoolCode())
                .name() + " → " + organisation.school(first.inSchoolCode()).name());
        vars.put(Vars.CASE_SUMMARY, service.batchSummary(cases));
        vars.put(Vars.ELIGIBILITY, service.batchEligibility(cases));
        vars.put(Vars.PAPERS, service.papers(first.batchKey()));
        return vars;
    }

    /** The in-half's answer to the out-half: moved at term start, or refused by the in-school or its bureau. */
    void answer(String caseKey, boolean accepted) {
        runtime.createMessageCorrelation(TransferContract.MESSAGE_IN_ANSWERED).processInstanceBusinessKey(caseKey)
                .setVariable(Vars.IN_ACCEPTED, accepted).correlateWithResult();
    }

    /** The case facts of one half: its own school (routing, calendar region, Tasklist columns) and the other one. */
    private Map<String, Object> caseVariables(TransferCase c, Student s, String schoolCode, String otherSchoolCode) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.STUDENT_ID, s.id());
        vars.put(Vars.SCHOOL_CODE, schoolCode);
        vars.put(Vars.SCHOOL_NAME, organisation.school(schoolCode).name());
        vars.put(Vars.OTHER_SCHOOL_NAME, organisation.school(otherSchoolCode).name());
        vars.put(Vars.STUDENT_NAME, s.name());
        vars.put(Vars.CASE_TITLE, service.title(c, s));
        vars.put(Vars.CASE_SUMMARY, service.summary(c, s));
        vars.put(Vars.ELIGIBILITY, c.eligibility());
        vars.put(Vars.PAPERS, service.papers(c.caseKey()));
        return vars;
    }
}
