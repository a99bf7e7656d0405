package cn.jledu.studentstatus.award;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.archive.ArchiveEntryKind;
import cn.jledu.studentstatus.document.AwardNoticeModel;
import cn.jledu.studentstatus.document.DecisionLetterDocument;
import cn.jledu.studentstatus.organisation.Major;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.SchoolClass;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.NotFound;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentRepository;
import cn.jledu.studentstatus.student.StudentStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Rewards: the proposal, and once the principal confirms, the reward notice (PDF, R-SAN-4), the archive entry linking
 * it (R-AWD-1, R-APL-4) and the notification.
 */
@Service
class AwardService {

    record Award(String caseKey, long studentId, String schoolCode, String title, AwardLevel level, AwardKind kind,
                 String awardingBody, LocalDate awardedOn, String reason, String state) {

        String summary() {
            return level.label() + kind.label() + "：" + title + "（" + awardingBody + "，" + awardedOn + "）"
                    + (reason == null ? "" : "\n事迹：" + reason);
        }
    }

    private final JdbcClient jdbc;
    private final StudentRepository students;
    private final Archive archive;
    private final AwardNotices notices;
    private final Organisation organisation;
    private final OrganisationRepository organisationData;

    AwardService(JdbcClient jdbc, StudentRepository students, Archive archive, AwardNotices notices,
                 Organisation organisation, OrganisationRepository organisationData) {
        this.jdbc = jdbc;
        this.students = students;
        this.archive = archive;
        this.notices = notices;
        this.organisation = organisation;
        this.organisationData = organisationData;
    }

    Student student(long studentId) {
        return students.find(studentId).orElseThrow(() -> new NotFound("学生不存在：" + studentId));
    }

    String propose(long studentId, String title, AwardLevel level, AwardKind kind, String awardingBody,
                   LocalDate awardedOn, String reason) {
        Student s = student(studentId);
        if (s.status() == StudentStatus.DECEASED) {
            throw new RuleViolation("R-DTH-1", "（第二十二条）学生已死亡，不能再为其登记奖励。");
        }
        if (!s.status().active()) {
            throw new RuleViolation("R-AWD-1", "只能为在籍学生登记奖励（学生当前状态：" + s.status().label() + "）。");
        }
        if (title == null || title.isBlank() || level == null || kind == null || awardingBody == null
                || awardingBody.isBlank() || awardedOn == null) {
            throw new RuleViolation("R-AWD-1", "请填写奖励名称、层次（国家/省/市/县/校）、类别（单项/综合）、授予单位和授予日期。");
        }
        if (awardedOn.isAfter(AppClock.today())) {
            throw new RuleViolation("R-AWD-1", "授予日期不能晚于今天：" + awardedOn);
        }
        if (awardedOn.isBefore(LocalDate.of(s.entryYear(), 1, 1))) {
            // the archive records awards of the student's time at school (issue 13 §4: 1900-01-01 was accepted)
            throw new RuleViolation("R-AWD-1", "授予日期不能早于该生入学当年（" + s.entryYear() + " 年）：学籍档案只记载在校期间获得的奖励。");
        }
        int n = jdbc.sql("SELECT COUNT(*) FROM award WHERE student_id = ?").param(studentId).query(Integer.class).single();
        String caseKey = "JL-" + studentId + "-" + (n + 1);
        jdbc.sql("""
                        INSERT INTO award (case_key, student_id, school_code, title, award_level, award_kind, awarding_body,
                          awarded_on, reason, state, proposed_by, proposed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseKey, studentId, s.schoolCode(), title.trim(), level.name(), kind.name(), awardingBody.trim(),
                        awardedOn, reason, "PROPOSED", CurrentUser.idOrSystem(), AppClock.nowOffset())
                .update();
        return caseKey;
    }

    Award get(String caseKey) {
        return jdbc.sql("SELECT case_key, student_id, school_code, title, award_level, award_kind, awarding_body, "
                        + "awarded_on, reason, state FROM award WHERE case_key = ?")
                .param(caseKey)
                .query((rs, i) -> new Award(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        AwardLevel.valueOf(rs.getString(5)), AwardKind.valueOf(rs.getString(6)), rs.getString(7),
                        rs.getObject(8, LocalDate.class), rs.getString(9), rs.getString(10)))
                .optional().orElseThrow(() -> new NotFound("奖励记录不存在：" + caseKey));
    }

    /**
     * 奖励存档并通知学生: prints the reward notice (stored, notified, attached to the process instance) and adds the
     * archive entry that links it.
     */
    void record(String caseKey, String processInstanceId) {
        Award a = get(caseKey);
        Student s = student(a.studentId());
        AwardNoticeModel notice = notice(a, s);
        long documentId = notices.send(notice, s.id(), caseKey, processInstanceId);
        long entry = archive.add(a.studentId(), ArchiveEntryKind.AWARD, a.level().label() + a.kind().label() + "：" + a.title(),
                a.summary() + "\n" + notice.subject() + "：" + notice.title() + "（文号 " + notice.documentNumber() + "）",
                caseKey, documentId);
        jdbc.sql("UPDATE award SET state = 'RECORDED', archive_entry_id = ? WHERE case_key = ?").params(entry, caseKey)
                .update();
    }

    /** The 学生奖励通知书 of a confirmed reward: 文号 = case key, issued and sealed by the school, dated today. */
    AwardNoticeModel notice(Award a, Student s) {
        String recipient = s.name() + (s.guardianName() == null ? "" : "及监护人" + s.guardianName());
        String major = s.majorCode() == null ? null
                : organisationData.major(s.majorCode()).map(Major::name).orElse(null);
        String className = s.classId() == null ? null
                : organisationData.schoolClass(s.classId()).map(SchoolClass::name).orElse(null);
        boolean bySchool = a.level() == AwardLevel.SCHOOL;
        String title = bySchool ? "关于给予" + s.name() + "同学“" + a.title() + "”奖励的决定"
                : "关于表彰" + s.name() + "同学获得“" + a.title() + "”的决定";
        String who = major == null && className == null ? "" : "（" + (major == null ? "" : major + "专业")
                + (major != null && className != null ? "，" : "") + (className == null ? "" : className) + "）";
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(s.name() + "同学" + who + "获得" + a.awardingBody() + "于"
                + DecisionLetterDocument.chineseDate(a.awardedOn()) + "授予的" + a.level().label() + a.kind().label()
                + "“" + a.title() + "”。");
        paragraphs.add("经校长确认，" + (bySchool ? "学校决定给予上述奖励" : "学校予以通报表彰")
                + "，本奖励已存入学籍档案。希望你珍惜荣誉，再接再厉。");
        return new AwardNoticeModel(a.schoolCode(), organisation.school(a.schoolCode()).name(), AwardNotices.SUBJECT,
                title, a.caseKey(), recipient, s.name(), s.studentNumber(), major, className, a.level().label(),
                a.kind().label(), a.title(), a.awardingBody(), a.awardedOn(), a.reason(), paragraphs,
                AwardNotices.LEGAL_BASIS, AppClock.today());
    }

    void decline(String caseKey) {
        jdbc.sql("UPDATE award SET state = 'DECLINED' WHERE case_key = ?").param(caseKey).update();
    }
}
