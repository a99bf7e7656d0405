package cn.jledu.studentstatus.registration;

import cn.jledu.studentstatus.student.Gender;
import cn.jledu.studentstatus.student.IdType;
import cn.jledu.studentstatus.student.StudentEnums.EducationCategory;
import cn.jledu.studentstatus.student.StudentEnums.HouseholdType;
import cn.jledu.studentstatus.student.StudentEnums.IntakeLevel;
import cn.jledu.studentstatus.student.StudentEnums.LearningForm;
import cn.jledu.studentstatus.student.StudentEnums.StudentCategory;
import java.time.LocalDate;

/**
 * One new student as the registrar enters them from the admission notice and the ID document (R-REG-2).
 * {@code rowNumber} is the spreadsheet row of a bulk upload (null for a single registration). A joint-programme
 * admission (R-REG-10) names the partner school and its region ({@code jointProgrammeRegion}, e.g. 辽宁省沈阳市).
 */
public record Applicant(
        Integer rowNumber,
        String name,
        Gender gender,
        LocalDate birthDate,
        String ethnicity,
        IdType idType,
        String idNumber,
        HouseholdType householdType,
        String address,
        String guardianName,
        String guardianPhone,
        String phone,
        String majorCode,
        String className,
        IntakeLevel intakeLevel,
        Integer graduationYear,
        String graduationCertificateNo,
        LearningForm learningForm,
        EducationCategory educationCategory,
        Integer durationYears,
        String admissionNoticeNo,
        boolean idOriginalSeen,
        boolean idCopyKept,
        boolean threePlusTwo,
        String threePlusTwoPapers,
        String jointProgrammePartner,
        StudentCategory studentCategory,
        LocalDate reportingDate,
        String jointProgrammeRegion) {

    /** R-REG-10: an admission of a cross-region joint programme (联合办学), studying at this school. */
    public boolean jointProgramme() {
        return jointProgrammePartner != null && !jointProgrammePartner.isBlank();
    }
}
