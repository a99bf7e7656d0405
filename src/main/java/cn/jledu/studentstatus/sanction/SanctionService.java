package cn.jledu.studentstatus.sanction;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.archive.ArchiveEntry;
import cn.jledu.studentstatus.archive.ArchiveEntryKind;
import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.archive.Notifications;
import cn.jledu.studentstatus.calendar.WorkingDayCalendar;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.NotFound;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.Approval;
import cn.jledu.studentstatus.student.ChangeBasis;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentRecords;
import cn.jledu.studentstatus.student.StudentRepository;
import cn.jledu.studentstatus.student.StudentStatus;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** The rules of sanctions and appeals (Art. 35–39); the process decides the order, this class what is allowed. */
@Service
class SanctionService {

    static final String DECISION_SUBJECT = SanctionLetterDrafts.DECISION_SUBJECT;

    private final SanctionRepository cases;
    private final StudentRepository students;
    private final Organisation organisation;
    private final Archive archive;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final WorkingDayCalendar calendar;
    private final SanctionLetters letters;
    private final SanctionLetterDrafts drafts;
    private final StudentRecords records;

    SanctionService(SanctionRepository cases, StudentRepository students, Organisation organisation, Archive archive,
                    Notifications notifications, AuditTrail audit, WorkingDayCalendar calendar,
                    SanctionLetters letters, SanctionLetterDrafts drafts, StudentRecords records) {
        this.records = records;
        this.cases = cases;
        this.students = students;
        this.organisation = organisation;
        this.archive = archive;
        this.notifications = notifications;
        this.audit = audit;
        this.calendar = calendar;
        this.letters = letters;
        this.drafts = drafts;
    }

    SanctionCase get(String caseKey) {
        return cases.find(caseKey).orElseThrow(() -> new NotFound("处分案件不存在：" + caseKey));
    }

    Student student(long studentId) {
        return students.find(studentId).orElseThrow(() -> new NotFound("学生不存在：" + studentId));
    }

    List<SanctionRepository.Event> events(String caseKey) {
        return cases.events(caseKey);
    }

    /** R-SAN-1, R-SAN-3: a proposal for an enrolled or suspended student; expulsion names an Art. 36 ground. */
    String propose(long studentId, String facts, SanctionLevel level, ExpulsionGround ground) {
        Student student = student(studentId);
        if (student.status() != StudentStatus.ENROLLED && student.status() != StudentStatus.SUSPENDED) {
            throw new RuleViolation("R-SAN-1", "只能对在籍或休学的学生给予处分（学生当前状态：" + student.status().label() + "）。");
        }
        if (facts == null || facts.isBlank()) {
            throw new RuleViolation("R-SAN-1", "请写明违纪事实。");
        }
        if (level == null) {
            throw new RuleViolation("R-SAN-1", "请选择拟给处分等级：警告、严重警告、记过、留校察看或开除学籍。");
        }
        if (level == SanctionLevel.EXPULSION && ground == null) {
            throw new RuleViolation("R-SAN-3", "开除学籍必须写明第三十六条所列六种情形之一。");
        }
        String caseKey = "CF-" + studentId + "-" + (cases.countForStudent(studentId) + 1);
        cases.insert(caseKey, studentId, student.schoolCode(), facts.trim(), level,
                level == SanctionLevel.EXPULSION ? ground : null);
        cases.event(caseKey, "PROPOSED", level.label() + "：" + facts.trim());
        return caseKey;
    }

    void processStarted(String caseKey, String processInstanceId) {
        cases.processStarted(caseKey, processInstanceId);
    }

    String summary(String caseKey) {
        SanctionCase c = get(caseKey);
        Student s = student(c.studentId());
        return s.name() + "（学籍号 " + s.studentNumber() + "）\n违纪事实：" + c.facts() + "\n处分等级：" + c.level().label()
                + (c.expulsionGround() == null ? "" : "\n第三十六条情形：" + c.expulsionGround().label())
                + "\n状态：" + c.state().label();
    }

    void recordNotSanctioned(String caseKey, String note) {
        cases.closed(caseKey, SanctionState.NOT_SANCTIONED, AppClock.today());
        cases.event(caseKey, "NOT_SANCTIONED", note);
    }

    /**
     * Records the principal's decision and sends the decision letter (R-SAN-4, PDF attached to the process
     * instance); returns the notification date the school appeal window counts from.
     */
    LocalDate recordDecision(String caseKey, SanctionLevel level, LocalDate meetingDate, String minutesRef, String note,
                             String processInstanceId) {
        SanctionCase c = get(caseKey);
        LocalDate today = AppClock.today();
        c.checkDecision(level, meetingDate, minutesRef, today);
        cases.decided(caseKey, level, level == SanctionLevel.EXPULSION ? meetingDate : null,
                level == SanctionLevel.EXPULSION ? minutesRef.trim() : null, today);
        cases.event(caseKey, "DECIDED", level.label() + (note == null ? "" : "；" + note)
                + (level == SanctionLevel.EXPULSION ? "；校长办公会议 " + meetingDate + "，纪要 " + minutesRef : ""));
        Student s = student(c.studentId());
        long letter = send(c, s, drafts.decision(c, s, level, meetingDate, minutesRef, today), processInstanceId);
        cases.decisionDocument(caseKey, letter);
        return today;
    }

    void lodgeSchoolAppeal(String caseKey, String reasons) {
        get(caseKey).checkSchoolAppeal(reasons);
        cases.state(caseKey, SanctionState.SCHOOL_APPEAL);
        cases.event(caseKey, "SCHOOL_APPEAL_LODGED", reasons.trim());
    }

    void recordReviewDecision(String caseKey, AppealOutcome outcome, SanctionLevel changedTo, String reasons,
                              LocalDate receivedOn, String processInstanceId) {
        SanctionCase c = get(caseKey);
        SanctionLevel level = c.checkOutcome(outcome, changedTo);
        cases.event(caseKey, "SCHOOL_REVIEW_DECIDED", outcome.label() + "（" + level.label() + "）：" + reasons
                + "；送达 " + receivedOn);
        if (outcome == AppealOutcome.REVOKE) {
            cases.closed(caseKey, SanctionState.REVOKED_ON_APPEAL, AppClock.today());
        } else {
            cases.level(caseKey, level);
        }
        Student s = student(c.studentId());
        long letter = send(c, s, drafts.reviewDecision(c, s, outcome, level, reasons, receivedOn), processInstanceId);
        if (outcome != AppealOutcome.UPHOLD) {
            cases.decisionDocument(caseKey, letter);
        }
    }

    /** R-APL-2: a written appeal reaches the supervising bureau within 15 working days of the review decision. */
    void lodgeBureauAppeal(String caseKey, LocalDate receivedOn, LocalDate reviewReceivedOn, String reasons) {
        SanctionCase c = get(caseKey);
        c.checkBureauAppeal(reviewReceivedOn);
        LocalDate lastDay = calendar.addWorkingDays(reviewReceivedOn, SanctionContract.BUREAU_APPEAL_WORKING_DAYS,
                c.schoolCode());
        if (receivedOn.isAfter(AppClock.today()) || receivedOn.isBefore(reviewReceivedOn)) {
            throw new RuleViolation("R-APL-2", "收到申诉日期无效：" + receivedOn, org.springframework.http.HttpStatus.BAD_REQUEST);
        }
        if (receivedOn.isAfter(lastDay)) {
            throw new RuleViolation("R-APL-2", "书面申诉须在收到复查决定之日起15个工作日内提出（截止 " + lastDay + "），已逾期。");
        }
        if (reasons == null || reasons.isBlank()) {
            throw new RuleViolation("R-APL-2", "请写明申诉理由。");
        }
        cases.state(caseKey, SanctionState.BUREAU_APPEAL);
        cases.event(caseKey, "BUREAU_APPEAL_LODGED", "收到申诉 " + receivedOn + "：" + reasons.trim());
    }

    void recordReminder(String caseKey, LocalDate receivedOn) {
        SanctionCase c = get(caseKey);
        LocalDate lastDay = calendar.addWorkingDays(receivedOn, SanctionContract.BUREAU_REPLY_WORKING_DAYS, c.schoolCode());
        cases.event(caseKey, "BUREAU_REPLY_REMINDER", "申诉答复期限 " + lastDay + " 将至");
    }

    void recordBreach(String caseKey, LocalDate receivedOn, String escalatedTo) {
        SanctionCase c = get(caseKey);
        LocalDate lastDay = calendar.addWorkingDays(receivedOn, SanctionContract.BUREAU_REPLY_WORKING_DAYS, c.schoolCode());
        String details = organisation.supervisingBureau(c.schoolCode()).name() + "未在30个工作日内（" + receivedOn + "收到，截止 "
                + lastDay + "）答复学生申诉，已报" + escalatedTo + "督办（R-APL-3）";
        cases.event(caseKey, "BUREAU_REPLY_OVERDUE", details);
        audit.record("APPEAL_REPLY_OVERDUE", "sanction_case", caseKey, details);
    }

    void recordSupervision(String caseKey, String note) {
        cases.event(caseKey, "BUREAU_REPLY_SUPERVISED", note);
    }

    void recordBureauDecision(String caseKey, AppealOutcome outcome, SanctionLevel changedTo, String reasons,
                              String processInstanceId) {
        SanctionCase c = get(caseKey);
        SanctionLevel level = c.checkOutcome(outcome, changedTo);
        String bureau = organisation.supervisingBureau(c.schoolCode()).name();
        cases.event(caseKey, "BUREAU_DECIDED", bureau + "：" + outcome.label() + "（" + level.label() + "）：" + reasons);
        if (outcome == AppealOutcome.REVOKE) {
            cases.closed(caseKey, SanctionState.REVOKED_ON_APPEAL, AppClock.today());
        } else {
            cases.level(caseKey, level);
        }
        Student s = student(c.studentId());
        long letter = send(c, s, drafts.bureauDecision(c, s, outcome, level, reasons, AppClock.today()),
                processInstanceId);
        if (outcome != AppealOutcome.UPHOLD) {
            cases.decisionDocument(caseKey, letter);
        }
    }

    /**
     * The decision becomes final: demerit and above go into the personal archive (R-APL-4); an expulsion ends the
     * status (EXPELLED, status change EXPULSION). Returns whether an expulsion became final.
     */
    boolean finalise(String caseKey, String processInstanceId) {
        SanctionCase c = get(caseKey);
        if (c.state() == SanctionState.REVOKED_ON_APPEAL) {
            cases.event(caseKey, "CLOSED", "处分经申诉撤销，不存入学籍档案");
            return false;
        }
        LocalDate today = AppClock.today();
        cases.closed(caseKey, SanctionState.FINAL, today);
        cases.event(caseKey, "FINAL", c.level().label() + "处分生效");
        if (c.level().goesIntoArchive()) {
            archiveDecision(c, today);
        }
        if (c.level() != SanctionLevel.EXPULSION) {
            return false;
        }
        Student student = student(c.studentId());
        records.apply(student.expel(today), new ChangeBasis(caseKey, processInstanceId,
                "开除学籍（第三十六条：" + c.expulsionGround().label() + "；校长办公会议 " + c.meetingDate() + "）",
                List.of(new Approval(Approval.Level.SCHOOL, organisation.school(c.schoolCode()).name(),
                        "校长办公会议研究决定开除学籍（纪要 " + c.meetingMinutesRef() + "）", null, c.meetingDate())),
                CurrentUser.idOrSystem()));
        return true;
    }

    /**
     * R-APL-4: the archive entry of a final sanction of demerit or above links the letter that decided it: the
     * 学生处分决定书, or the review or bureau decision that lightened it (then the content also names the original
     * 处分决定书 by 文号 and document, which stays in the document store and the notifications).
     */
    private void archiveDecision(SanctionCase c, LocalDate today) {
        List<Notifications.Notification> letters = notifications.forCase(c.caseKey());
        Notifications.Notification original = letters.stream().filter(n -> n.subject().equals(DECISION_SUBJECT))
                .findFirst().orElse(null);
        Long decidingId = cases.decisionDocumentId(c.caseKey()).orElse(null);
        Notifications.Notification deciding = letters.stream()
                .filter(n -> decidingId != null && decidingId.equals(n.documentId())).findFirst().orElse(original);
        StringBuilder content = new StringBuilder(deciding == null ? c.facts() : deciding.letterText());
        if (original != null && deciding != original) {
            content.append("\n原处分决定：").append(DECISION_SUBJECT).append("（文号 ")
                    .append(letterNumber(c.caseKey(), letters.indexOf(original) + 1)).append("，文书 ")
                    .append(original.documentId() == null ? "无" : "/api/documents/" + original.documentId())
                    .append("），经").append(deciding.subject()).append("变更为").append(c.level().label()).append("处分");
        }
        content.append("\n生效日期：").append(today);
        archive.add(c.studentId(), ArchiveEntryKind.SANCTION, c.level().label() + "处分决定", content.toString(),
                c.caseKey(), deciding == null ? null : deciding.documentId());
    }

    /** 文号 of the n-th letter of a case (1 = the 学生处分决定书): the case key and the number. */
    private static String letterNumber(String caseKey, int n) {
        return caseKey + "-" + n;
    }

    void recordExpulsionFiled(String caseKey, String note) {
        SanctionCase c = get(caseKey);
        String details = "开除学籍已报" + organisation.supervisingBureau(c.schoolCode()).name() + "备案"
                + (note == null || note.isBlank() ? "" : "：" + note);
        cases.event(caseKey, "EXPULSION_FILED", details);
        audit.record("EXPULSION_FILED", "sanction_case", caseKey, details);
    }

    /** R-SAN-2: only a final warning … probation can be revoked after improvement. */
    void checkRevocable(String caseKey) {
        get(caseKey).checkRevocable();
    }

    /** R-SAN-2: revokes; the decision and its materials leave the personal archive, the audit keeps the removal. */
    void revoke(String caseKey, String reason, String processInstanceId) {
        checkRevocable(caseKey);
        SanctionCase c = get(caseKey);
        for (ArchiveEntry entry : archive.personalArchive(c.studentId())) {
            if (caseKey.equals(entry.caseKey())) {
                archive.removeFromPersonalArchive(entry.id(), "R-SAN-2 撤销" + c.level().label() + "处分（" + caseKey
                        + "）：" + reason);
            }
        }
        cases.closed(caseKey, SanctionState.REVOKED_AFTER_IMPROVEMENT, AppClock.today());
        cases.event(caseKey, "REVOKED_AFTER_IMPROVEMENT", reason);
        audit.record("SANCTION_REVOKED", "sanction_case", caseKey, c.level().label() + "：" + reason);
        Student s = student(c.studentId());
        send(c, s, drafts.revocation(c, s, AppClock.today()), processInstanceId);
    }

    void recordRevocationDeclined(String caseKey, String note) {
        cases.event(caseKey, "REVOCATION_DECLINED", note);
    }

    /**
     * Sends a drafted letter to the student and guardian (R-SAN-4): number 文号 = case key and the letter's number
     * in the case; PDF stored, notification recorded, PDF attached to the process instance. Returns the PDF's id.
     */
    private long send(SanctionCase c, Student s, SanctionLetterDrafts.Draft d, String processInstanceId) {
        String recipient = s.name() + (s.guardianName() == null ? "" : "及监护人" + s.guardianName());
        String number = letterNumber(c.caseKey(), notifications.forCase(c.caseKey()).size() + 1);
        DecisionLetter letter = new DecisionLetter(c.schoolCode(), d.issuer(), d.subject(), d.title(), number,
                recipient, d.paragraphs(), d.particulars(), DecisionLetter.LEGAL_BASIS, d.appeal(), d.date());
        return letters.send(letter, s.id(), c.caseKey(), processInstanceId);
    }
}
