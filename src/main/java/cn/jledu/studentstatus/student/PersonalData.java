package cn.jledu.studentstatus.student;

import cn.jledu.studentstatus.student.StudentEnums.HouseholdType;
import java.time.LocalDate;

/**
 * The personal data of a record that an information change (信息变更, 第二十三条, R-INF-1) may change: name, gender,
 * date of birth, home address, ID number and household type. {@link Student#personalData()} gives the current
 * values; {@link Student#changeInformation} checks a new set and yields an {@link InformationChange}.
 */
public record PersonalData(String name, Gender gender, LocalDate birthDate, String address, IdNumber idNumber,
                           HouseholdType householdType) {
}
