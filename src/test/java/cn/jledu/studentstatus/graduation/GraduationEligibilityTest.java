package cn.jledu.studentstatus.graduation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jledu.studentstatus.assessment.AssessmentRecords;
import cn.jledu.studentstatus.assessment.Assessments;
import cn.jledu.studentstatus.assessment.CourseKind;
import cn.jledu.studentstatus.assessment.CourseResult;
import cn.jledu.studentstatus.assessment.ExamKind;
import cn.jledu.studentstatus.assessment.Grade;
import cn.jledu.studentstatus.assessment.InternshipAppraisal;
import cn.jledu.studentstatus.assessment.InternshipKind;
import cn.jledu.studentstatus.assessment.MoralEvaluation;
import cn.jledu.studentstatus.graduation.Unmet.Condition;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.Approval;
import cn.jledu.studentstatus.student.Gender;
import cn.jledu.studentstatus.student.IdNumber;
import cn.jledu.studentstatus.student.IdType;
import cn.jledu.studentstatus.student.ProcedureLock;
import cn.jledu.studentstatus.student.StatusChange;
import cn.jledu.studentstatus.student.StatusChangeKind;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentEnums.EducationCategory;
import cn.jledu.studentstatus.student.StudentEnums.HouseholdType;
import cn.jledu.studentstatus.student.StudentEnums.IntakeLevel;
import cn.jledu.studentstatus.student.StudentEnums.LearningForm;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import cn.jledu.studentstatus.student.StudentEnums.StudentCategory;
import cn.jledu.studentstatus.student.StudentProcedure;
import cn.jledu.studentstatus.student.StudentStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-GRD-1, R-GRD-2, R-GRD-6, R-DUR-3, R-INT-1: each unmet requirement reported by name; plain JUnit. */
class GraduationEligibilityTest {

    static final GraduationTerms PLAIN = GraduationTerms.withoutCredits(2028);

    static Student student(StudentStatus status, LearningForm form, int entryYear) {
        String first17 = "22010220090101" + "123";
        return new Student(1L, "G0001", "李明", Gender.MALE, LocalDate.of(2009, 1, 1), "汉族",
                new IdNumber(IdType.RESIDENT_ID, first17 + IdNumber.checkCharacter(first17)), HouseholdType.AGRICULTURAL,
                "吉林省", "家长", "13800000000", null, "2201000001", "660301", null, entryYear, Season.AUTUMN, entryYear,
                IntakeLevel.JUNIOR, form, EducationCategory.FULL_TIME, 3, StudentCategory.DOMESTIC, status, 0);
    }

    static Student enrolled() {
        return student(StudentStatus.ENROLLED, LearningForm.FULL_TIME, 2025);
    }

    /** Six passed semesters, two passed courses with 4 credits each, a passed internship. */
    static Assessments complete() {
        List<MoralEvaluation> moral = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            moral.add(new MoralEvaluation(1L, i, Grade.GOOD, "表现良好"));
        }
        return new Assessments(moral, List.of(course("语文", 1, "80", null), course("汽车维修", 3, "90", null)),
                List.of(internship(Grade.PASS, InternshipKind.INTERNSHIP)));
    }

    static CourseResult course(String name, int semester, String score, String makeup) {
        return AssessmentRecords.scored(1L, semester, name, CourseKind.FOUNDATION, new BigDecimal(score),
                ExamKind.REGULAR, new BigDecimal("4"), makeup == null ? null : new BigDecimal(makeup));
    }

    static InternshipAppraisal internship(Grade result, InternshipKind kind) {
        return new InternshipAppraisal(1L, kind, "一汽解放", "装配工", LocalDate.of(2027, 9, 1), LocalDate.of(2028, 6, 30),
                result, null);
    }

    static GraduationEligibility.Result assess(Student s, Assessments a) {
        return GraduationEligibility.assess(s, List.of(), null, a, PLAIN, false);
    }

    @Test
    void aStudentWhoMeetsEveryRequirementIsEligible() {
        GraduationEligibility.Result r = assess(enrolled(), complete());
        assertThat(r.unmet()).isEmpty();
        assertThat(r.eligible()).isTrue();
        assertThat(r.early()).isFalse();
    }

    @Test
    void everyUnmetRequirementIsNamedAtOnce() {
        Assessments a = new Assessments(
                List.of(new MoralEvaluation(1L, 1, Grade.PASS, "合格"), new MoralEvaluation(1L, 6, Grade.FAIL, "违纪")),
                List.of(course("语文", 1, "40", "50"), course("数学", 2, "30", null), course("汽车维修", 3, "90", null)),
                List.of(internship(Grade.FAIL, InternshipKind.INTERNSHIP)));
        StatusChange unreviewed = new StatusChange(1, 1, StatusChangeKind.MAJOR_CHANGE, LocalDate.of(2026, 3, 1),
                StudentStatus.ENROLLED, StudentStatus.ENROLLED, null, List.of(Approval.school("长春一职", "同意")), "MJC-1",
                null, "system", null);
        ProcedureLock lock = new ProcedureLock(1L, StudentProcedure.TRANSFER, "TRF-9", "u", null);
        GraduationEligibility.Result r = GraduationEligibility.assess(enrolled(), List.of(unreviewed), lock, a, PLAIN,
                false);
        assertThat(r.unmet()).extracting(Unmet::condition).containsExactly(Condition.UNREVIEWED_CHANGE,
                Condition.PENDING_PROCEDURE, Condition.MORAL_EVALUATION_MISSING, Condition.MORAL_EVALUATION_FAILED,
                Condition.COURSE_FAILED, Condition.INTERNSHIP_FAILED);
        assertThat(r.describe()).contains("2026-03-01 的转专业未经教育行政部门审核", "正在办理的转学（案件 TRF-9）",
                "第2、3、4、5学期没有思想品德评价", "第6学期（毕业学期）思想品德评价为不合格",
                "语文（第1学期，补考不合格）、数学（第2学期，未补考）", "一汽解放（装配工）考核不合格");
    }

    @Test
    void aReviewedChangeCounts_R_GRD_1() {
        StatusChange reviewed = new StatusChange(1, 1, StatusChangeKind.REGISTRATION, LocalDate.of(2025, 9, 20),
                StudentStatus.REGISTERING, StudentStatus.ENROLLED, null,
                List.of(new Approval(Approval.Level.CITY, "长春市教育局", "注册", null, null)), "REG-1", null, "s", null);
        assertThat(GraduationEligibility.assess(enrolled(), List.of(reviewed), null, complete(), PLAIN, false).eligible())
                .isTrue();
    }

    @Test
    void aSuspendedStudentIsNotEligible_R_GRD_1() {
        GraduationEligibility.Result r = assess(student(StudentStatus.SUSPENDED, LearningForm.FULL_TIME, 2025), complete());
        assertThat(r.unmet()).extracting(Unmet::condition).containsExactly(Condition.STATUS);
        assertThat(r.describe()).contains("休学学生须先复学");
    }

    @Test
    void aMakeUpExamPassedCounts_R_ASM_4() {
        Assessments a = complete();
        Assessments withMakeup = new Assessments(a.moral(), List.of(course("语文", 1, "45", "61")), a.internships());
        assertThat(assess(enrolled(), withMakeup).eligible()).isTrue();
    }

    @Test
    void missingCoursesAndInternshipAreNamed() {
        Assessments a = new Assessments(complete().moral(), List.of(), List.of());
        assertThat(assess(enrolled(), a).unmet()).extracting(Unmet::condition)
                .containsExactly(Condition.COURSES_MISSING, Condition.INTERNSHIP_MISSING);
    }

    @Test
    void underACreditSystemCreditsDecideNotEachCourse_R_GRD_1() {
        Assessments a = new Assessments(complete().moral(),
                List.of(course("语文", 1, "80", null), course("选修：书法", 2, "40", null), course("汽车维修", 3, "90", null)),
                complete().internships());
        GraduationTerms credits = new GraduationTerms(2028, true, new BigDecimal("8"));
        assertThat(GraduationEligibility.assess(enrolled(), List.of(), null, a, credits, false).eligible()).isTrue();
        GraduationTerms more = new GraduationTerms(2028, true, new BigDecimal("8.5"));
        GraduationEligibility.Result r = GraduationEligibility.assess(enrolled(), List.of(), null, a, more, false);
        assertThat(r.unmet()).extracting(Unmet::condition).containsExactly(Condition.CREDITS_SHORT);
        assertThat(r.describe()).contains("已获 8 学分，毕业须 8.5 学分");
    }

    @Test
    void earlyGraduationNeedsAnApplication_R_GRD_2() {
        Student s = student(StudentStatus.ENROLLED, LearningForm.FULL_TIME, 2026); // normally 2029
        GraduationTerms credits = new GraduationTerms(2028, true, new BigDecimal("8"));
        Assessments a = new Assessments(complete().moral().subList(0, 4), complete().courses(), complete().internships());
        GraduationEligibility.Result without = GraduationEligibility.assess(s, List.of(), null, a, credits, false);
        assertThat(without.unmet()).extracting(Unmet::condition).containsExactly(Condition.EARLY_WITHOUT_APPLICATION);
        GraduationEligibility.Result with = GraduationEligibility.assess(s, List.of(), null, a, credits, true);
        assertThat(with.eligible()).isTrue();
        assertThat(with.early()).isTrue();
    }

    @Test
    void atMostOneYearEarlyUnderACreditSystemAndNotWithoutOne_R_DUR_3() {
        Student twoYearsEarly = student(StudentStatus.ENROLLED, LearningForm.FULL_TIME, 2027); // normally 2030
        GraduationTerms credits = new GraduationTerms(2028, true, new BigDecimal("8"));
        Assessments a = new Assessments(complete().moral().subList(0, 2), complete().courses(), complete().internships());
        assertThat(GraduationEligibility.assess(twoYearsEarly, List.of(), null, a, credits, true).unmet())
                .extracting(Unmet::condition).containsExactly(Condition.TOO_EARLY);
        Student oneYearEarly = student(StudentStatus.ENROLLED, LearningForm.FULL_TIME, 2026);
        GraduationEligibility.Result plain = GraduationEligibility.assess(oneYearEarly, List.of(), null,
                new Assessments(complete().moral().subList(0, 4), complete().courses(), complete().internships()), PLAIN, true);
        assertThat(plain.unmet()).extracting(Unmet::condition).containsExactly(Condition.TOO_EARLY);
        assertThat(plain.describe()).contains("未实行学分制的学校不能提前毕业");
    }

    @Test
    void lateGraduationUpToThreeYearsUnderACreditSystem_R_DUR_3() {
        GraduationTerms credits2031 = new GraduationTerms(2031, true, new BigDecimal("8"));
        Student s = student(StudentStatus.ENROLLED, LearningForm.FULL_TIME, 2025);
        List<MoralEvaluation> moral = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            moral.add(new MoralEvaluation(1L, i, Grade.PASS, "合格"));
        }
        Assessments a = new Assessments(moral, complete().courses(), complete().internships());
        assertThat(GraduationEligibility.assess(s, List.of(), null, a, credits2031, false).eligible()).isTrue();
        GraduationTerms credits2032 = new GraduationTerms(2032, true, new BigDecimal("8"));
        moral.add(new MoralEvaluation(1L, 13, Grade.PASS, "合格"));
        moral.add(new MoralEvaluation(1L, 14, Grade.PASS, "合格"));
        Assessments b = new Assessments(moral, complete().courses(), complete().internships());
        assertThat(GraduationEligibility.assess(s, List.of(), null, b, credits2032, false).unmet())
                .extracting(Unmet::condition).containsExactly(Condition.TOO_LATE);
    }

    @Test
    void onlyFlexibleLearnersMayHaveTheInternshipWaived_R_INT_1() {
        Assessments waived = new Assessments(complete().moral(), complete().courses(),
                List.of(internship(Grade.PASS, InternshipKind.WAIVED)));
        assertThat(assess(enrolled(), waived).unmet()).extracting(Unmet::ruleId).containsExactly("R-INT-1");
        assertThat(assess(student(StudentStatus.ENROLLED, LearningForm.FLEXIBLE, 2025), waived).eligible()).isTrue();
    }

    @Test
    void completionForAFailedMoralEvaluationOrAtTheEndOfTheDurationWhenRepeatingIsDeclined_R_GRD_6() {
        Assessments moralFailed = new Assessments(List.of(new MoralEvaluation(1L, 1, Grade.PASS, "合格"),
                new MoralEvaluation(1L, 2, Grade.PASS, "合格"), new MoralEvaluation(1L, 3, Grade.PASS, "合格"),
                new MoralEvaluation(1L, 4, Grade.PASS, "合格"), new MoralEvaluation(1L, 5, Grade.PASS, "合格"),
                new MoralEvaluation(1L, 6, Grade.FAIL, "严重违纪")), complete().courses(), complete().internships());
        GraduationEligibility.checkCompletion(assess(enrolled(), moralFailed), false);

        Assessments courseFailed = new Assessments(complete().moral(), List.of(course("语文", 1, "40", "50")),
                complete().internships());
        GraduationEligibility.Result failing = assess(enrolled(), courseFailed);
        GraduationEligibility.checkCompletion(failing, true);
        assertThatThrownBy(() -> GraduationEligibility.checkCompletion(failing, false))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("R-GRD-6").hasMessageContaining("不接受留级");
        assertThatThrownBy(() -> GraduationEligibility.checkCompletion(assess(enrolled(), complete()), true))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("应颁发毕业证书");
        Student notYet = student(StudentStatus.ENROLLED, LearningForm.FULL_TIME, 2026);
        assertThatThrownBy(() -> GraduationEligibility.checkCompletion(assess(notYet, courseFailed), true))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("尚未到学制期满");
        assertThatThrownBy(() -> GraduationEligibility.checkCompletion(
                assess(student(StudentStatus.SUSPENDED, LearningForm.FULL_TIME, 2025), moralFailed), true))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("休学");
    }
}
