package cn.jledu.studentstatus.registration;

import cn.jledu.studentstatus.student.Intake;

import cn.jledu.studentstatus.organisation.Major;
import cn.jledu.studentstatus.organisation.MajorApproval;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.SchoolClass;
import cn.jledu.studentstatus.platform.FreeTextPolicy;
import cn.jledu.studentstatus.platform.InvalidInput;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.IdNumber;
import cn.jledu.studentstatus.student.IdType;
import cn.jledu.studentstatus.student.StudentEnums.IntakeLevel;
import cn.jledu.studentstatus.student.StudentEnums.LearningForm;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import cn.jledu.studentstatus.student.StudentEnums.StudentCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The rules a registration must satisfy before it is recorded (rules.md section 1 and 2). Each refusal names
 * its rule and the column of the upload template it concerns.
 */
@Component
public class RegistrationPolicy {

    private final OrganisationRepository organisation;
    private final FreeTextPolicy text;

    RegistrationPolicy(OrganisationRepository organisation) {
        this(organisation, null);
    }

    /** @param text the check of text that reaches documents (issue 13 §4); null in unit tests: not checked */
    @org.springframework.beans.factory.annotation.Autowired
    RegistrationPolicy(OrganisationRepository organisation, FreeTextPolicy text) {
        this.organisation = organisation;
        this.text = text;
    }

    /** The window of the intake must be open on the registration day (R-REG-6). */
    public void checkWindow(Intake intake, LocalDate today) {
        if (today.isAfter(intake.closes())) {
            throw new RuleViolation("R-REG-6", "（第七条）" + intake.label() + "注册已于" + intake.closes()
                    + "截止，逾期不再办理。");
        }
        if (today.isBefore(intake.opens())) {
            throw new RuleViolation("R-REG-6", "（第七条）" + intake.label() + "注册自" + intake.opens() + "开始受理。");
        }
    }

    /**
     * Text that reaches the filing list, certificates and letters must be printable there (issue 13 §4): the same
     * check as every text of our API and forms ({@link FreeTextPolicy}), here for uploads and single registrations.
     */
    private void printable(List<Problem> problems, Integer row, String column, String field, String value, int max) {
        if (text == null || value == null) {
            return;
        }
        try {
            text.check(field, column, value, max);
        } catch (InvalidInput e) {
            problems.add(new Problem(row, column, "R-REG-2", e.getMessage()));
        }
    }

    /** All problems of one applicant; empty when it may be registered. */
    public List<Problem> check(String schoolCode, Intake intake, Applicant a, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        Integer row = a.rowNumber();
        require(problems, row, "姓名", a.name() != null && !a.name().isBlank(), "R-REG-2", "姓名不能为空。");
        if (a.name() != null && a.name().strip().length() > 50) {
            problems.add(new Problem(row, "姓名", "R-REG-2", "姓名过长。"));
        }
        printable(problems, row, "姓名", "name", a.name(), 50);
        printable(problems, row, "民族", "ethnicity", a.ethnicity(), 20);
        printable(problems, row, "家庭住址", "address", a.address(), 200);
        printable(problems, row, "监护人姓名", "guardianName", a.guardianName(), 50);
        require(problems, row, "性别", a.gender() != null, "R-REG-2", "请填写性别（男/女）。");
        require(problems, row, "出生日期", a.birthDate() != null, "R-REG-2", "请填写出生日期。");
        require(problems, row, "录取通知书编号", notBlank(a.admissionNoticeNo()), "R-REG-2",
                "（第五条）凭录取通知书注册：请填写录取通知书编号。");
        require(problems, row, "已查验证件原件", a.idOriginalSeen(), "R-REG-2",
                "（第五条）须查验学生本人身份证件（身份证、户口簿或境外学生的证件）原件。");
        require(problems, row, "已留存证件复印件", a.idCopyKept(), "R-REG-2", "（第五条）须留存身份证件复印件。");
        try {
            IdNumber.of(a.idType() == null ? IdType.RESIDENT_ID : a.idType(), a.idNumber(), a.birthDate(), a.gender(),
                    today);
        } catch (RuleViolation e) {
            problems.add(new Problem(row, "证件号码", e.ruleId(), stripRule(e)));
        }
        StudentCategory category = a.studentCategory() == null ? StudentCategory.DOMESTIC : a.studentCategory();
        IdType idType = a.idType() == null ? IdType.RESIDENT_ID : a.idType();
        if (!documentFits(category, idType)) {
            problems.add(new Problem(row, "证件类型", "R-REG-14", category == StudentCategory.DOMESTIC
                    ? "（第六条）" + idType.label() + "不是境内学生的证件：港澳台、外国或无国籍学生请填写学生类别，"
                    + "按国家有关规定另行办理。"
                    : "（第六条）" + category.label() + "的证件类型应为" + String.join("、",
                    allowedDocuments(category).stream().map(IdType::label).toList()) + "，填写的是" + idType.label() + "。"));
        }
        Optional<Major> major = a.majorCode() == null ? Optional.empty() : organisation.major(a.majorCode().strip());
        try {
            MajorApproval.check(a.majorCode(), major,
                    major.isPresent() && organisation.isApproved(schoolCode, major.get().code()));
        } catch (RuleViolation v) {
            problems.add(new Problem(row, "专业代码", v.ruleId(), stripRule(v)));
        }
        if (a.intakeLevel() == null) {
            problems.add(new Problem(row, "入学前学历", "R-REG-1", "请填写入学前学历（小学毕业/初中毕业/高中毕业/"
                    + "初中同等学力/高中同等学力）。"));
        } else {
            IntakeLevel level = a.intakeLevel().base();
            if (level == IntakeLevel.PRIMARY && major.isPresent() && !major.get().primaryIntakeAllowed()) {
                problems.add(new Problem(row, "入学前学历", "R-REG-1", "（第四条）招收对象为初中毕业或具有同等学力者；"
                        + "只有艺术表演、体育类专业可招收小学毕业生，“" + major.get().name() + "”不可。"));
            }
            // R-REG-2: a junior graduate of an earlier year shows the certificate; without a year we cannot tell,
            // so a blank year never skips the check (equivalent attainment has no graduation certificate)
            boolean earlierOrUnknownJuniorGraduate = a.intakeLevel() == IntakeLevel.JUNIOR
                    && (a.graduationYear() == null || a.graduationYear() < intake.year());
            if ((a.intakeLevel() == IntakeLevel.SENIOR || earlierOrUnknownJuniorGraduate)
                    && !notBlank(a.graduationCertificateNo())) {
                problems.add(new Problem(row, "毕业证书编号", "R-REG-2", "（第五条）高中毕业生和往届初中毕业生须查验毕业证书，"
                        + "请填写毕业证书编号" + (a.intakeLevel() == IntakeLevel.JUNIOR && a.graduationYear() == null
                        ? "（未填写毕业年份的，按往届生查验）" : "") + "。"));
            }
            if (intake.season() == Season.SPRING && a.intakeLevel() == IntakeLevel.JUNIOR
                    && (a.graduationYear() == null || a.graduationYear() >= intake.year())) {
                problems.add(new Problem(row, "毕业年份", "R-REG-6", "（第七条）春季注册只适用于非应届初中毕业生，"
                        + "请填写早于" + intake.year() + "年的初中毕业年份。"));
            }
            checkDuration(problems, row, a, major.orElse(null));
        }
        require(problems, row, "学习形式", a.learningForm() != null, "R-DUR-2", "请填写学习形式（全日制学习/弹性学习）。");
        require(problems, row, "学籍类别", a.educationCategory() != null, "R-REG-8",
                "（通知第五条）请注明全日制学历教育或非全日制学历教育。");
        if (a.threePlusTwo() && !notBlank(a.threePlusTwoPapers())) {
            problems.add(new Problem(row, "3+2录取材料", "R-REG-9", "（第五条）“3+2”五年制高职学生须查验其录取材料，"
                    + "请填写材料编号。"));
        }
        if (a.jointProgramme() && !notBlank(a.jointProgrammeRegion())) {
            problems.add(new Problem(row, "联合办学合作学校所在地", "R-REG-10", "（第五条）跨地区联合办学的学生须写明合作学校"
                    + "所在地区（如 辽宁省沈阳市），由本校主管教育行政部门审核批准后在本校注册。"));
        }
        if (!a.jointProgramme() && notBlank(a.jointProgrammeRegion())) {
            problems.add(new Problem(row, "联合办学合作学校", "R-REG-10", "填写了合作学校所在地，请同时填写联合办学合作学校名称。"));
        }
        if (notBlank(a.jointProgrammePartner()) && a.jointProgrammePartner().strip().length() > 100
                || notBlank(a.jointProgrammeRegion()) && a.jointProgrammeRegion().strip().length() > 100) {
            problems.add(new Problem(row, "联合办学合作学校", "R-REG-10", "合作学校名称或所在地过长（不超过100字）。"));
        }
        if (notBlank(a.className())) {
            Optional<SchoolClass> c = organisation.classes(schoolCode).stream()
                    .filter(x -> x.name().equals(a.className().strip())).findFirst();
            if (c.isEmpty()) {
                problems.add(new Problem(row, "班级", null, "本校没有名为“" + a.className() + "”的班级，请先建班或留空。"));
            } else if (major.isPresent()) {
                try {
                    MajorApproval.checkClass(c.get(), major.get());
                } catch (RuleViolation v) {
                    problems.add(new Problem(row, "班级", v.ruleId(), stripRule(v)));
                }
            }
        }
        return problems;
    }

    /**
     * R-DUR-1 (basic duration) and R-DUR-2 (flexible learning ranges), both Art. 11. The basic durations are
     * norms (“以3年为主”, “以1年为主”, “以六年为主”): full-time study accepts the basic duration or longer, up to the
     * longest flexible duration of that start (junior 6, senior 3, primary 6). Where a vocational qualification
     * fixes the duration, “招收学生无论初、高中毕业起点，学制应达到职业资格规定的年限”: whatever the start, at least
     * that duration.
     */
    private void checkDuration(List<Problem> problems, Integer row, Applicant a, Major major) {
        if (a.durationYears() == null || a.learningForm() == null) {
            require(problems, row, "学制", a.durationYears() != null, "R-DUR-1", "请填写学制（年）。");
            return;
        }
        int d = a.durationYears();
        IntakeLevel level = a.intakeLevel().base();
        if (a.learningForm() == LearningForm.FLEXIBLE) {
            int min = level == IntakeLevel.SENIOR ? 1 : 3;
            int max = level == IntakeLevel.SENIOR ? 3 : 6;
            if (level == IntakeLevel.PRIMARY) {
                min = 6;
            }
            if (d < min || d > max) {
                problems.add(new Problem(row, "学制", "R-DUR-2", "（第十一条）弹性学习" + a.intakeLevel().label()
                        + "起点的学习年限为" + min + (min == max ? "" : "至" + max) + "年，填写的是" + d + "年。"));
            }
            return;
        }
        DurationRange range = fullTimeRange(level, major == null ? null : major.qualificationDuration());
        if (d < range.min() || d > range.max()) {
            problems.add(new Problem(row, "学制", "R-DUR-1", "（第十一条）全日制" + a.intakeLevel().label()
                    + "起点" + (major == null ? "" : "“" + major.name() + "”专业") + "的学制"
                    + (range.qualification() ? "应达到职业资格规定的" + range.min() + "年" : "以" + range.basic() + "年为主")
                    + "，可填写" + range.min() + (range.min() == range.max() ? "" : "至" + range.max())
                    + "年，填写的是" + d + "年。"));
        }
    }

    /** What R-DUR-1 accepts for full-time study: the basic duration, the qualification's, the upper bound. */
    record DurationRange(int basic, int min, int max, boolean qualification) {
    }

    static DurationRange fullTimeRange(IntakeLevel level, Integer qualificationDuration) {
        int basic = switch (level.base()) {
            case PRIMARY -> 6;
            case SENIOR -> 1;
            default -> 3;
        };
        int max = level.base() == IntakeLevel.SENIOR ? 3 : 6;
        boolean qualification = qualificationDuration != null && qualificationDuration > basic;
        int min = qualification ? qualificationDuration : basic;
        return new DurationRange(basic, min, Math.max(max, min), qualification);
    }

    /**
     * R-REG-14: the identity documents of each student category. 境内学生: the resident ID (or household register).
     * 港澳台学生: 港澳居民来往内地通行证, 台湾居民来往大陆通行证 or their residence permits (港澳台居民居住证, which carry a
     * GB 11643 number with its check character). 外国学生: passport or 外国人永久居留身份证. 无国籍学生: the travel document
     * (其他) or 外国人永久居留身份证. Only the GB 11643 documents are checked against the mainland checksum.
     */
    static List<IdType> allowedDocuments(StudentCategory category) {
        return switch (category) {
            case DOMESTIC -> List.of(IdType.RESIDENT_ID, IdType.OTHER);
            case HK_MACAO_TAIWAN -> List.of(IdType.HKMO_PASS, IdType.TW_PASS, IdType.HKMO_RESIDENCE_PERMIT,
                    IdType.TW_RESIDENCE_PERMIT);
            case FOREIGN -> List.of(IdType.PASSPORT, IdType.FOREIGN_PERMANENT_RESIDENCE);
            case STATELESS -> List.of(IdType.OTHER, IdType.FOREIGN_PERMANENT_RESIDENCE);
        };
    }

    static boolean documentFits(StudentCategory category, IdType type) {
        return allowedDocuments(category).contains(type);
    }

    private static void require(List<Problem> problems, Integer row, String column, boolean ok, String rule,
                                String message) {
        if (!ok) {
            problems.add(new Problem(row, column, rule, message));
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String stripRule(RuleViolation e) {
        String m = e.getMessage();
        String prefix = e.ruleId() + "：";
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }
}
