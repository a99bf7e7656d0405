package cn.jledu.studentstatus.award;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.archive.ArchiveEntryKind;
import cn.jledu.studentstatus.archive.Notifications;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.NotFound;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentRepository;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Rewards: the proposal, and once the principal confirms, the archive entry (R-AWD-1) and the notification (R-SAN-4). */
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
    private final Notifications notifications;
    private final Organisation organisation;

    AwardService(JdbcClient jdbc, StudentRepository students, Archive archive, Notifications notifications,
                 Organisation organisation) {
        this.jdbc = jdbc;
        this.students = students;
        this.archive = archive;
        this.notifications = notifications;
        this.organisation = organisation;
    }

    Student student(long studentId) {
        return students.find(studentId).orElseThrow(() -> new NotFound("学生不存在：" + studentId));
    }

    String propose(long studentId, String title, AwardLevel level, AwardKind kind, String awardingBody,
                   LocalDate awardedOn, String reason) {
        Student s = student(studentId);
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

    void record(String caseKey) {
        Award a = get(caseKey);
        long entry = archive.add(a.studentId(), ArchiveEntryKind.AWARD, a.level().label() + a.kind().label() + "：" + a.title(),
                a.summary(), caseKey, null);
        jdbc.sql("UPDATE award SET state = 'RECORDED', archive_entry_id = ? WHERE case_key = ?").params(entry, caseKey)
                .update();
        Student s = student(a.studentId());
        String recipient = s.name() + (s.guardianName() == null ? "" : "及监护人" + s.guardianName());
        notifications.record(s.id(), caseKey, "学生奖励通知书", recipient, recipient + "：\n    " + s.name() + "获得"
                + a.summary() + "，已存入学籍档案。\n" + organisation.school(a.schoolCode()).name() + "\n" + AppClock.today(),
                AppClock.today());
    }

    void decline(String caseKey) {
        jdbc.sql("UPDATE award SET state = 'DECLINED' WHERE case_key = ?").param(caseKey).update();
    }
}
