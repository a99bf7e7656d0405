package cn.jledu.studentstatus.deathreport;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.archive.ArchiveEntryKind;
import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.national.NationalPayload;
import cn.jledu.studentstatus.national.NationalRegistry;
import cn.jledu.studentstatus.organisation.Bureau;
import cn.jledu.studentstatus.organisation.BureauLevel;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.FormRefusal;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.Approval;
import cn.jledu.studentstatus.student.ChangeBasis;
import cn.jledu.studentstatus.student.ProcedureLock;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentRecords;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * 死亡 (R-DTH-1, 第二十二条): the school files the death of an enrolled or suspended student; the status becomes 死亡
 * with its status-change row and goes to the national port in the month; the levels above acknowledge.
 */
@Service
public class DeathReportService {

    private final StudentRecords records;
    private final Organisation organisation;
    private final Archive archive;
    private final AuditTrail audit;
    private final NationalRegistry national;

    DeathReportService(StudentRecords records, Organisation organisation, Archive archive, AuditTrail audit,
                       NationalRegistry national) {
        this.records = records;
        this.organisation = organisation;
        this.archive = archive;
        this.audit = audit;
        this.national = national;
    }

    /** Checks the report (R-DTH-1) and records the death; returns the student before the change. */
    Student recordDeath(long studentId, LocalDate diedOn, String circumstances, String caseKey) {
        Student s = records.get(studentId);
        if (diedOn == null || diedOn.isAfter(AppClock.today())) {
            throw new RuleViolation("R-DTH-1", "（第二十二条）请填写死亡日期（不能晚于今天）。", HttpStatus.BAD_REQUEST);
        }
        if (diedOn.isBefore(s.birthDate())) {
            throw new RuleViolation("R-DTH-1", "（第二十二条）死亡日期" + diedOn + "早于学生的出生日期" + s.birthDate() + "。",
                    HttpStatus.BAD_REQUEST);
        }
        if (circumstances == null || circumstances.isBlank()) {
            throw new RuleViolation("R-DTH-1", "（第二十二条）请填写死亡情况和证明材料（如死亡证明）。", HttpStatus.BAD_REQUEST);
        }
        records.apply(s.recordDeath(diedOn), new ChangeBasis(caseKey, null, "死亡：" + circumstances.strip(),
                List.of(Approval.school(organisation.school(s.schoolCode()).name(), "报告学生死亡")
                        .by(CurrentUser.idOrSystem(), AppClock.today())), CurrentUser.idOrSystem()));
        archive.add(s.id(), ArchiveEntryKind.STATUS_CHANGE, "死亡", diedOn + "：" + circumstances.strip(), caseKey, null);
        national.submit(NationalRegistry.Operation.STATUS_CHANGE, s.id(), s.schoolCode(), caseKey,
                NationalPayload.of(s).put("异动类别", "死亡").put("死亡日期", diedOn.toString()).toString());
        audit.record("DEATH_REPORTED", "student", String.valueOf(s.id()), caseKey);
        return s;
    }

    Optional<ProcedureLock> runningProcedure(long studentId) {
        return records.runningProcedure(studentId);
    }

    void procedureEnded(long studentId, String caseKey, String reason) {
        audit.record("PROCEDURE_ENDED_BY_DEATH", "student", String.valueOf(studentId), caseKey + "：" + reason);
        records.releaseProcedure(caseKey);
    }

    /** Whether the school's supervising bureau is a county bureau, and whether a city level sits below the province. */
    boolean countyLevel(String schoolCode) {
        return organisation.supervisingBureau(schoolCode).level() == BureauLevel.COUNTY;
    }

    boolean cityLevel(String schoolCode) {
        Bureau city = organisation.cityOver(schoolCode);
        return city.level() == BureauLevel.CITY;
    }

    void acknowledge(String caseKey, Object acknowledged, Object note, String taskName) {
        if (!Boolean.TRUE.equals(acknowledged)) {
            throw new FormRefusal("请核对死亡报告后勾选“已备案”。");
        }
        audit.record("DEATH_REPORT_ACKNOWLEDGED", "death_report", caseKey, taskName + (note == null ? "" : "：" + note));
    }

    Student student(long id) {
        return records.get(id);
    }

    static String caseKey(Student s) {
        return "DTH-" + s.studentNumber();
    }
}
