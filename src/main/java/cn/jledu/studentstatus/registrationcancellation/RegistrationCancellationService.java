package cn.jledu.studentstatus.registrationcancellation;

import static cn.jledu.studentstatus.registrationcancellation.RegistrationCancellationContract.Vars;


import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.archive.ArchiveEntryKind;
import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.national.NationalPayload;
import cn.jledu.studentstatus.national.NationalRegistry;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.NotFound;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.organisation.Bureau;
import cn.jledu.studentstatus.student.Approval;
import cn.jledu.studentstatus.student.ChangeBasis;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentProcedure;
import cn.jledu.studentstatus.student.StudentRecords;
import cn.jledu.studentstatus.student.StudentRepository;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 注销 (R-REG-13, 第九条): a registered student later found ineligible. The school decides, the supervising bureau
 * files it, then the status becomes 注销 with a history row, an archive entry and a national-system submission as
 * a withdrawal operation. Also the facade of processes/registration-cancellation.bpmn.
 */
@Service
public class RegistrationCancellationService {

    private final StudentRepository students;
    private final Organisation organisation;
    private final Archive archive;
    private final AuditTrail audit;
    private final NationalRegistry national;
    private final StudentRecords records;

    RegistrationCancellationService(StudentRepository students, Organisation organisation, Archive archive,
                        AuditTrail audit, NationalRegistry national, StudentRecords records) {
        this.records = records;
        this.students = students;
        this.organisation = organisation;
        this.archive = archive;
        this.audit = audit;
        this.national = national;
    }

    /**
     * Checks a proposal to cancel (R-REG-13) and audits it; the facade {@link RegistrationCancellationProcess#propose}
     * starts the case.
     */
    Student checkProposal(long studentId, RegistrationCancellationContract.Ground ground, String facts) {
        Student s = student(studentId);
        s.cancel(AppClock.today()); // refuses (R-REG-13) unless the record could be cancelled today
        if (ground == null || facts == null || facts.isBlank()) {
            throw new RuleViolation("R-REG-13", "（第九条）请写明注销理由和事实证据。", HttpStatus.BAD_REQUEST);
        }
        records.claimProcedure(s.id(), StudentProcedure.CANCELLATION, caseKey(s)); // released when the process ends
        audit.record("CANCELLATION_PROPOSED", "student", String.valueOf(s.id()), ground.label() + "：" + facts.strip());
        return s;
    }

    static String caseKey(Student s) {
        return "CAN-" + s.studentNumber();
    }

    /** 注销学籍: status, history, archive, national outbox (as a withdrawal operation). */
    void cancel(long studentId, String groundLabel, String decisionNote, String caseKey, String processInstanceId) {
        Student s = student(studentId);
        LocalDate today = AppClock.today();
        Bureau bureau = organisation.supervisingBureau(s.schoolCode());
        records.apply(s.cancel(today), new ChangeBasis(caseKey, processInstanceId, groundLabel + "；" + decisionNote,
                List.of(Approval.school(organisation.school(s.schoolCode()).name(), "决定注销学籍：" + decisionNote),
                        new Approval(Approval.Level.ofBureau(bureau.level().name()), bureau.name(), "备案",
                                CurrentUser.idOrSystem(), today)), CurrentUser.idOrSystem()));
        archive.add(s.id(), ArchiveEntryKind.STATUS_CHANGE, "注销学籍", "理由：" + groundLabel + "；学校决定：" + decisionNote
                + "；已报主管教育行政部门备案", caseKey, null);
        national.submit(NationalRegistry.Operation.CANCELLATION, s.id(), s.schoolCode(), caseKey,
                NationalPayload.of(s).put("异动类别", "退学（注销）").put("原因", groundLabel).toString());
    }

    Student student(long id) {
        return students.find(id).orElseThrow(() -> new NotFound("学生不存在：" + id));
    }
}
