package cn.jledu.studentstatus.transfer;

import cn.jledu.studentstatus.organisation.Major;
import cn.jledu.studentstatus.organisation.MajorApproval;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.School;
import cn.jledu.studentstatus.organisation.SchoolClass;
import cn.jledu.studentstatus.organisation.Term;
import cn.jledu.studentstatus.organisation.TermCalendar;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.Exemption;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentEnums.LearningForm;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The eligibility of a transfer (第十三条, 第十四条), checked before any human sees the request; each refusal names
 * its rule. The results, one line per rule, are shown to every reviewer.
 * <ul>
 *   <li>R-TRF-2: not in the first semester of study, not while suspended (the record's own check), and not in the
 *   graduating year — neither today nor on the day the transfer would take effect (the in-school's next term start,
 *   R-TRF-6): a student who would arrive in the graduating year is refused as well.</li>
 *   <li>R-CHG-1: a flexible-learning student only with the out-school's supervising bureau's explicit exception
 *   (a task of the process, not a check here).</li>
 *   <li>R-MAJ-1: the in-school runs the major (approved), the class belongs to that school, major and year group.</li>
 *   <li>R-TRF-3: a general senior-high student transferring in must still study at least 1.5 years (three
 *   semesters) at the vocational school: {@link #checkGeneralHighSchoolTransferIn}.</li>
 * </ul>
 */
@Component
class TransferEligibility {

    /** R-TRF-3: at least one and a half years, i.e. three semesters, at the vocational school. */
    static final int GENERAL_HIGH_SCHOOL_MIN_SEMESTERS = 3;

    private final TermCalendar terms;
    private final OrganisationRepository organisation;

    TransferEligibility(TermCalendar terms, OrganisationRepository organisation) {
        this.terms = terms;
        this.organisation = organisation;
    }

    /** Checks a transfer of the student to the in-school's major and class; returns the passed checks as text. */
    List<String> check(Student s, School inSchool, String inMajorCode, Long inClassId, LocalDate today) {
        List<String> passed = new ArrayList<>();
        if (inSchool.code().equals(s.schoolCode())) {
            throw new RuleViolation("R-TRF-4", "（第十四条）转入学校不能是转出学校；本校内调整专业请办理转专业。",
                    HttpStatus.BAD_REQUEST);
        }
        if (!inSchool.active()) {
            throw new RuleViolation("R-TRF-4", "（第十四条）转入学校“" + inSchool.name() + "”已停办，不能转入。");
        }
        // the status: suspended (R-TRF-2) or not enrolled (R-TRF-1); flexible learning is decided by the bureau
        s.transferOut(today, s.learningForm() == LearningForm.FLEXIBLE
                ? new Exemption("R-CHG-1", "转出学校主管教育行政部门（待审批）", "弹性学习学生转学须经批准") : null);
        passed.add("R-TRF-2 在籍，不在休学期间：符合");

        boolean spring = s.entrySeason() == Season.SPRING;
        int semester = terms.semesterOfStudy(s.schoolCode(), s.entryYear(), spring, today);
        if (semester <= 1) {
            throw new RuleViolation("R-TRF-2", "（第十四条）在中等职业学校学习未满一学期的，不予转学：该生"
                    + s.entryYear() + "年" + (spring ? "春季" : "秋季") + "入学，现在第一学期。");
        }
        passed.add("R-TRF-2 已学满一学期（现为第" + semester + "学期）：符合");
        if (terms.inGraduatingYear(s.schoolCode(), s.entryYear(), spring, s.durationYears(), today)) {
            throw new RuleViolation("R-TRF-2", "（第十四条）毕业年级学生不予转学：该生学制" + s.durationYears()
                    + "年，现为第" + semester + "学期。");
        }
        Term effective = terms.nextTermAfter(inSchool.code(), today);
        if (terms.inGraduatingYear(s.schoolCode(), s.entryYear(), spring, s.durationYears(), effective.startsOn())) {
            throw new RuleViolation("R-TRF-2", "（第十四条）毕业年级学生不予转学：转入须在转入学校学期开始时生效（"
                    + effective.startsOn() + "，" + effective.label() + "），届时该生已进入毕业年级。");
        }
        passed.add("R-TRF-2 非毕业年级（转入生效时" + effective.label() + "仍非毕业年级）：符合");
        if (s.learningForm() == LearningForm.FLEXIBLE) {
            passed.add("R-CHG-1 弹性学习学生原则上不予转学：须经转出学校主管教育行政部门批准例外");
        }

        passed.addAll(checkMajor(inSchool, inMajorCode, inClassId));
        passed.add("R-TRF-6 转入于转入学校下学期开学（" + effective.startsOn() + "）生效");
        return passed;
    }

    /** R-MAJ-1: the in-school runs the major (approved); the class belongs to that school and major. */
    private List<String> checkMajor(School inSchool, String inMajorCode, Long inClassId) {
        List<String> passed = new ArrayList<>();
        Major major = MajorApproval.check(inMajorCode, organisation.major(inMajorCode),
                organisation.isApproved(inSchool.code(), inMajorCode));
        passed.add("R-MAJ-1 转入学校经审批开设" + major.name() + "专业（" + major.code() + "）：符合");
        if (inClassId != null) {
            SchoolClass c = organisation.schoolClass(inClassId).orElseThrow(() -> new RuleViolation("R-MAJ-1",
                    "班级不存在：" + inClassId, HttpStatus.BAD_REQUEST));
            if (!c.schoolCode().equals(inSchool.code())) {
                throw new RuleViolation("R-MAJ-1", "（第十条）班级“" + c.name() + "”不属于转入学校。", HttpStatus.BAD_REQUEST);
            }
            MajorApproval.checkClass(c, major);
            passed.add("R-MAJ-1 编入班级" + c.name() + "：符合");
        }
        return passed;
    }

    /**
     * A general senior-high student's transfer-in from outside this system (R-TRF-3): the in-school is active and
     * runs the major (R-MAJ-1); from the in-school's next term start (R-TRF-6, when the transfer would take effect)
     * at least three semesters of the programme remain. Returns the passed checks as text.
     */
    List<String> checkGeneralHighSchool(School inSchool, String inMajorCode, Long inClassId, int entryYear,
                                        boolean springEntry, int durationYears, LocalDate today) {
        if (!inSchool.active()) {
            throw new RuleViolation("R-TRF-4", "（第十四条）转入学校“" + inSchool.name() + "”已停办，不能转入。");
        }
        List<String> passed = new ArrayList<>(checkMajor(inSchool, inMajorCode, inClassId));
        Term effective = terms.nextTermAfter(inSchool.code(), today);
        checkGeneralHighSchoolTransferIn(inSchool.code(), entryYear, springEntry, durationYears, effective.startsOn());
        int semester = terms.semesterOfStudy(inSchool.code(), entryYear, springEntry, effective.startsOn());
        passed.add("R-TRF-3 普通高中学生转入：自" + effective.startsOn() + "（" + effective.label() + "）起尚余"
                + (durationYears * 2 - semester + 1) + "个学期，不少于一年半：符合");
        passed.add("R-TRF-6 转入于转入学校下学期开学（" + effective.startsOn() + "）生效");
        return passed;
    }

    /**
     * R-TRF-3 (第十四条): a general senior-high student may transfer in only if at least three semesters of the
     * programme remain from the term in which the transfer takes effect (that term included).
     *
     * @param entryYear    the year group the student joins (its entry year)
     * @param effectiveDay the day the transfer-in takes effect (a term start, R-TRF-6)
     */
    void checkGeneralHighSchoolTransferIn(String inSchoolCode, int entryYear, boolean springEntry, int durationYears,
                                          LocalDate effectiveDay) {
        int semester = terms.semesterOfStudy(inSchoolCode, entryYear, springEntry, effectiveDay);
        int remaining = durationYears * 2 - semester + 1;
        if (remaining < GENERAL_HIGH_SCHOOL_MIN_SEMESTERS) {
            throw new RuleViolation("R-TRF-3", "（第十四条）普通高中学生转入中等职业学校，在中等职业学校学习时间不得少于一年半："
                    + "自" + effectiveDay + "起仅余" + remaining + "个学期。");
        }
    }
}
