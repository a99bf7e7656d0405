package cn.jledu.studentstatus.organisation;

import java.time.LocalDate;

/**
 * A school term (学期): {@code schoolYear} 2026 is the 2026–2027 school year, term 1 the autumn term, term 2 the
 * spring term. {@code classHours} are the semester's class hours (R-SUS-1 counts a third of them).
 */
public record Term(int schoolYear, int termNo, LocalDate startsOn, LocalDate endsOn, int classHours, String scope) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** The position of the term on one scale: 2 × school year + (term − 1). */
    public int ordinal() {
        return ordinal(schoolYear, termNo);
    }

    public static int ordinal(int schoolYear, int termNo) {
        return schoolYear * 2 + termNo - 1;
    }

    public String label() {
        return schoolYear + "–" + (schoolYear + 1) + "学年第" + (termNo == 1 ? "一" : "二") + "学期";
    }
}
