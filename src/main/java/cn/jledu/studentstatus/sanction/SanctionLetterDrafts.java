package cn.jledu.studentstatus.sanction;

import cn.jledu.studentstatus.document.DecisionLetterModel.Particular;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.student.Student;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Drafts the letters of a sanction case (R-SAN-4): what each says, its particulars and the appeal rights with the
 * periods counted from the student's receipt of the letter. {@link SanctionService} numbers and sends them.
 */
@Component
class SanctionLetterDrafts {

    /** The subject of the principal's decision letter; its text and PDF go into the archive when final. */
    static final String DECISION_SUBJECT = "学生处分决定书";
    /** The school appeal committee's review decision; the bureau appeal window runs from its receipt. */
    static final String REVIEW_SUBJECT = "学生申诉复查决定书";

    /** A letter before its 文号 is given: who issues it, what it says, and the appeal rights it states. */
    record Draft(String issuer, String subject, String title, List<String> paragraphs, List<Particular> particulars,
                 DecisionLetter.Appeal appeal, LocalDate date) {
    }

    private final Organisation organisation;

    SanctionLetterDrafts(Organisation organisation) {
        this.organisation = organisation;
    }

    /** 学生处分决定书: the principal's decision, with the school's appeal window counted from its receipt. */
    Draft decision(SanctionCase c, Student s, SanctionLevel level, LocalDate meetingDate, String minutesRef,
                   LocalDate date, int schoolAppealDays) {
        String schoolName = organisation.school(c.schoolCode()).name();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("经查，" + c.facts());
        List<Particular> particulars = particulars(s, "处分等级", level.label());
        if (level == SanctionLevel.EXPULSION) {
            paragraphs.add("依据《吉林省中等职业学校学生学籍管理暂行办法》第三十六条（" + c.expulsionGround().label()
                    + "），经" + meetingDate + "校长办公会议研究决定（纪要 " + minutesRef.trim() + "），给予开除学籍处分。");
            particulars.add(new Particular("第三十六条情形", c.expulsionGround().label()));
            particulars.add(new Particular("校长办公会议", meetingDate + "（纪要 " + minutesRef.trim() + "）"));
        } else {
            paragraphs.add("依据《吉林省中等职业学校学生学籍管理暂行办法》第三十五条，决定给予" + level.label() + "处分。");
        }
        // R-APL-1: the window runs from the student's receipt of this letter, so the letter states the number of
        // working days (the school's setting) and how it is counted, not a last day
        DecisionLetter.Appeal appeal = new DecisionLetter.Appeal("如对本决定有异议，可在收到本决定之日起"
                + schoolAppealDays + "个工作日内向学校学生申诉处理委员会提出书面申诉", schoolName + "学生申诉处理委员会",
                null);
        return new Draft(schoolName, DECISION_SUBJECT, "关于给予" + s.name() + "同学" + level.label() + "处分的决定",
                paragraphs, particulars, appeal, date);
    }

    /** 学生申诉复查决定书: the school committee's review, with the bureau window counted from its receipt. */
    Draft reviewDecision(SanctionCase c, Student s, AppealOutcome outcome, SanctionLevel level, String reasons,
                         LocalDate date) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("学校学生申诉处理委员会对你的申诉进行了复查，决定：" + outcome.label() + "原处分"
                + (outcome == AppealOutcome.CHANGE ? "，变更为" + level.label() : "") + "。理由：" + reasons);
        DecisionLetter.Appeal appeal = outcome == AppealOutcome.REVOKE ? null
                : new DecisionLetter.Appeal("如对复查决定不服，可在收到本决定之日起"
                        + SanctionContract.BUREAU_APPEAL_WORKING_DAYS + "个工作日内向主管教育行政部门书面申诉",
                        organisation.supervisingBureau(c.schoolCode()).name(), null); // R-APL-2: from the receipt
        List<Particular> particulars = particulars(s, "原处分", c.level().label());
        particulars.add(new Particular("复查结果", outcomeLabel(outcome, level)));
        return new Draft(organisation.school(c.schoolCode()).name(), REVIEW_SUBJECT,
                "关于" + s.name() + "同学申诉的复查决定", paragraphs, particulars, appeal, date);
    }

    /** 学生申诉处理决定书: the supervising bureau's decision on the appeal (final, no further appeal). */
    Draft bureauDecision(SanctionCase c, Student s, AppealOutcome outcome, SanctionLevel level, String reasons,
                         LocalDate date) {
        String bureau = organisation.supervisingBureau(c.schoolCode()).name();
        List<Particular> particulars = particulars(s, "学校处分", c.level().label());
        particulars.add(new Particular("学校", organisation.school(c.schoolCode()).name()));
        particulars.add(new Particular("处理结果", outcomeLabel(outcome, level)));
        return new Draft(bureau, "学生申诉处理决定书", "关于" + s.name() + "同学申诉的处理决定",
                List.of(bureau + "对你的申诉作出处理决定：" + outcome.label() + "学校的处分决定"
                        + (outcome == AppealOutcome.CHANGE ? "，变更为" + level.label() : "") + "。理由：" + reasons),
                particulars, null, date);
    }

    /** 撤销处分决定书 (R-SAN-2). */
    Draft revocation(SanctionCase c, Student s, LocalDate date) {
        return new Draft(organisation.school(c.schoolCode()).name(), "撤销处分决定书",
                "关于撤销" + s.name() + "同学" + c.level().label() + "处分的决定",
                List.of("你受" + c.level().label() + "处分后确有改正进步，经学校研究，决定撤销该处分，"
                        + "原处分决定和有关资料已从你的学籍档案中移出。"),
                particulars(s, "撤销的处分", c.level().label()), null, date);
    }

    /** 学生姓名, 学籍号 and one more labelled line, as the start of a letter's particulars table. */
    private static List<Particular> particulars(Student s, String label, String value) {
        List<Particular> particulars = new ArrayList<>();
        particulars.add(new Particular("学生姓名", s.name()));
        particulars.add(new Particular("学籍号", s.studentNumber()));
        particulars.add(new Particular(label, value));
        return particulars;
    }

    private static String outcomeLabel(AppealOutcome outcome, SanctionLevel level) {
        return switch (outcome) {
            case UPHOLD -> "维持原处分（" + level.label() + "）";
            case CHANGE -> "变更为" + level.label();
            case REVOKE -> "撤销原处分";
        };
    }
}
