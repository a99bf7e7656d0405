package cn.jledu.studentstatus.support;

import cn.jledu.studentstatus.registration.Applicant;
import cn.jledu.studentstatus.student.Gender;
import cn.jledu.studentstatus.student.IdNumber;
import cn.jledu.studentstatus.student.IdType;
import cn.jledu.studentstatus.student.StudentEnums.EducationCategory;
import cn.jledu.studentstatus.student.StudentEnums.HouseholdType;
import cn.jledu.studentstatus.student.StudentEnums.IntakeLevel;
import cn.jledu.studentstatus.student.StudentEnums.LearningForm;
import cn.jledu.studentstatus.student.StudentEnums.StudentCategory;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Builder of valid applicants (this year's junior graduates, full-time, 3 years) with fresh ID numbers. */
public final class Applicants {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 500) * 1000);

    private Applicants() {
    }

    /** A fresh, valid resident ID number (unique within the test run). */
    public static String freshIdNumber(Gender gender, LocalDate birth) {
        int n = SEQUENCE.incrementAndGet();
        String division = String.format("22%04d", 100 + (n / 500) % 9000);
        int seq = (n % 500) * 2 + (gender == Gender.MALE ? 1 : 0);
        String first17 = division + birth.toString().replace("-", "") + String.format("%03d", seq);
        return first17 + IdNumber.checkCharacter(first17);
    }

    public static Builder junior(String majorCode) {
        return new Builder().major(majorCode);
    }

    /** Fluent builder with valid defaults. */
    public static final class Builder {
        Integer row;
        String name = "测试学生";
        Gender gender = Gender.MALE;
        LocalDate birth = LocalDate.of(2011, 3, 15);
        IdType idType = IdType.RESIDENT_ID;
        String idNumber;
        String major;
        String className;
        IntakeLevel level = IntakeLevel.JUNIOR;
        Integer graduationYear = 2026;
        String certificate;
        LearningForm form = LearningForm.FULL_TIME;
        EducationCategory category = EducationCategory.FULL_TIME;
        Integer duration = 3;
        boolean originalSeen = true;
        boolean copyKept = true;
        boolean threePlusTwo;
        String threePlusTwoPapers;
        StudentCategory studentCategory = StudentCategory.DOMESTIC;
        String jointPartner;
        String jointRegion;

        public Builder row(int r) {
            row = r;
            return this;
        }

        public Builder name(String n) {
            name = n;
            return this;
        }

        public Builder gender(Gender g) {
            gender = g;
            return this;
        }

        public Builder idNumber(String id) {
            idNumber = id;
            return this;
        }

        public Builder major(String m) {
            major = m;
            return this;
        }

        public Builder className(String c) {
            className = c;
            return this;
        }

        public Builder level(IntakeLevel l) {
            level = l;
            return this;
        }

        public Builder graduationYear(Integer y) {
            graduationYear = y;
            return this;
        }

        public Builder certificate(String c) {
            certificate = c;
            return this;
        }

        public Builder form(LearningForm f) {
            form = f;
            return this;
        }

        public Builder duration(Integer d) {
            duration = d;
            return this;
        }

        public Builder originalSeen(boolean b) {
            originalSeen = b;
            return this;
        }

        public Builder threePlusTwo(String papers) {
            threePlusTwo = true;
            threePlusTwoPapers = papers;
            return this;
        }

        public Builder idType(IdType t) {
            idType = t;
            return this;
        }

        /** R-REG-10: a cross-region joint programme with this partner school in that region. */
        public Builder jointProgramme(String partner, String region) {
            jointPartner = partner;
            jointRegion = region;
            return this;
        }

        public Builder studentCategory(StudentCategory c) {
            studentCategory = c;
            return this;
        }

        public Applicant build() {
            String id = idNumber != null ? idNumber : idType.gb11643() ? freshIdNumber(gender, birth)
                    : idType.name().charAt(0) + freshIdNumber(gender, birth).substring(6, 17);
            return new Applicant(row, name, gender, birth, "汉族", idType, id, HouseholdType.AGRICULTURAL, "吉林省长春市",
                    "家长", "13900000000", null, major, className, level, graduationYear, certificate, form, category,
                    duration, "LQ2026-" + id.substring(Math.max(0, id.length() - 6)), originalSeen, copyKept,
                    threePlusTwo, threePlusTwoPapers,
                    jointPartner, studentCategory, LocalDate.of(2026, 9, 1), jointRegion);
        }
    }
}
