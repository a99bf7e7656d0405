package cn.jledu.studentstatus.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The model of 《中等职业学校新生入学注册备案名单》 (R-REG-11): a school's registered new students of one intake.
 * The registration procedure builds it; {@link RegistrationFilingListDocument} prints and exports it, sorted by
 * major code, class and student number whatever the order of {@code rows}.
 *
 * @param supervisingBureauName the school's supervising bureau (县级 for county schools)
 * @param countySchool          a county-run school: three copies and the county bureau's review stamp
 * @param countyBureauName      the county bureau (county schools only, else null)
 * @param cityBureauName        the bureau the list is filed with (the city over the school)
 * @param intakeSeasonLabel     春季 or 秋季
 * @param underReview           new students of the intake still under review (注册审核中): not rows of the list,
 *                              only counted in a note (R-REG-6, R-MON-2: never shown as registered)
 */
public record RegistrationFilingList(String schoolCode, String schoolName, String supervisingBureauName,
        boolean countySchool, String countyBureauName, String cityBureauName, int intakeYear,
        String intakeSeasonLabel, LocalDate generatedOn, List<Row> rows, int underReview) {

    public RegistrationFilingList(String schoolCode, String schoolName, String supervisingBureauName,
            boolean countySchool, String countyBureauName, String cityBureauName, int intakeYear,
            String intakeSeasonLabel, LocalDate generatedOn, List<Row> rows) {
        this(schoolCode, schoolName, supervisingBureauName, countySchool, countyBureauName, cityBureauName, intakeYear,
                intakeSeasonLabel, generatedOn, rows, 0);
    }

    public RegistrationFilingList {
        if (underReview < 0) {
            throw new IllegalArgumentException("underReview < 0");
        }
        Objects.requireNonNull(schoolCode, "schoolCode");
        Objects.requireNonNull(schoolName, "schoolName");
        Objects.requireNonNull(cityBureauName, "cityBureauName");
        Objects.requireNonNull(generatedOn, "generatedOn");
        if (countySchool) {
            Objects.requireNonNull(countyBureauName, "countyBureauName of a county school");
        }
        rows = List.copyOf(rows);
    }

    /** One registered student. {@code remarks} may be null. */
    public record Row(String majorCode, String majorName, String className, String studentNumber, String name,
            String genderLabel, LocalDate birthDate, String idNumber, String intakeLevelLabel,
            String learningFormLabel, String educationCategoryLabel, String remarks) {

        public Row {
            Objects.requireNonNull(majorCode, "majorCode");
            Objects.requireNonNull(className, "className");
            Objects.requireNonNull(studentNumber, "studentNumber");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(idNumber, "idNumber");
        }
    }

    /** The line printed under the list when students are still under review, else null (R-REG-6, R-MON-2). */
    public String underReviewNote() {
        return underReview == 0 ? null : "另有 " + underReview + " 名新生注册审核中，未列入本备案表。";
    }

    /** "2026年秋季". */
    public String intakeLabel() {
        return intakeYear + "年" + intakeSeasonLabel;
    }

    /** 一式二份, or 一式三份 for county schools (R-REG-11). */
    public int copies() {
        return countySchool ? 3 : 2;
    }
}
