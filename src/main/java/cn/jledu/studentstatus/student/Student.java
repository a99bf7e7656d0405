package cn.jledu.studentstatus.student;

import cn.jledu.studentstatus.student.StudentEnums.EducationCategory;
import cn.jledu.studentstatus.student.StudentEnums.HouseholdType;
import cn.jledu.studentstatus.student.StudentEnums.IntakeLevel;
import cn.jledu.studentstatus.student.StudentEnums.LearningForm;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import cn.jledu.studentstatus.student.StudentEnums.StudentCategory;
import java.time.LocalDate;

/** A student record as stored. {@code id} is the internal key; {@code studentNumber} the 学籍号 once assigned. */
public record Student(
        Long id,
        String studentNumber,
        String name,
        Gender gender,
        LocalDate birthDate,
        String ethnicity,
        IdNumber idNumber,
        HouseholdType householdType,
        String address,
        String guardianName,
        String guardianPhone,
        String phone,
        String schoolCode,
        String majorCode,
        Long classId,
        int entryYear,
        Season entrySeason,
        int yearGroup,
        IntakeLevel intakeLevel,
        LearningForm learningForm,
        EducationCategory educationCategory,
        int durationYears,
        StudentCategory studentCategory,
        StudentStatus status,
        int version) {

    public Student withId(long newId) {
        return new Student(newId, studentNumber, name, gender, birthDate, ethnicity, idNumber, householdType, address,
                guardianName, guardianPhone, phone, schoolCode, majorCode, classId, entryYear, entrySeason, yearGroup,
                intakeLevel, learningForm, educationCategory, durationYears, studentCategory, status, version);
    }
}
