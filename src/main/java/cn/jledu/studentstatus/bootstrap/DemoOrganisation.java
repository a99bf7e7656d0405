package cn.jledu.studentstatus.bootstrap;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.archive.ArchiveEntryKind;
import cn.jledu.studentstatus.organisation.BureauLevel;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.IdentitySync;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.School;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.organisation.StudentStatusSettings;
import cn.jledu.studentstatus.student.Gender;
import cn.jledu.studentstatus.student.IdNumber;
import cn.jledu.studentstatus.student.IdType;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentEnums.EducationCategory;
import cn.jledu.studentstatus.student.StudentEnums.HouseholdType;
import cn.jledu.studentstatus.student.StudentEnums.IntakeLevel;
import cn.jledu.studentstatus.student.StudentEnums.LearningForm;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import cn.jledu.studentstatus.student.StudentEnums.StudentCategory;
import cn.jledu.studentstatus.student.StudentRecords;
import cn.jledu.studentstatus.student.StudentStatus;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The demo organisation (docs/demo.md): five schools (province-, city- and county-run, one in 延边), their
 * approved majors, classes with students, and one user per role with the demo password. Loaded only when
 * {@code studentstatus.demo.enabled} is true, and only once.
 */
@Component
public class DemoOrganisation {

    /** A demo school and the short name its users' ids start with. */
    public record DemoSchool(String code, String name, BureauLevel runBy, String bureau, String shortName,
                             String division, List<String> majors) {
    }

    /** A demo bureau reviewer. */
    public record DemoReviewer(String userId, String bureauCode, String name) {
    }

    public static final List<DemoSchool> SCHOOLS = List.of(
            new DemoSchool("2200000001", "吉林省交通运输职业学校", BureauLevel.PROVINCE, "220000", "sheng", "220104",
                    List.of("700206", "710201", "730701")),
            new DemoSchool("2201000001", "长春市第一职业中等专业学校", BureauLevel.CITY, "220100", "cc1", "220102",
                    List.of("710201", "720201", "730301", "750201")),
            new DemoSchool("2201220001", "农安县职业教育中心", BureauLevel.COUNTY, "220122", "nongan", "220122",
                    List.of("610102", "610301", "660301", "710201")),
            new DemoSchool("2202210001", "永吉县职业教育中心", BureauLevel.COUNTY, "220221", "yongji", "220221",
                    List.of("610207", "700206", "740201")),
            new DemoSchool("2224010001", "延吉市职业技术学校", BureauLevel.COUNTY, "222401", "yanji", "222401",
                    List.of("710202", "740201", "770101")));

    public static final List<DemoReviewer> REVIEWERS = List.of(
            new DemoReviewer("province-reviewer", "220000", "省教育厅职成处审核员"),
            new DemoReviewer("changchun-bureau", "220100", "长春市教育局审核员"),
            new DemoReviewer("jilincity-bureau", "220200", "吉林市教育局审核员"),
            new DemoReviewer("yanbian-bureau", "222400", "延边州教育局审核员"),
            new DemoReviewer("nongan-bureau", "220122", "农安县教育局审核员"),
            new DemoReviewer("yongji-bureau", "220221", "永吉县教育局审核员"),
            new DemoReviewer("yanji-bureau", "222401", "延吉市教育局审核员"));

    /** The demo account administrator of a reviewer's bureau: {@code nongan-bureau} → {@code nongan-accounts}. */
    public static String accountAdmin(DemoReviewer reviewer) {
        return reviewer.userId().substring(0, reviewer.userId().indexOf('-')) + "-accounts";
    }

    private static final String[] NAMES = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周杰", "吴敏",
        "徐强", "孙悦", "马超", "朱琳", "胡军", "郭婷", "何鹏", "高雪", "林峰", "罗佳", "王䶮", "𠮷祥云"};

    private final OrganisationRepository organisation;
    private final StudentRecords records;
    private final Archive archive;
    private final IdentitySync identity;
    private final StudentStatusSettings settings;

    DemoOrganisation(OrganisationRepository organisation, StudentRecords records, Archive archive,
                     IdentitySync identity, StudentStatusSettings settings) {
        this.organisation = organisation;
        this.records = records;
        this.archive = archive;
        this.identity = identity;
        this.settings = settings;
    }

    public static String userId(DemoSchool school, SchoolRole role) {
        return school.shortName() + "-" + role.suffix();
    }

    void loadOrganisation() {
        if (organisation.school(SCHOOLS.get(0).code()).isPresent()) {
            return;
        }
        for (DemoSchool s : SCHOOLS) {
            organisation.insertSchool(new School(s.code(), s.name(), s.runBy(), s.bureau(), true));
            for (String major : s.majors()) {
                organisation.approveMajor(s.code(), major, LocalDate.of(2021, 7, 1), "演示批文");
            }
        }
    }

    void loadUsersAndStudents() {
        String password = settings.demo().password();
        for (DemoSchool s : SCHOOLS) {
            for (SchoolRole role : SchoolRole.values()) {
                identity.ensureUser(userId(s, role), s.name(), role.label(), password,
                        List.of(GroupIds.school(s.code(), role)));
            }
        }
        for (DemoReviewer r : REVIEWERS) {
            identity.ensureUser(r.userId(), r.name(), "", password, List.of(GroupIds.bureauReviewer(r.bureauCode())));
            identity.ensureUser(accountAdmin(r), r.name().replace("审核员", "账号管理员"), "", password,
                    List.of(GroupIds.bureauAccountAdmin(r.bureauCode())));
        }
        if (!organisation.classes(SCHOOLS.get(0).code()).isEmpty()) {
            return;
        }
        int nameIndex = 0;
        for (DemoSchool s : SCHOOLS) {
            int sequence = 1;
            for (int yearGroup : new int[] {2025, 2026}) {
                String major = s.majors().get(yearGroup == 2025 ? 0 : 1 % s.majors().size());
                String className = yearGroup + "级" + organisation.major(major).orElseThrow().name() + "1班";
                long classId = organisation.insertClass(s.code(), major, className, yearGroup,
                        userId(s, SchoolRole.HEAD_TEACHER));
                for (int i = 0; i < 5; i++) {
                    String name = NAMES[nameIndex++ % NAMES.length];
                    Gender gender = i % 2 == 0 ? Gender.MALE : Gender.FEMALE;
                    LocalDate birth = LocalDate.of(yearGroup - 15, 1 + i * 2, 10 + i);
                    String first17 = s.division() + birth.toString().replace("-", "")
                            + String.format("%02d", sequence % 100) + (gender == Gender.MALE ? "1" : "2");
                    IdNumber id = new IdNumber(IdType.RESIDENT_ID, first17 + IdNumber.checkCharacter(first17));
                    String number = s.code() + yearGroup + String.format("%05d", sequence++);
                    Student student = records.importExisting(new Student(null, number, name, gender, birth, "汉族", id,
                            HouseholdType.AGRICULTURAL, "吉林省", "家长" + name.charAt(0), "13800000000", null,
                            s.code(), major, classId, yearGroup, Season.AUTUMN, yearGroup, IntakeLevel.JUNIOR,
                            LearningForm.FULL_TIME, EducationCategory.FULL_TIME, 3, StudentCategory.DOMESTIC,
                            StudentStatus.ENROLLED, 0));
                    archive.add(student.id(), ArchiveEntryKind.BASIC_INFORMATION, "新生基本信息（演示数据）",
                            name + "，" + s.name() + "，" + className, null, null);
                }
            }
        }
    }
}
