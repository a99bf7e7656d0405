package cn.jledu.studentstatus.organisation;

import cn.jledu.studentstatus.platform.RuleViolation;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators maintain the organisation: a new school (its staff groups are created at once), a major of the
 * national catalogue, a school's approval to run a major (R-MAJ-1) and its classes. Bureaus come from GB/T 2260 and
 * change only by a migration (docs/admin-guide.md). Every input is checked first: a refusal changes nothing.
 */
@Service
public class OrganisationAdministration {

    public record NewSchool(String code, String name, BureauLevel runBy, String supervisingBureauCode) {
    }

    public record NewMajor(String code, String name, String categoryCode, boolean agricultureRelated,
                           boolean primaryIntakeAllowed, Integer qualificationDuration) {
    }

    public record MajorApprovalRecord(String majorCode, LocalDate approvedOn, String approvalRef) {
    }

    public record NewClass(String name, String majorCode, int yearGroup, String headTeacherUserId) {
    }

    private final OrganisationRepository repository;
    private final IdentitySync identity;
    private final JdbcClient jdbc;

    OrganisationAdministration(OrganisationRepository repository, IdentitySync identity, JdbcClient jdbc) {
        this.repository = repository;
        this.identity = identity;
        this.jdbc = jdbc;
    }

    @Transactional
    public School addSchool(NewSchool s) {
        if (s.code() == null || !s.code().matches("\\d{10}")) {
            throw bad("学校代码须为10位数字。");
        }
        if (blank(s.name()) || s.name().strip().length() > 100) {
            throw bad("请填写学校名称（不超过100字）。");
        }
        if (repository.school(s.code()).isPresent()) {
            throw new RuleViolation("ORG-1", "学校代码" + s.code() + "已存在。", HttpStatus.CONFLICT);
        }
        Bureau bureau = repository.bureau(s.supervisingBureauCode() == null ? "" : s.supervisingBureauCode())
                .orElseThrow(() -> bad("主管教育行政部门代码不存在：" + s.supervisingBureauCode()));
        if (s.runBy() == null || bureau.level() != s.runBy()) {
            throw bad("学校的举办层级（runBy）须与主管教育行政部门的层级一致：" + bureau.name() + "为"
                    + bureau.level() + "。");
        }
        School school = new School(s.code(), s.name().strip(), s.runBy(), bureau.code(), true);
        repository.insertSchool(school);
        identity.syncAll();
        return school;
    }

    @Transactional
    public Major addMajor(NewMajor m) {
        if (m.code() == null || !m.code().matches("\\d{6}")) {
            throw bad("专业代码须为6位数字（《职业教育专业目录》）。");
        }
        if (blank(m.name())) {
            throw bad("请填写专业名称。");
        }
        if (m.categoryCode() == null || !m.code().startsWith(m.categoryCode())
                || jdbc.sql("SELECT COUNT(*) FROM major_category WHERE code = ?").param(m.categoryCode())
                .query(Integer.class).single() == 0) {
            throw bad("专业大类代码须存在，且为专业代码的前两位。");
        }
        if (m.qualificationDuration() != null && (m.qualificationDuration() < 1 || m.qualificationDuration() > 6)) {
            throw bad("职业资格规定的学制须为1至6年。");
        }
        if (jdbc.sql("SELECT COUNT(*) FROM major WHERE code = ?").param(m.code()).query(Integer.class).single() > 0) {
            throw new RuleViolation("ORG-1", "专业代码" + m.code() + "已存在。", HttpStatus.CONFLICT);
        }
        jdbc.sql("""
                        INSERT INTO major (code, name, category_code, agriculture_related, primary_intake_allowed,
                          qualification_duration) VALUES (?, ?, ?, ?, ?, ?)""")
                .params(m.code(), m.name().strip(), m.categoryCode(), m.agricultureRelated(), m.primaryIntakeAllowed(),
                        m.qualificationDuration())
                .update();
        return repository.major(m.code()).orElseThrow();
    }

    @Transactional
    public void approveMajor(String schoolCode, MajorApprovalRecord a) {
        school(schoolCode);
        if (a.majorCode() == null || repository.major(a.majorCode()).isEmpty()) {
            throw new RuleViolation("R-MAJ-1", "（第十条）专业代码“" + a.majorCode() + "”不在国家专业目录中。");
        }
        if (a.approvedOn() == null || blank(a.approvalRef())) {
            throw new RuleViolation("R-MAJ-1", "（第十条）请填写专业设置的批准日期和批准文号。", HttpStatus.BAD_REQUEST);
        }
        if (repository.isApproved(schoolCode, a.majorCode())) {
            throw new RuleViolation("ORG-1", "该校已获准开设此专业。", HttpStatus.CONFLICT);
        }
        repository.approveMajor(schoolCode, a.majorCode(), a.approvedOn(), a.approvalRef().strip());
    }

    @Transactional
    public SchoolClass addClass(String schoolCode, NewClass c) {
        school(schoolCode);
        if (blank(c.name()) || c.name().strip().length() > 50) {
            throw bad("请填写班级名称（不超过50字）。");
        }
        Major major = MajorApproval.check(c.majorCode(), repository.major(c.majorCode() == null ? "" : c.majorCode()),
                c.majorCode() != null && repository.isApproved(schoolCode, c.majorCode()));
        if (c.yearGroup() < 2000 || c.yearGroup() > 2100) {
            throw bad("年级须为入学年份，例如2026。");
        }
        if (repository.classes(schoolCode).stream().anyMatch(x -> x.name().equals(c.name().strip()))) {
            throw new RuleViolation("ORG-1", "本校已有名为“" + c.name().strip() + "”的班级。", HttpStatus.CONFLICT);
        }
        long id = repository.insertClass(schoolCode, major.code(), c.name().strip(), c.yearGroup(),
                blank(c.headTeacherUserId()) ? null : c.headTeacherUserId().strip());
        return repository.schoolClass(id).orElseThrow();
    }

    private School school(String code) {
        return repository.school(code).orElseThrow(() -> new cn.jledu.studentstatus.platform.NotFound(
                "学校不存在：" + code));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static RuleViolation bad(String message) {
        return new RuleViolation("ORG-2", message, HttpStatus.BAD_REQUEST);
    }
}
