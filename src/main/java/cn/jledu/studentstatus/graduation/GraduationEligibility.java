package cn.jledu.studentstatus.graduation;

import cn.jledu.studentstatus.assessment.Assessments;
import cn.jledu.studentstatus.assessment.CourseResult;
import cn.jledu.studentstatus.assessment.Grade;
import cn.jledu.studentstatus.assessment.InternshipAppraisal;
import cn.jledu.studentstatus.assessment.InternshipKind;
import cn.jledu.studentstatus.assessment.MoralEvaluation;
import cn.jledu.studentstatus.graduation.Unmet.Condition;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.Approval;
import cn.jledu.studentstatus.student.ProcedureLock;
import cn.jledu.studentstatus.student.StatusChange;
import cn.jledu.studentstatus.student.StatusChangeKind;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentEnums.IntakeLevel;
import cn.jledu.studentstatus.student.StudentEnums.LearningForm;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import cn.jledu.studentstatus.student.StudentStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * R-GRD-1 (第四十条), R-GRD-2 (第四十一条), R-DUR-2/3 (第十一、十二条): whether a student may graduate with a cohort,
 * and if not, every requirement that is not met, each by name. Plain code over the facts (record, status history,
 * running procedure, assessments, the school's terms): no database, no engine. docs/graduation.md.
 */
public final class GraduationEligibility {

    /** Changes that the bureau must have reviewed before graduation (R-GRD-1). */
    static final Set<StatusChangeKind> REVIEWED_KINDS = EnumSet.of(StatusChangeKind.REGISTRATION,
            StatusChangeKind.TRANSFER_IN, StatusChangeKind.RESUMPTION, StatusChangeKind.MAJOR_CHANGE,
            StatusChangeKind.INFORMATION_CHANGE);

    /** The assessment of one student: unmet requirements (empty: eligible) and whether it is an early graduation. */
    public record Result(long studentId, String studentNumber, String name, List<Unmet> unmet, boolean early,
                         boolean endOfDuration) {

        public boolean eligible() {
            return unmet.isEmpty();
        }

        public boolean has(Condition c) {
            return unmet.stream().anyMatch(u -> u.condition() == c);
        }

        public String describe() {
            return unmet.stream().map(Unmet::describe).collect(Collectors.joining("；"));
        }
    }

    private GraduationEligibility() {
    }

    /**
     * @param running     the procedure that holds the student now, or null
     * @param earlyApplied the student applied to graduate early (R-GRD-2)
     */
    public static Result assess(Student s, List<StatusChange> history, ProcedureLock running, Assessments a,
                                GraduationTerms terms, boolean earlyApplied) {
        List<Unmet> unmet = new ArrayList<>();
        if (s.status() != StudentStatus.ENROLLED) {
            unmet.add(new Unmet(Condition.STATUS, "R-GRD-1", "学籍状态为“" + s.status().label() + "”，须为在籍"
                    + (s.status() == StudentStatus.SUSPENDED ? "（休学学生须先复学）" : "")));
        }
        for (StatusChange c : history) {
            if (REVIEWED_KINDS.contains(c.kind()) && c.approvals().stream().noneMatch(ap -> ap.level() != Approval.Level.SCHOOL)) {
                unmet.add(new Unmet(Condition.UNREVIEWED_CHANGE, "R-GRD-1", c.effectiveDate() + " 的" + c.kind().label()
                        + "未经教育行政部门审核"));
            }
        }
        if (running != null) {
            unmet.add(new Unmet(Condition.PENDING_PROCEDURE, "R-GRD-1", "正在办理的" + running.procedure().label()
                    + "（案件 " + running.caseKey() + "）尚未办结"));
        }
        moral(s, a, terms, unmet);
        courses(a, terms, unmet);
        internship(s, a, unmet);
        boolean early = duration(s, terms, earlyApplied, unmet);
        return new Result(s.id(), s.studentNumber(), s.name(), List.copyOf(unmet), early,
                terms.graduationYear() >= normalEnd(s));
    }

    /** The year a student of this record normally graduates: year group plus the duration (R-DUR-1). */
    static int normalEnd(Student s) {
        return s.yearGroup() + s.durationYears();
    }

    /** Semesters of study up to graduation: two a year from the entry (spring entry: one less). */
    static int semesters(Student s, int graduationYear) {
        int n = (graduationYear - s.entryYear()) * 2 - (s.entrySeason() == Season.SPRING ? 1 : 0);
        return Math.max(1, Math.min(20, n));
    }

    private static void moral(Student s, Assessments a, GraduationTerms terms, List<Unmet> unmet) {
        int expected = semesters(s, terms.graduationYear());
        Set<Integer> missing = new TreeSet<>();
        for (int i = 1; i <= expected; i++) {
            missing.add(i);
        }
        a.moral().forEach(m -> missing.remove(m.semester()));
        if (!missing.isEmpty()) {
            unmet.add(new Unmet(Condition.MORAL_EVALUATION_MISSING, "R-ASM-1", "第"
                    + missing.stream().map(String::valueOf).collect(Collectors.joining("、")) + "学期没有思想品德评价"));
        }
        MoralEvaluation last = a.moral().stream().filter(m -> m.semester() <= expected)
                .max(java.util.Comparator.comparingInt(MoralEvaluation::semester)).orElse(null);
        if (last != null && last.grade() == Grade.FAIL) {
            unmet.add(new Unmet(Condition.MORAL_EVALUATION_FAILED, "R-GRD-1", "第" + last.semester()
                    + "学期（毕业学期）思想品德评价为不合格"));
        }
    }

    private static void courses(Assessments a, GraduationTerms terms, List<Unmet> unmet) {
        if (a.courses().isEmpty()) {
            unmet.add(new Unmet(Condition.COURSES_MISSING, "R-GRD-1", "没有任何课程成绩记录"));
            return;
        }
        if (terms.creditSystem()) {
            BigDecimal earned = a.courses().stream().map(CourseResult::earnedCredits).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (earned.compareTo(terms.creditsRequired()) < 0) {
                unmet.add(new Unmet(Condition.CREDITS_SHORT, "R-GRD-1", "已获 " + plain(earned) + " 学分，毕业须 "
                        + plain(terms.creditsRequired()) + " 学分"));
            }
            return;
        }
        List<String> failed = a.courses().stream().filter(c -> !c.finallyPassed())
                .map(c -> c.courseName() + "（第" + c.semester() + "学期，" + (c.makeupPassed() == null ? "未补考" : "补考不合格") + "）")
                .toList();
        if (!failed.isEmpty()) {
            unmet.add(new Unmet(Condition.COURSE_FAILED, "R-GRD-1", String.join("、", failed)));
        }
    }

    private static void internship(Student s, Assessments a, List<Unmet> unmet) {
        List<InternshipAppraisal> counted = new ArrayList<>();
        for (InternshipAppraisal i : a.internships()) {
            if (i.kind() == InternshipKind.WAIVED && s.learningForm() != LearningForm.FLEXIBLE) {
                unmet.add(new Unmet(Condition.INTERNSHIP_MISSING, "R-INT-1", "只有弹性学习且有相关工作经历的学生可以免修实习（"
                        + i.employer() + "）"));
            } else {
                counted.add(i);
            }
        }
        if (counted.isEmpty()) {
            if (a.internships().isEmpty()) {
                unmet.add(new Unmet(Condition.INTERNSHIP_MISSING, "R-GRD-1", "没有顶岗实习或工学交替的考核记录"));
            }
            return;
        }
        if (counted.stream().noneMatch(i -> i.result().passed())) {
            unmet.add(new Unmet(Condition.INTERNSHIP_FAILED, "R-GRD-1", counted.stream()
                    .map(i -> i.employer() + "（" + i.post() + "）考核" + i.result().label()).collect(Collectors.joining("、"))));
        }
    }

    /** Returns whether this is an early graduation; adds the unmet time requirements. */
    private static boolean duration(Student s, GraduationTerms terms, boolean earlyApplied, List<Unmet> unmet) {
        int year = terms.graduationYear();
        int normal = normalEnd(s);
        int studied = year - s.entryYear();
        boolean flexible = s.learningForm() == LearningForm.FLEXIBLE;
        int min = s.durationYears();
        int max = s.durationYears();
        if (terms.creditSystem()) {
            min = s.durationYears() - 1;
            max = s.durationYears() + 3;
        }
        if (flexible) {
            boolean senior = s.intakeLevel() == IntakeLevel.SENIOR;
            min = Math.min(min, senior ? 1 : 3);
            max = Math.max(max, senior ? 3 : 6);
        }
        boolean early = year < normal;
        if (early) {
            if (!earlyApplied) {
                unmet.add(new Unmet(Condition.EARLY_WITHOUT_APPLICATION, "R-GRD-2", "学制 " + s.durationYears() + " 年，应于 "
                        + normal + " 年毕业；提前毕业须本人申请"));
            }
            if (studied < min) {
                unmet.add(new Unmet(Condition.TOO_EARLY, "R-DUR-3", "在校 " + studied + " 年，少于允许的最短学习年限 " + min
                        + " 年" + (terms.creditSystem() ? "（学分制最多提前一年）" : "（未实行学分制的学校不能提前毕业）")));
            }
        }
        if ((terms.creditSystem() || flexible) && studied > max) {
            unmet.add(new Unmet(Condition.TOO_LATE, "R-DUR-3", "在校 " + studied + " 年，超过最长学习年限 " + max + " 年"));
        }
        return early;
    }

    /**
     * R-GRD-6 (第四十五条): may the student get a completion certificate (结业) instead? Only an enrolled student with
     * no running procedure, whose moral evaluation failed, or who at the end of the allowed duration still fails a
     * requirement (internship included) and does not accept repeating. Refuses with the rule id otherwise.
     */
    public static void checkCompletion(Result r, boolean declinedRepeat) {
        if (r.has(Condition.STATUS) || r.has(Condition.PENDING_PROCEDURE)) {
            throw new RuleViolation("R-GRD-6", "（第四十五条）" + r.name() + "不能结业：" + r.unmet().stream()
                    .filter(u -> u.condition() == Condition.STATUS || u.condition() == Condition.PENDING_PROCEDURE)
                    .map(Unmet::message).collect(Collectors.joining("；")) + "。");
        }
        if (r.has(Condition.MORAL_EVALUATION_FAILED)) {
            return;
        }
        if (r.eligible()) {
            throw new RuleViolation("R-GRD-6", "（第四十五条）" + r.name() + "已符合毕业条件，应颁发毕业证书而非结业证书。");
        }
        if (!r.endOfDuration()) {
            throw new RuleViolation("R-GRD-6", "（第四十五条）" + r.name() + "尚未到学制期满，不能结业。");
        }
        if (!declinedRepeat) {
            throw new RuleViolation("R-GRD-6", "（第四十五条）" + r.name() + "学制期满仍有未达要求的，须本人不接受留级方可结业："
                    + r.describe() + "。");
        }
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }
}
