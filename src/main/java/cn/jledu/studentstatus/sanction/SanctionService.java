package cn.jledu.studentstatus.sanction;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.archive.ArchiveEntry;
import cn.jledu.studentstatus.archive.ArchiveEntryKind;
import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.archive.Notifications;
import cn.jledu.studentstatus.calendar.WorkingDayCalendar;
import cn.jledu.studentstatus.national.NationalPayload;
import cn.jledu.studentstatus.national.NationalRegistry;
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
import cn.jledu.studentstatus.student.StatusChange;
import cn.jledu.studentstatus.student.StatusChangeKind;
import cn.jledu.studentstatus.student.StudentStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
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
    private final NationalRegistry national;

    SanctionService(SanctionRepository cases, StudentRepository students, Organisation organisation, Archive archive,
                    Notifications notifications, AuditTrail audit, WorkingDayCalendar calendar,
                    SanctionLetters letters, SanctionLetterDrafts drafts, StudentRecords records,
                    NationalRegistry national) {
        this.records = records;
        this.national = national;
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
        if (student.status() == StudentStatus.DECEASED) {
            throw new RuleViolation("R-DTH-1", "（第二十二条）学生已死亡，不能再对其给予处分。");
        }
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
     * instance); returns the letter's date. The school appeal window counts from its recorded receipt.
     */
    LocalDate recordDecision(String caseKey, SanctionLevel level, LocalDate meetingDate, String minutesRef, String note,
                             String processInstanceId) {
        SanctionCase c = get(caseKey);
        LocalDate today = AppClock.today();
        c.checkDecision(level, meetingDate, minutesRef, today);
        cases.decided(caseKey, level, level == SanctionLevel.EXPULSION ? meetingDate : null,
                level == SanctionLevel.EXPULSION ? minutesRef.trim() : null, today);
        int appealDays = schoolAppealWorkingDays(c.schoolCode()); // R-APL-1: the school's setting, fixed for the case
        cases.schoolAppealWorkingDays(caseKey, appealDays);
        cases.event(caseKey, "DECIDED", level.label() + (note == null ? "" : "；" + note)
                + (level == SanctionLevel.EXPULSION ? "；校长办公会议 " + meetingDate + "，纪要 " + minutesRef : ""));
        Student s = student(c.studentId());
        long letter = send(c, s, drafts.decision(c, s, level, meetingDate, minutesRef, today, appealDays),
                processInstanceId);
        cases.decisionDocument(caseKey, letter);
        return today;
    }

    /**
     * R-APL-1: an appeal to the school's committee, made (submitted or posted) on {@code madeOn}. Decisive is the
     * day it was made, counted against the window from the recorded receipt of the decision letter; an appeal made
     * after the window is refused. Returns true if the window's timer had already made the sanction final: the
     * case is then reopened (back to not final, an expulsion undone) and the caller restarts its process.
     */
    boolean lodgeSchoolAppeal(String caseKey, LocalDate madeOn, String reasons) {
        SanctionCase c = get(caseKey);
        LocalDate today = AppClock.today();
        boolean reopens = c.checkSchoolAppeal(reasons, appeals(caseKey, "SCHOOL").isPresent());
        checkMadeOn(madeOn, c.decidedOn(), today, "R-APL-1");
        LocalDate received = receivedOn(caseKey, SanctionLetterDrafts.DECISION_SUBJECT).orElseThrow(() ->
                new RuleViolation("R-APL-1", "请先登记处分决定书送达学生的日期（送达回执或当面送达），校内申诉期自送达之次日起计算。",
                        HttpStatus.CONFLICT));
        int days = c.schoolAppealDays();
        LocalDate lastDay = calendar.addWorkingDays(received, days, c.schoolCode());
        if (madeOn.isAfter(lastDay)) {
            throw new RuleViolation("R-APL-1", "校内申诉须在收到处分决定之日起" + days + "个工作日内提出（" + received
                    + "收到，截止 " + lastDay + "）；本申诉于 " + madeOn + " 提出，已逾期。");
        }
        if (reopens) {
            reopen(c, SanctionState.SCHOOL_APPEAL, "校内申诉于 " + madeOn + " 提出（期限截止 " + lastDay + "），期满后才登记");
        } else {
            cases.state(caseKey, SanctionState.SCHOOL_APPEAL);
        }
        cases.insertAppeal(caseKey, "SCHOOL", madeOn, madeOn, reasons.trim(), reopens);
        cases.event(caseKey, "SCHOOL_APPEAL_LODGED", "申诉于 " + madeOn + " 提出（收到处分决定 " + received + "，截止 " + lastDay
                + "）：" + reasons.trim());
        return reopens;
    }

    /** A date an appeal was made: not in the future, not before the decision it appeals. */
    private static void checkMadeOn(LocalDate madeOn, LocalDate decidedOn, LocalDate today, String ruleId) {
        if (madeOn == null || madeOn.isAfter(today)) {
            throw new RuleViolation(ruleId, "申诉提出日期不能晚于今天：" + madeOn, HttpStatus.BAD_REQUEST);
        }
        if (decidedOn != null && madeOn.isBefore(decidedOn)) {
            throw new RuleViolation(ruleId, "申诉提出日期（" + madeOn + "）不能早于所申诉的决定（" + decidedOn + "）。",
                    HttpStatus.BAD_REQUEST);
        }
    }

    Optional<SanctionRepository.Appeal> appeals(String caseKey, String stage) {
        return cases.appeals(caseKey).stream().filter(a -> a.stage().equals(stage)).reduce((a, b) -> b);
    }

    /** The last letter with this subject, if any. */
    Optional<Notifications.Notification> lastLetter(String caseKey, String subject) {
        return notifications.forCase(caseKey).stream().filter(n -> n.subject().equals(subject)).reduce((a, b) -> b);
    }

    /** The recorded day the student received the last letter with this subject (送达), if recorded. */
    Optional<LocalDate> receivedOn(String caseKey, String subject) {
        return lastLetter(caseKey, subject).flatMap(n -> cases.delivery(n.id()))
                .map(SanctionRepository.Delivery::receivedOn);
    }

    /**
     * A final case goes back to not final because an appeal made within its window was entered after the window's
     * timer fired (R-APL-1, R-APL-2): its personal-archive entry leaves the personal archive (the sanction is not
     * in force), and a final expulsion is undone through the student's transition with a status-change row and
     * reported to the national system (the student is 在籍 again while the appeal runs).
     */
    private void reopen(SanctionCase c, SanctionState state, String why) {
        LocalDate today = AppClock.today();
        for (ArchiveEntry entry : archive.personalArchive(c.studentId())) {
            if (c.caseKey().equals(entry.caseKey())) {
                archive.removeFromPersonalArchive(entry.id(), "处分尚未生效（" + why + "，案件 " + c.caseKey() + "重新开启）");
            }
        }
        Student s = student(c.studentId());
        if (c.level() == SanctionLevel.EXPULSION && s.status() == StudentStatus.EXPELLED) {
            StudentStatus before = students.history(s.id()).stream()
                    .filter(h -> h.kind() == StatusChangeKind.EXPULSION && c.caseKey().equals(h.caseKey()))
                    .map(StatusChange::fromStatus).reduce((a, b) -> b).orElse(StudentStatus.ENROLLED);
            records.apply(s.reinstateAfterAppeal(today, before), new ChangeBasis(c.caseKey(), null,
                    "开除学籍决定未生效：" + why, List.of(), CurrentUser.idOrSystem()));
            Student restored = student(s.id());
            national.submit(NationalRegistry.Operation.STATUS_CHANGE, s.id(), s.schoolCode(), nationalKey(c.caseKey(), s.id()),
                    NationalPayload.of(restored).put("异动类别", StatusChangeKind.EXPULSION_REVERSED.label())
                            .put("异动日期", today.toString()).put("学籍状态", restored.status().label())
                            .put("原因", why).toString());
        }
        cases.reopened(c.caseKey(), state);
        cases.event(c.caseKey(), "REOPENED", why + "：处分恢复为未生效");
        audit.record("SANCTION_REOPENED", "sanction_case", c.caseKey(), why);
    }

    /**
     * The outbox key of the n-th status change of a case (national_outbox keeps one row per operation, student and
     * key): the case key for the first, then the case key and the number.
     */
    private String nationalKey(String caseKey, long studentId) {
        long n = students.history(studentId).stream().filter(h -> caseKey.equals(h.caseKey())).count();
        return n <= 1 ? caseKey : caseKey + "-" + n;
    }

    void recordReviewDecision(String caseKey, AppealOutcome outcome, SanctionLevel changedTo, String reasons,
                              String processInstanceId) {
        SanctionCase c = get(caseKey);
        SanctionLevel level = c.checkOutcome(outcome, changedTo);
        cases.event(caseKey, "SCHOOL_REVIEW_DECIDED", outcome.label() + "（" + level.label() + "）：" + reasons);
        if (outcome == AppealOutcome.REVOKE) {
            cases.closed(caseKey, SanctionState.REVOKED_ON_APPEAL, AppClock.today());
        } else {
            cases.level(caseKey, level);
        }
        Student s = student(c.studentId());
        long letter = send(c, s, drafts.reviewDecision(c, s, outcome, level, reasons, AppClock.today()),
                processInstanceId);
        if (outcome != AppealOutcome.UPHOLD) {
            cases.decisionDocument(caseKey, letter);
        }
    }

    /**
     * R-APL-2: a written appeal to the supervising bureau, made (submitted or posted) by the student on
     * {@code madeOn} and received by the bureau on {@code receivedOn}. Decisive for the 15 working days is the day it
     * was made, counted from the recorded receipt of the review decision; the bureau's 30 working days (R-APL-3)
     * run from its receipt. Returns true if the window's timer had already made the sanction final (the case is
     * reopened, see {@link #lodgeSchoolAppeal}).
     */
    boolean lodgeBureauAppeal(String caseKey, LocalDate madeOn, LocalDate receivedOn, String reasons) {
        SanctionCase c = get(caseKey);
        LocalDate today = AppClock.today();
        Optional<Notifications.Notification> review = lastLetter(caseKey, SanctionLetterDrafts.REVIEW_SUBJECT);
        boolean reopens = c.checkBureauAppeal(review.isPresent(), appeals(caseKey, "BUREAU").isPresent());
        if (receivedOn == null || receivedOn.isAfter(today)) {
            throw new RuleViolation("R-APL-2", "收到申诉日期不能晚于今天：" + receivedOn, HttpStatus.BAD_REQUEST);
        }
        checkMadeOn(madeOn, review.get().notifiedOn(), today, "R-APL-2");
        if (madeOn.isAfter(receivedOn)) {
            throw new RuleViolation("R-APL-2", "申诉提出日期（" + madeOn + "）不能晚于收到申诉日期（" + receivedOn + "）。",
                    HttpStatus.BAD_REQUEST);
        }
        if (reasons == null || reasons.isBlank()) {
            throw new RuleViolation("R-APL-2", "请写明申诉理由。", HttpStatus.BAD_REQUEST);
        }
        LocalDate reviewReceived = receivedOn(caseKey, SanctionLetterDrafts.REVIEW_SUBJECT).orElseThrow(() ->
                new RuleViolation("R-APL-2", "请先登记复查决定书送达学生的日期，书面申诉期自送达之次日起计算。", HttpStatus.CONFLICT));
        LocalDate lastDay = calendar.addWorkingDays(reviewReceived, SanctionContract.BUREAU_APPEAL_WORKING_DAYS,
                c.schoolCode());
        if (madeOn.isAfter(lastDay)) {
            throw new RuleViolation("R-APL-2", "书面申诉须在收到复查决定之日起15个工作日内提出（" + reviewReceived + "收到，截止 "
                    + lastDay + "）；本申诉于 " + madeOn + " 提出，已逾期。");
        }
        if (reopens) {
            reopen(c, SanctionState.BUREAU_APPEAL, "书面申诉于 " + madeOn + " 提出（期限截止 " + lastDay + "），期满后才登记");
        } else {
            cases.state(caseKey, SanctionState.BUREAU_APPEAL);
        }
        cases.insertAppeal(caseKey, "BUREAU", madeOn, receivedOn, reasons.trim(), reopens);
        cases.event(caseKey, "BUREAU_APPEAL_LODGED", "申诉于 " + madeOn + " 提出，" + receivedOn + " 收到（收到复查决定 "
                + reviewReceived + "，截止 " + lastDay + "）：" + reasons.trim());
        return reopens;
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
        // R-MON-2: the national system learns of the expulsion in the month it became final
        Student expelled = student(c.studentId());
        national.submit(NationalRegistry.Operation.STATUS_CHANGE, expelled.id(), expelled.schoolCode(),
                nationalKey(caseKey, expelled.id()), NationalPayload.of(expelled)
                        .put("异动类别", StatusChangeKind.EXPULSION.label()).put("异动日期", today.toString())
                        .put("学籍状态", expelled.status().label())
                        .put("原因", "第三十六条：" + c.expulsionGround().label()).toString());
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

    // ---- the school's appeal window (R-APL-1) ----

    /** The school's appeal window in working days (its setting, else 10). */
    int schoolAppealWorkingDays(String schoolCode) {
        return cases.schoolAppealSetting(schoolCode).orElse(SanctionContract.DEFAULT_SCHOOL_APPEAL_WORKING_DAYS);
    }

    /** Sets the school's appeal window; applies to decisions taken from now on (a decided case keeps its own). */
    void setSchoolAppealWorkingDays(String schoolCode, Integer days) {
        organisation.school(schoolCode);
        if (days == null || days < SanctionContract.MIN_SCHOOL_APPEAL_WORKING_DAYS
                || days > SanctionContract.MAX_SCHOOL_APPEAL_WORKING_DAYS) {
            throw new RuleViolation("R-APL-1", "校内申诉期限应为" + SanctionContract.MIN_SCHOOL_APPEAL_WORKING_DAYS + "至"
                    + SanctionContract.MAX_SCHOOL_APPEAL_WORKING_DAYS + "个工作日：" + days, HttpStatus.BAD_REQUEST);
        }
        int before = schoolAppealWorkingDays(schoolCode);
        cases.saveSchoolAppealSetting(schoolCode, days);
        audit.record("SCHOOL_APPEAL_WINDOW_SET", "school", schoolCode, "校内申诉期限 " + before + " → " + days + " 个工作日");
    }

    // ---- deliveries (送达) ----

    /** Which appeal window the receipt of a letter starts. */
    enum Window { SCHOOL, BUREAU, NONE }

    /** A recorded receipt and the window it starts. */
    record Receipt(Window window, LocalDate receivedOn) {
    }

    /**
     * Records the day the student received a letter of the case (当面送达, the returned 送达回执, or by post): never
     * before the letter was issued, never in the future, once per letter (a correction is {@link #correctDelivery}).
     */
    Receipt recordDelivery(String caseKey, long notificationId, LocalDate receivedOn, String method) {
        Notifications.Notification letter = caseLetter(caseKey, notificationId);
        String how = method == null || method.isBlank() ? "HAND_OVER" : method.trim();
        if (!List.of("HAND_OVER", "RECEIPT_RETURNED", "POST").contains(how)) {
            throw new RuleViolation("R-SAN-4", "送达方式应为 HAND_OVER（当面送达）、RECEIPT_RETURNED（送达回执）或 POST（邮寄）：" + how,
                    HttpStatus.BAD_REQUEST);
        }
        checkReceivedOn(letter, receivedOn);
        if (cases.delivery(notificationId).isPresent()) {
            throw new RuleViolation("R-SAN-4", "该文书的送达日期已登记；如登记有误，请办理更正（须写明理由）。", HttpStatus.CONFLICT);
        }
        cases.insertDelivery(notificationId, caseKey, receivedOn, how);
        cases.event(caseKey, "LETTER_DELIVERED", letter.subject() + " " + receivedOn + " 送达（" + how + "）");
        return new Receipt(window(letter), receivedOn);
    }

    /** Corrects a recorded receipt: an audited act of the registrar, with the reason (R-SAN-4, R-MON-3). */
    Receipt correctDelivery(String caseKey, long notificationId, LocalDate receivedOn, String reason) {
        Notifications.Notification letter = caseLetter(caseKey, notificationId);
        SanctionRepository.Delivery before = cases.delivery(notificationId).orElseThrow(() -> new RuleViolation("R-SAN-4",
                "该文书尚未登记送达，不能更正。", HttpStatus.CONFLICT));
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("R-SAN-4", "更正送达日期必须写明理由。", HttpStatus.BAD_REQUEST);
        }
        checkReceivedOn(letter, receivedOn);
        cases.correctDelivery(notificationId, receivedOn);
        String details = letter.subject() + "（" + caseKey + "）送达日期 " + before.receivedOn() + " 更正为 " + receivedOn
                + "：" + reason.trim();
        cases.event(caseKey, "LETTER_RECEIPT_CORRECTED", details);
        audit.record("LETTER_RECEIPT_CORRECTED", "sanction_case", caseKey, details);
        return new Receipt(window(letter), receivedOn);
    }

    private Notifications.Notification caseLetter(String caseKey, long notificationId) {
        get(caseKey);
        return notifications.forCase(caseKey).stream().filter(n -> n.id() == notificationId).findFirst()
                .orElseThrow(() -> new NotFound("本案件没有该文书：" + notificationId));
    }

    private static void checkReceivedOn(Notifications.Notification letter, LocalDate receivedOn) {
        if (receivedOn == null || receivedOn.isAfter(AppClock.today())) {
            throw new RuleViolation("R-SAN-4", "送达日期不能晚于今天：" + receivedOn, HttpStatus.BAD_REQUEST);
        }
        if (receivedOn.isBefore(letter.notifiedOn())) {
            throw new RuleViolation("R-SAN-4", "送达日期（" + receivedOn + "）不能早于" + letter.subject() + "的出具日期（"
                    + letter.notifiedOn() + "）。", HttpStatus.BAD_REQUEST);
        }
    }

    /** The window a letter's receipt starts: only the last decision letter or the last review decision. */
    private Window window(Notifications.Notification letter) {
        boolean last = lastLetter(letter.caseKey(), letter.subject()).map(n -> n.id() == letter.id()).orElse(false);
        if (last && letter.subject().equals(SanctionLetterDrafts.DECISION_SUBJECT)) {
            return Window.SCHOOL;
        }
        if (last && letter.subject().equals(SanctionLetterDrafts.REVIEW_SUBJECT)) {
            return Window.BUREAU;
        }
        return Window.NONE;
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
