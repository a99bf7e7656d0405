package cn.jledu.studentstatus.support;

import cn.jledu.studentstatus.bootstrap.DemoOrganisation.DemoSchool;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.SchoolClass;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Fresh enrolled students for tests that change a student (sanctions, awards), kept apart from the demo classes. */
@Component
public class StudentFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 500));

    private final StudentRecords students;
    private final OrganisationRepository organisation;

    StudentFixtures(StudentRecords students, OrganisationRepository organisation) {
        this.students = students;
        this.organisation = organisation;
    }

    /** A new enrolled student of the school (no class), with a valid unique resident ID number. */
    public Student enrolled(DemoSchool school) {
        return enrolled(school, null);
    }

    /** As {@link #enrolled(DemoSchool)} with the given name (e.g. one with a rare character: 王䶮), else 测试学生N. */
    public Student enrolled(DemoSchool school, String name) {
        int n = SEQUENCE.incrementAndGet();
        LocalDate birth = LocalDate.of(2009, 1, 1).plusDays(n % 365);
        String first17 = school.division() + birth.toString().replace("-", "") + String.format("%03d", 100 + n % 900);
        IdNumber id = new IdNumber(IdType.RESIDENT_ID, first17 + IdNumber.checkCharacter(first17));
        SchoolClass any = organisation.classes(school.code()).get(0);
        return students.importExisting(new Student(null, "T" + school.code() + String.format("%06d", n),
                name == null ? "测试学生" + n : name,
                Gender.MALE, birth, "汉族", id, HouseholdType.AGRICULTURAL, "吉林省", "家长" + n, "13800000000", null,
                school.code(), any.majorCode(), null, 2025, Season.AUTUMN, 2025, IntakeLevel.JUNIOR,
                LearningForm.FULL_TIME, EducationCategory.FULL_TIME, 3, StudentCategory.DOMESTIC, StudentStatus.ENROLLED, 0));
    }
}
