package cn.jledu.studentstatus.student;

import java.util.Objects;

/**
 * Where a student studies: school, major, class and year group (年级, the cohort's entry year). A major change,
 * a repeat, a resumption and a transfer-in each name the new placement; {@link Student#placement()} gives the
 * current one, so a caller changes only what the procedure decided ({@code s.placement().withMajor(m, c)}).
 */
public record Placement(String schoolCode, String majorCode, Long classId, int yearGroup) {

    public Placement {
        Objects.requireNonNull(schoolCode, "schoolCode");
        Objects.requireNonNull(majorCode, "majorCode");
    }

    public Placement withMajor(String newMajorCode, Long newClassId) {
        return new Placement(schoolCode, newMajorCode, newClassId, yearGroup);
    }

    public Placement withYearGroup(int newYearGroup, Long newClassId) {
        return new Placement(schoolCode, majorCode, newClassId, newYearGroup);
    }

    public Placement withClass(Long newClassId) {
        return new Placement(schoolCode, majorCode, newClassId, yearGroup);
    }
}
