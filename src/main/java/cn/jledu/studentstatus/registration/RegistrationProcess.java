package cn.jledu.studentstatus.registration;

import cn.jledu.studentstatus.student.Intake;

import static cn.jledu.studentstatus.registration.RegistrationContract.Vars;

import cn.jledu.studentstatus.organisation.Bureau;
import cn.jledu.studentstatus.organisation.BureauLevel;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.organisation.School;
import cn.jledu.studentstatus.platform.AppClock;
import java.time.YearMonth;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of the registration process: the only code that starts it. Controllers and the bulk intake call it; it
 * has the service record the students, then starts the review case in the same transaction.
 */
@Component
public class RegistrationProcess {

    private final RuntimeService runtime;
    private final Organisation organisation;
    private final RegistrationService service;

    RegistrationProcess(RuntimeService runtime, Organisation organisation, RegistrationService service) {
        this.runtime = runtime;
        this.organisation = organisation;
        this.service = service;
    }

    /** Registers one student; any problem is refused with its rule (HTTP 4xx) and nothing is written. */
    @Transactional
    public RegistrationService.Submission registerOne(String schoolCode, Intake intake, Applicant applicant) {
        return started(service.recordOne(schoolCode, intake, applicant), intake);
    }

    /**
     * Validates every applicant first; valid ones are registered together as one batch (one review case), unless
     * {@code validateOnly}. Applicants already registered at this school are skipped, so uploading a corrected
     * file again creates no duplicates.
     */
    @Transactional
    public RegistrationService.Submission submit(String schoolCode, Intake intake, List<Applicant> applicants,
                                                 String source, String fileName, String sha256, boolean validateOnly) {
        return submit(schoolCode, intake, applicants, source, fileName, sha256, validateOnly, done -> { });
    }

    /** As above, reporting how many applicants have been recorded so far. */
    @Transactional
    public RegistrationService.Submission submit(String schoolCode, Intake intake, List<Applicant> applicants,
                                                 String source, String fileName, String sha256, boolean validateOnly,
                                                 IntConsumer progress) {
        return started(service.record(schoolCode, intake, applicants, source, fileName, sha256, validateOnly,
                progress), intake);
    }

    private RegistrationService.Submission started(RegistrationService.Submission s, Intake intake) {
        if (!s.reviewed() || s.processInstanceId() != null || s.alreadyUploaded()) {
            return s;
        }
        RegistrationBatch batch = service.batch(s.batchId());
        String instanceId = start(s.batchId(), s.caseKey(), organisation.school(batch.schoolCode()), intake,
                batch.studentCount(), service.firstStudentName(s.batchId()));
        return service.started(s, instanceId);
    }

    /**
     * Starts the review of a batch. The chain is computed from the school: county-run schools are checked by
     * the county bureau and registered by the city; city-run by the city; province-run by the province.
     * Every review is due by the end of the month of enrolment (R-REG-6, R-MON-2).
     */
    String start(long batchId, String caseKey, School school, Intake intake, int count, String firstStudent) {
        List<Bureau> chain = organisation.reviewChain(school.code());
        Bureau supervising = chain.get(0);
        Bureau approving = chain.get(chain.size() - 1);
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.BATCH_ID, batchId);
        vars.put(Vars.SCHOOL_CODE, school.code());
        vars.put(Vars.SCHOOL_NAME, school.name());
        vars.put(Vars.STUDENT_COUNT, count);
        vars.put(Vars.CASE_TITLE, caseTitle(school, intake, count, firstStudent));
        vars.put(Vars.COUNTY_REVIEW, supervising.level() == BureauLevel.COUNTY);
        vars.put(Vars.COUNTY_BUREAU, supervising.level() == BureauLevel.COUNTY ? supervising.code() : null);
        vars.put(Vars.APPROVING_BUREAU, approving.code());
        vars.put(Vars.APPROVING_BUREAU_NAME, approving.name());
        vars.put(Vars.REVIEW_DUE, endOfMonth(YearMonth.from(AppClock.today())));
        return runtime.startProcessInstanceByKey(RegistrationContract.PROCESS_KEY, caseKey, vars).getId();
    }

    /**
     * What the task list shows for a batch: school, intake, whose case (the student of a batch of one, else the first
     * student and 等) and the size, e.g. 新生注册：农安县职业教育中心 2026年秋季（赵明远等）共32人 — two batches of one
     * school read differently without opening them.
     */
    static String caseTitle(School school, Intake intake, int count, String firstStudent) {
        String whose = firstStudent == null ? "" : "（" + firstStudent + (count > 1 ? "等" : "") + "）";
        return "新生注册：" + school.name() + " " + intake.label() + whose + "共" + count + "人";
    }

    static Date endOfMonth(YearMonth month) {
        return Date.from(month.plusMonths(1).atDay(1).atStartOfDay(AppClock.ZONE).minusSeconds(1).toInstant());
    }
}
